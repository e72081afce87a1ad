// Periods of the calendar as readouts name them ("December 20", "July 2009", "winter 2018",
// "next May", "the third quarter") and their parts ("early 2018", "the first half of 2004").
import { type DayNumber, addDays, addMonths, dayNumber, daysInMonth, monthOf, weekdayOf, yearOf } from './calendar.ts';
import { type Anchor, type Frame, type Part, dayFrame, monthFrame, partOf, quarterFrame, seasonFrame, yearFrame } from './frame.ts';
import { CARDINAL_WORDS, ORDINAL_WORDS, SEASONS, SPAN_UNITS, type SpanUnit } from './lexicon.ts';
import { pickEvent } from './event-lookup.ts';
import {
  FAIL, type GrammarContext, type Period, type PeriodMatch, dayAt, glued, isDash, isPunct, isWord, longest, monthAt, skipWeekday, words, yearAt, yearSuffix,
} from './token-match.ts';

/** A day: "December 20", "20th December 2003", "the 20th of December", "Monday, 16 May". */
export function dayPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  const j = skipWeekday(ctx, i);
  // Month Day
  const m = monthAt(ctx, j);
  if (m) {
    let k = m.next;
    if (isWord(ctx, k, 'the')) k++;
    const d = dayAt(ctx, k);
    if (d === null || glued(ctx, k) && !isPunct(ctx, k - 1, '.')) return null;
    return withYear(ctx, k + 1, dayFrame(m.month, d), true);
  }
  // [the] Day [of] Month
  let k = j;
  if (isWord(ctx, k, 'the')) k++;
  const d = dayAt(ctx, k);
  if (d === null) return null;
  if (k !== j && !ctx.tokens[k]!.ordinal) return null; // "the 20th of May", not "the 20 May"
  let n = k + 1;
  if (isWord(ctx, n, 'of')) n++;
  const m2 = monthAt(ctx, n);
  if (!m2) return null;
  return withYear(ctx, m2.next, dayFrame(m2.month, d), true);
}

function withYear(ctx: GrammarContext, i: number, frame: Frame, allowComma: boolean): PeriodMatch {
  const s = yearSuffix(ctx, i, allowComma);
  if (s) return { next: s.next, period: { kind: 'frame', frame, anchor: s.anchor }, standalone: true };
  return { next: i, period: { kind: 'frame', frame, anchor: { kind: 'default' } }, standalone: true };
}

/** A month: "July", "July 2009", "Sept. of 2004", "the month of July", "July this year". */
function monthPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  let j = i;
  const k = words(ctx, j, ['the', 'month', 'of']);
  if (k !== FAIL) j = k;
  const m = monthAt(ctx, j);
  if (!m) return null;
  const s = yearSuffix(ctx, m.next, false);
  if (s) return { next: s.next, period: { kind: 'frame', frame: monthFrame(m.month), anchor: s.anchor }, standalone: true };
  if (m.bareAbbreviation && ctx.strict) return null;
  return { next: m.next, period: { kind: 'frame', frame: monthFrame(m.month), anchor: { kind: 'default' } }, standalone: false };
}

/** A season: "summer", "the spring of 2019", "winter 2018", "the autumn of this year". */
function seasonPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  let j = i;
  const withThe = isWord(ctx, j, 'the');
  if (withThe) j++;
  const t = ctx.tokens[j];
  const first = t && t.kind === 'word' ? SEASONS.get(t.lower) : undefined;
  if (first === undefined) return null;
  const s = yearSuffix(ctx, j + 1, false);
  if (s) return { next: s.next, period: { kind: 'frame', frame: seasonFrame(first), anchor: s.anchor }, standalone: true };
  // "fall" is mostly a verb: a bare one needs "the" or a preposition
  if (ctx.strict && t!.lower === 'fall' && !withThe && !isLeadBefore(ctx, i)) return null;
  return { next: j + 1, period: { kind: 'frame', frame: seasonFrame(first), anchor: { kind: 'default' } }, standalone: false };
}

function isLeadBefore(ctx: GrammarContext, i: number): boolean {
  const t = ctx.tokens[i - 1];
  return t !== undefined && t.kind === 'word' && (t.lower === 'in' || t.lower === 'during' || t.lower === 'by' || t.lower === 'before' || t.lower === 'this' || t.lower === 'next' || t.lower === 'last' || t.lower === 'early' || t.lower === 'late' || t.lower === 'mid');
}

