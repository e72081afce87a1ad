// Dates as ingest meets them: metadata values (ISO stamps, YAML dates) and dateline paragraphs.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

/**
 * A metadata date (front matter, <time datetime>, article:published_time) as YYYY-MM-DD,
 * or null. The calendar day is taken as written, without converting time zones.
 */
export function parseMetadataDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (iso) return isoDate(+iso[1], +iso[2], +iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return isoDate(+compact[1], +compact[2], +compact[3]);
  return parseDateLine(v);
}

/**
 * A paragraph that is only a date ("January 21, 2022", "16 DECEMBER 2023", "2022-01-21",
 * "Friday, May 12, 2009") as YYYY-MM-DD, or null.
 */
export function parseDateLine(line: string): string | null {
  const s = line.trim().replace(/^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, '');
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m && monthIndex(m[1])) return isoDate(+m[3], monthIndex(m[1]), +m[2]);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m && monthIndex(m[2])) return isoDate(+m[3], monthIndex(m[2]), +m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDate(+m[1], +m[2], +m[3]);
  return null;
}

/** The dateline the .txt readouts use: "January 21, 2022". */
export function formatDateLine(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
}
