// A period of the calendar described relative to a year ("July", "winter", "the first half",
// "from August 16 to 20"), the parts of it ("early", "the end of"), and how a year is chosen for it.
import { type DayNumber, dayNumber, daysInMonth, isValidDate, normalizeMonth, yearOf } from './calendar.ts';

/** What kind of period a frame is: decides what "early", "the first half" or "the end of" mean for it. */
export type FrameUnit = 'year' | 'half' | 'quarter' | 'season' | 'month' | 'days' | 'span';

/**
 * Months are counted from January of the frame's year and may run past 12 (winter: 12..14 ends in
 * February of the next year). `endDay` 0 means the last day of the end month.
 */
export interface Frame { unit: FrameUnit; startMonth: number; startDay: number; endMonth: number; endDay: number }

/** How a frame gets its year: given, or chosen relative to the reference date. */
export type Anchor =
  | { kind: 'fixed'; year: number }
  | { kind: 'default' } // the spec's rule: the first one ending on or after the reference date
  | { kind: 'after' }   // "next May": the first one starting strictly after the reference date
  | { kind: 'this' }    // "this winter": the one containing the reference date, else the reference year's
  | { kind: 'last' };   // "last May": the latest one ending before the reference date

export function yearFrame(): Frame { return { unit: 'year', startMonth: 1, startDay: 1, endMonth: 12, endDay: 0 }; }
export function monthFrame(month: number): Frame { return { unit: 'month', startMonth: month, startDay: 1, endMonth: month, endDay: 0 }; }
export function dayFrame(month: number, day: number): Frame { return { unit: 'days', startMonth: month, startDay: day, endMonth: month, endDay: day }; }
function monthsFrame(unit: FrameUnit, first: number, last: number): Frame { return { unit, startMonth: first, startDay: 1, endMonth: last, endDay: 0 }; }
export function seasonFrame(firstMonth: number): Frame { return monthsFrame('season', firstMonth, firstMonth + 2); }
export function quarterFrame(quarter: number): Frame { return monthsFrame('quarter', 3 * quarter - 2, 3 * quarter); }

/** The dates a frame covers in a given year, or null where that year has no such day (February 29). */
export function frameRange(f: Frame, year: number): [DayNumber, DayNumber] | null {
  const [sy, sm] = normalizeMonth(year, f.startMonth);
  const [ey, em] = normalizeMonth(year, f.endMonth);
  if (!isValidDate(sy, sm, f.startDay)) return null;
  const ed = f.endDay === 0 ? daysInMonth(ey, em) : f.endDay;
  if (!isValidDate(ey, em, ed)) return null;
  const start = dayNumber(sy, sm, f.startDay), end = dayNumber(ey, em, ed);
  return start <= end ? [start, end] : null;
}

// How far around the reference year to look for a year that fits (leap days recur within 8 years).
const SEARCH_BACK = 10, SEARCH_AHEAD = 10;

/** Chooses the frame's year. `backwards` turns the default rule around, for events told as past ("held in February"). */
export function resolveFrame(f: Frame, anchor: Anchor, reference: DayNumber, backwards = false): [DayNumber, DayNumber] | null {
  const refYear = yearOf(reference);
  switch (anchor.kind) {
    case 'fixed':
      return frameRange(f, anchor.year);
    case 'this': {
      for (let y = refYear - 1; y <= refYear; y++) {
        const r = frameRange(f, y);
        if (r && r[0] <= reference && reference <= r[1]) return r;
      }
      return frameRange(f, refYear);
    }
    case 'after':
      for (let y = refYear - 1; y <= refYear + SEARCH_AHEAD; y++) {
        const r = frameRange(f, y);
        if (r && r[0] > reference) return r;
      }
      return null;
    case 'last':
      for (let y = refYear; y >= refYear - SEARCH_BACK; y--) {
        const r = frameRange(f, y);
        if (r && r[1] < reference) return r;
      }
      return null;
    case 'default':
      if (backwards) {
        for (let y = refYear + 1; y >= refYear - SEARCH_BACK; y--) {
          const r = frameRange(f, y);
          if (r && r[0] <= reference) return r;
        }
        return null;
      }
      for (let y = refYear - 2; y <= refYear + SEARCH_AHEAD; y++) {
        const r = frameRange(f, y);
        if (r && r[1] >= reference) return r;
      }
      return null;
  }
}

/** Parts of a period: thirds (early / mid / late), halves, quarters, and its beginning, middle and end. */
export type Part = 'early' | 'mid' | 'late' | 'half1' | 'half2' | 'q1' | 'q2' | 'q3' | 'q4' | 'begin' | 'middle' | 'end';

const THIRD: Partial<Record<Part, number>> = { early: 0, mid: 1, late: 2 };
const QUARTER: Partial<Record<Part, number>> = { q1: 1, q2: 2, q3: 3, q4: 4 };

/** The part of a frame, or null where the part makes no sense for it ("the third quarter of July"). */
export function partOf(f: Frame, part: Part): Frame | null {
  const months = f.endMonth - f.startMonth + 1;
  const wholeMonths = f.startDay === 1 && f.endDay === 0;
  if (!wholeMonths) return null;
  const third = THIRD[part];
  if (third !== undefined) {
    // A year in thirds of four months (spec: early 2018 = Jan–Apr); a month in days 1–10 / 11–20 / 21–end;
    // three-month periods month by month; halves in two-month blocks.
    if (f.unit === 'month') return { unit: 'days', startMonth: f.startMonth, startDay: 1 + 10 * third, endMonth: f.startMonth, endDay: third === 2 ? 0 : 10 + 10 * third };
    if (months % 3 !== 0 || f.unit === 'span') return null;
    const size = months / 3;
    const first = f.startMonth + size * third;
    return monthsFrame(size === 1 ? 'month' : 'span', first, first + size - 1);
  }
  if (part === 'half1' || part === 'half2') {
    const second = part === 'half2' ? 1 : 0;
    if (f.unit === 'month') return { unit: 'days', startMonth: f.startMonth, startDay: second ? 16 : 1, endMonth: f.startMonth, endDay: second ? 0 : 15 };
    if (f.unit !== 'year') return null;
    return monthsFrame('half', f.startMonth + 6 * second, f.startMonth + 6 * second + 5);
  }
  const quarter = QUARTER[part];
  if (quarter !== undefined) {
    if (f.unit !== 'year') return null;
    return monthsFrame('quarter', f.startMonth + 3 * (quarter - 1), f.startMonth + 3 * quarter - 1);
  }
  // The beginning / end of a year is its first / last month; of a month, its first / last ten days.
  if (f.unit === 'month') return partOf(f, part === 'begin' ? 'early' : part === 'end' ? 'late' : 'mid');
  if (f.unit === 'span') return null;
  if (part === 'begin') return monthFrame(f.startMonth);
  if (part === 'end') return monthFrame(f.endMonth);
  return f.unit === 'year' || f.unit === 'half' ? partOf(f, 'mid') : monthFrame(f.startMonth + 1);
}