/** A year: "2012", "the year 2012"; a fiscal year, which the spec leaves undefined. */
function yearPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  let j = i;
  const k = words(ctx, j, ['the', 'year']);
  if (k !== FAIL && yearAt(ctx, k) !== null) j = k;
  const y = yearAt(ctx, j);
  if (y !== null) return { next: j + 1, period: { kind: 'frame', frame: yearFrame(), anchor: { kind: 'fixed', year: y } }, standalone: k !== FAIL };
  return fiscalPeriod(ctx, i);
}

export const FISCAL_WORD = /^j?fy(\d{2}|\d{4})?$/;

// Fiscal years start in different months in different governments (Japan April, the US October,
// the UK April, Australia July): the text rarely says which, so "in fiscal 2020" gives no range.
function fiscalPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  let j = i;
  if (isWord(ctx, j, 'the')) j++;
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'fiscal') {
    j++;
    if (isWord(ctx, j, 'year')) j++;
    if (yearAt(ctx, j) !== null) return { next: j + 1, period: { kind: 'fiscal' }, standalone: true };
    return j > i + 1 ? { next: j, period: { kind: 'fiscal' }, standalone: false } : null;
  }
  const fy = FISCAL_WORD.exec(t.lower);
  if (!fy || !t.capitalized) return null;
  if (fy[1]) return { next: j + 1, period: { kind: 'fiscal' }, standalone: true };
  if (yearAt(ctx, j + 1) !== null) return { next: j + 2, period: { kind: 'fiscal' }, standalone: true };
  return null;
}

/** "Q3 2022", "H1 2022". */
function codedPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || t.text.length !== 2 || !t.capitalized) return null;
  const n = t.text.charCodeAt(1) - 48;
  let frame: Frame | null = null;
  if (t.lower[0] === 'q' && n >= 1 && n <= 4) frame = quarterFrame(n);
  else if (t.lower[0] === 'h' && (n === 1 || n === 2)) frame = partOf(yearFrame(), n === 1 ? 'half1' : 'half2');
  if (!frame) return null;
  const s = yearSuffix(ctx, i + 1, false);
  if (s) return { next: s.next, period: { kind: 'frame', frame, anchor: s.anchor }, standalone: true };
  return ctx.strict ? null : { next: i + 1, period: { kind: 'frame', frame, anchor: { kind: 'default' } }, standalone: false };
}

/** Periods named relative to the reference date: "this year", "next May", "tomorrow", "next week". */
function relativePeriod(ctx: GrammarContext, i: number, allowTheYear: boolean): PeriodMatch | null {
  const ref = ctx.reference;
  const refYear = yearOf(ref);
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const span = (start: DayNumber, end: DayNumber, next: number, clip = false): PeriodMatch =>
    ({ next, period: { kind: 'span', start, end, clip }, standalone: true });
  const frame = (f: Frame, anchor: Anchor, next: number, clip = false): PeriodMatch =>
    ({ next, period: { kind: 'frame', frame: f, anchor, clip }, standalone: true });

  switch (t.lower) {
    case 'today': case 'tonight': return span(ref, ref, i + 1);
    case 'tomorrow': return span(addDays(ref, 1), addDays(ref, 1), i + 1);
    case 'year': // "year-end"
      if (isDash(ctx, i + 1) && glued(ctx, i + 1) && isWord(ctx, i + 2, 'end') && glued(ctx, i + 2)) return frame(monthFrame(12), { kind: 'fixed', year: refYear }, i + 3);
      return null;
    case 'later': case 'earlier': {
      // "later this year" runs from the reference date; "earlier this year" is already past
      let j = i + 1;
      if (isWord(ctx, j, 'in') && isWord(ctx, j + 1, 'the')) j += 2;
      else if (isWord(ctx, j, 'this')) j++;
      else return null;
      const unit = ctx.tokens[j]?.lower;
      if (unit !== 'year' && unit !== 'month' && unit !== 'week') return null;
      const [start, end] = currentUnit(ref, unit);
      if (t.lower === 'later') return span(ref, end, j + 1);
      return start < ref ? span(start, addDays(ref, -1), j + 1) : { next: j + 1, period: { kind: 'empty' }, standalone: true };
    }
    case 'the': {
      if ((allowTheYear || isWord(ctx, i - 1, 'within')) && isWord(ctx, i + 1, 'year')) return frame(yearFrame(), { kind: 'fixed', year: refYear }, i + 2, true);
      if ((allowTheYear || isWord(ctx, i - 1, 'within')) && isWord(ctx, i + 1, 'month')) return frame(monthFrame(monthOf(ref)), { kind: 'fixed', year: refYear }, i + 2, true);
      if (isWord(ctx, i + 1, 'year') && isDash(ctx, i + 2) && isWord(ctx, i + 3, 'end')) return frame(monthFrame(12), { kind: 'fixed', year: refYear }, i + 4);
      const k = words(ctx, i + 1, ['current', 'year']);
      if (k !== FAIL) return frame(yearFrame(), { kind: 'fixed', year: refYear }, k, true);
      return null;
    }
    case 'this': case 'next': case 'last': {
      const which = t.lower;
      const u = ctx.tokens[i + 1];
      if (!u || u.kind !== 'word') return null;
      switch (u.lower) {
        case 'year': {
          if (which === 'this') return frame(yearFrame(), { kind: 'fixed', year: refYear }, i + 2, true);
          return frame(yearFrame(), { kind: 'fixed', year: refYear + (which === 'next' ? 1 : -1) }, i + 2);
        }
        case 'month': {
          const first = addMonths(dayNumber(refYear, monthOf(ref), 1), which === 'this' ? 0 : which === 'next' ? 1 : -1);
          return frame(monthFrame(monthOf(first)), { kind: 'fixed', year: yearOf(first) }, i + 2, which === 'this');
        }
        case 'quarter': {
          const q = Math.floor((monthOf(ref) - 1) / 3) + (which === 'this' ? 0 : which === 'next' ? 1 : -1);
          const year = refYear + Math.floor(q / 4);
          return frame(quarterFrame(((q % 4) + 4) % 4 + 1), { kind: 'fixed', year }, i + 2, which === 'this');
        }
        case 'week': {
          const monday = addDays(ref, -weekdayOf(ref) + (which === 'this' ? 0 : which === 'next' ? 7 : -7));
          return span(which === 'this' ? ref : monday, addDays(monday, 6), i + 2);
        }
        case 'morning': case 'afternoon': case 'evening':
          return which === 'this' ? span(ref, ref, i + 2) : null;
      }
      // "this Sunday": the first one on or after the reference date; "next Sunday": the one after that week
      const wd = WEEKDAY_INDEX.get(u.lower);
      if (wd !== undefined && which !== 'last') {
        const day = addDays(ref, (wd - weekdayOf(ref) + 7) % 7 + (which === 'next' && wd <= weekdayOf(ref) ? 7 : 0));
        return span(day, day, i + 2);
      }
      const anchor: Anchor = { kind: which === 'next' ? 'after' : which };
      const m = monthAt(ctx, i + 1);
      if (m) return frame(monthFrame(m.month), anchor, m.next);
      const season = SEASONS.get(u.lower);
      if (season !== undefined) return frame(seasonFrame(season), anchor, i + 2);
      return null;
    }
  }
  return null;
}

