// Days named in running text ("on December 15", "On May 12,", "on 16 December 2023",
// "today (02)", "this morning"), resolved against the document date.
import { parseCalendarDate } from './due/index.ts';
import { addDays, fromIso } from './due/calendar.ts';
import { matchesOf } from './patterns.ts';

export interface DayMention { date: string; span: [number, number] }

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?)\\b(?!\\s*(?:to|-|–)\\s*\\d)`,
  'g',
);
const TODAY = /\b(?:today|this (?:morning|afternoon|evening))\b/gi;

/**
 * A readout reports what happened: a day it names without a year that falls well after the
 * readout ("on December 30" in a readout of January 2) is last year's.
 */
export function reportedDay(iso: string, documentDate: string): string {
  const doc = fromIso(documentDate), day = fromIso(iso);
  if (doc === null || day === null || day <= addDays(doc, 14)) return iso;
  return String(Number(iso.slice(0, 4)) - 1) + iso.slice(4);
}

/** Every day named in text[start, end), in order. Month names without a day ("in July") are not days. */
export function findDays(text: string, start: number, end: number, documentDate: string | null): DayMention[] {
  const slice = text.slice(start, end);
  const out: DayMention[] = [];
  for (const m of matchesOf(DAY, slice)) {
    // "the evening of May 11" is a day; "in May 2009" (no day) never matches.
    let date = parseCalendarDate(m[0], documentDate ?? undefined);
    if (date && documentDate && !/\d{4}/.test(m[0])) date = reportedDay(date, documentDate);
    if (date) out.push({ date, span: [start + m.index!, start + m.index! + m[0].length] });
  }
  if (documentDate) {
    for (const m of matchesOf(TODAY, slice)) out.push({ date: documentDate, span: [start + m.index!, start + m.index! + m[0].length] });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
