// Plain calendar dates as datelines write them, in either order: "December 16, 2003",
// "16 December 2023", "8 OCTOBER 2022", "2024-10-02", "May 12" (the reference's year).
import { fromIso, isValidDate, dayNumber, toIso, yearOf } from './calendar.ts';
import { matchCalendarDay } from './grammar.ts';
import { parseReference } from './find-due.ts';
import { tokenize } from './tokens.ts';

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const TRAILING = /^[.,;:)]$/;
// The longest plain date ("Wednesday, 30th of September, 2020") is far shorter: longer strings are not one.
const MAX_DATE_LENGTH = 80;

/** The ISO date a plain date string names, or null when it names none (or no year is written and no reference given). */
export function parseCalendarDate(s: string, reference?: string): string | null {
  if (s.length > MAX_DATE_LENGTH) return null;
  const text = s.trim();
  if (ISO_LIKE.test(text)) {
    const day = fromIso(text);
    return day === null ? null : toIso(day);
  }
  const ref = reference === undefined ? null : parseReference(reference);
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const m = matchCalendarDay({ tokens, reference: ref ?? dayNumber(2000, 1, 1), strict: false, backwards: false, events: null }, 0);
  if (!m) return null;
  for (let k = m.next; k < tokens.length; k++) if (tokens[k].kind !== 'punct' || !TRAILING.test(tokens[k].text)) return null;
  const year = m.year ?? (ref === null ? null : yearOf(ref));
  if (year === null || !isValidDate(year, m.month, m.day)) return null;
  return toIso(dayNumber(year, m.month, m.day));
}