const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((w, k) => [w, k]));

function currentUnit(ref: DayNumber, unit: 'year' | 'month' | 'week'): [DayNumber, DayNumber] {
  const y = yearOf(ref), m = monthOf(ref);
  if (unit === 'year') return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
  if (unit === 'month') return [dayNumber(y, m, 1), dayNumber(y, m, daysInMonth(y, m))];
  const monday = addDays(ref, -weekdayOf(ref));
  return [monday, addDays(monday, 6)];
}

/** "the next two years", "the coming six months": from the reference date on. */
function countedSpan(ctx: GrammarContext, i: number): PeriodMatch | null {
  let j = i;
  if (isWord(ctx, j, 'the') && (isWord(ctx, j + 1, 'next') || isWord(ctx, j + 1, 'coming'))) j += 2;
  else if (!isWord(ctx, i - 1, 'within')) return null; // "in two weeks" is a moment, not a window
  const t = ctx.tokens[j];
  if (!t) return null;
  const n = t.kind === 'number' && !t.ordinal ? t.value : t.kind === 'word' ? CARDINAL_WORDS.get(t.lower) : undefined;
  if (n === undefined || n < 1 || n > 400) return null;
  const unitWord = ctx.tokens[j + 1];
  const unit = unitWord && unitWord.kind === 'word' ? SPAN_UNITS.get(unitWord.lower) : undefined;
  if (!unit) return null;
  return { next: j + 2, period: { kind: 'span', start: ctx.reference, end: addUnits(ctx.reference, n, unit) }, standalone: false };
}

function addUnits(day: DayNumber, n: number, unit: SpanUnit): DayNumber {
  switch (unit) {
    case 'day': return addDays(day, n);
    case 'week': return addDays(day, 7 * n);
    case 'month': return addMonths(day, n);
    case 'year': return addMonths(day, 12 * n);
  }
}

/** A named event the text dated elsewhere: "the summit meeting", "the APEC Summit in Vladivostok". */
function eventPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  if (!ctx.events || ctx.events.length === 0) return null;
  let j = i;
  if (isWord(ctx, j, 'the')) j++;
  if (isWord(ctx, j, 'next') || isWord(ctx, j, 'upcoming') || isWord(ctx, j, 'coming') || isWord(ctx, j, 'forthcoming')) j++;
  const found = pickEvent(ctx.events, ctx.tokens, j, ctx.reference);
  if (!found) return null;
  return { next: found.next, period: { kind: 'span', start: found.start, end: found.end, event: true }, standalone: false };
}

