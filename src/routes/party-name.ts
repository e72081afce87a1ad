// Parties as people write them: the signed-documents registry sorts by these names and every page shows them.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A party or country as stored ("JP", "X-VARENIA", an organization's name) as people write it. */
export function partyName(code: string | null | undefined): string {
  if (!code) return '';
  if (/^X-[A-Z-]+$/.test(code)) return code.slice(2).toLowerCase().replace(/(^|-)([a-z])/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
  if (/^[A-Z]{2}$/.test(code)) {
    try { return regionNames.of(code) ?? code; } catch { return code; }
  }
  return code;
}
