// How values read on a page: dates, parties, acts, statuses, links.
import type { Act } from '../record.ts';

/** Parties read as the signed-documents registry sorts them. */
export { partyName } from '../routes/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-11-14" → "14 November 2019"; null → "undated". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** A due window as a reader says it: one day, or "from … to …". */
export function formatRange(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/** Colour families for statements: acts that read alike share a colour. */
export const ACT_FAMILIES: { family: string; label: string; acts: Act[] }[] = [
  { family: 'assert', label: 'stated, explained, responded', acts: ['state', 'explain', 'respond', 'convey', 'mention', 'point-out', 'discuss', 'other'] },
  { family: 'agree', label: 'agreed, confirmed, welcomed, thanked', acts: ['agree', 'confirm', 'welcome', 'appreciate'] },
  { family: 'hope', label: 'expressed, expected, emphasized', acts: ['express', 'expect', 'emphasize'] },
  { family: 'ask', label: 'asked, proposed', acts: ['ask', 'propose'] },
  { family: 'commit', label: 'pledged, committed', acts: ['commit'] },
  { family: 'condemn', label: 'condemned', acts: ['condemn'] },
];

export function actFamily(act: string): string {
  return ACT_FAMILIES.find((f) => (f.acts as string[]).includes(act))?.family ?? 'assert';
}

export const STATUS_LABELS: Record<string, string> = { overdue: 'Overdue', open: 'Open', kept: 'Kept' };

export const docHref = (docId: string, cite?: [number, number]): string =>
  `/documents/${docId}${cite ? `?cite=${cite[0]}-${cite[1]}#cited` : ''}`;
export const personHref = (id: string): string => `/people/${encodeURIComponent(id)}`;
export const issueHref = (id: string): string => `/issues/${encodeURIComponent(id)}`;

/** The current URL with some query parameters replaced (undefined removes one). */
export function withQuery(path: string, query: Record<string, string | undefined>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...changes })) if (v !== undefined && v !== '') params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** Text shortened to at most `max` characters, on a word boundary. */
export function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max - 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)) + '…';
}