function plainPeriod(ctx: GrammarContext, i: number, allowTheYear: boolean): PeriodMatch | null {
  return longest([
    dayPeriod(ctx, i), monthPeriod(ctx, i), seasonPeriod(ctx, i), yearPeriod(ctx, i), codedPeriod(ctx, i),
    relativePeriod(ctx, i, allowTheYear), countedSpan(ctx, i), eventPeriod(ctx, i),
  ]);
}


// ---- parts: "early 2018", "mid-July", "the first half of 2004", "the end of the year" ----

interface PartPrefix { next: number; part: Part; ofRequired: boolean }

const HALF_WORDS: Record<string, Part> = { first: 'half1', former: 'half1', second: 'half2', latter: 'half2', last: 'half2' };
const PART_NOUNS: Record<string, Part> = { beginning: 'begin', start: 'begin', middle: 'middle', end: 'end', close: 'end' };
const PART_OF_WORDS: Record<string, Part> = { early: 'early', first: 'early', middle: 'mid', latter: 'late', later: 'late', last: 'late', final: 'late' };
const THIRD_WORDS: Record<string, Part> = { early: 'early', mid: 'mid', late: 'late' };

function partPrefix(ctx: GrammarContext, i: number): PartPrefix | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const third = THIRD_WORDS[t.lower];
  if (third) {
    let j = i + 1;
    if (isDash(ctx, j) && glued(ctx, j)) j++;
    else if (isWord(ctx, j, 'in')) j++;
    return { next: j, part: third, ofRequired: false };
  }
  if (t.lower === 'end' && isDash(ctx, i + 1) && glued(ctx, i + 1)) return { next: i + 2, part: 'end', ofRequired: false };
  let j = i;
  if (isWord(ctx, j, 'the')) j++;
  const w = ctx.tokens[j];
  if (!w || w.kind !== 'word') return null;
  const ord = ORDINAL_WORDS.get(w.lower) ?? (w.lower === 'last' || w.lower === 'final' ? 4 : undefined);
  if (isWord(ctx, j + 1, 'half') && HALF_WORDS[w.lower]) return { next: j + 2, part: HALF_WORDS[w.lower], ofRequired: false };
  if (isWord(ctx, j + 1, 'quarter') && ord !== undefined) return { next: j + 2, part: `q${ord}` as Part, ofRequired: false };
  if (PART_NOUNS[w.lower] && isWord(ctx, j + 1, 'of')) return { next: j + 1, part: PART_NOUNS[w.lower], ofRequired: true };
  if (j === i) return null; // "the early part of", not "early part of"
  if (PART_OF_WORDS[w.lower] && isWord(ctx, j + 1, 'part') && isWord(ctx, j + 2, 'of')) return { next: j + 2, part: PART_OF_WORDS[w.lower], ofRequired: true };
  return null;
}

// Parts that on their own mean part of a year ("the third quarter", "the first half").
const YEAR_PARTS = new Set<Part>(['half1', 'half2', 'q1', 'q2', 'q3', 'q4']);

function applyPart(period: Period, part: Part): Period | null {
  if (period.kind !== 'frame') return null;
  const f = partOf(period.frame, part);
  return f ? { kind: 'frame', frame: f, anchor: period.anchor } : null;
}

/** A period, or a part of one (recursively: "the end of the first half of 2019"). */
export function periodWithParts(ctx: GrammarContext, i: number, depth: number): PeriodMatch | null {
  const plain = plainPeriod(ctx, i, depth > 0);
  if (depth > 2) return plain;
  const prefix = partPrefix(ctx, i);
  if (!prefix) return plain;
  let j = prefix.next;
  const hasOf = isWord(ctx, j, 'of');
  if (hasOf) j++;
  else if (prefix.ofRequired) return plain;
  const inner = periodWithParts(ctx, j, depth + 1);
  let result: PeriodMatch | null = null;
  if (inner) {
    const p = applyPart(inner.period, prefix.part);
    if (p) result = { next: inner.next, period: p, standalone: true };
  }
  if (!result && !hasOf && YEAR_PARTS.has(prefix.part)) {
    // "the third quarter", "the first half": of the year the default rule picks
    const p = applyPart({ kind: 'frame', frame: yearFrame(), anchor: { kind: 'default' } }, prefix.part);
    if (p) result = { next: prefix.next, period: p, standalone: true };
  }
  return longest([plain, result]);
}
