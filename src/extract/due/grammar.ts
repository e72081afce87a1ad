// The grammar of time expressions in readouts, matched token by token from a position:
// "in the first half of 2004", "from 16 to 20 August", "by the end of 2017", "next May",
// "at the summit meeting". Hand-written because general date parsers miss these phrases.
import { type DayNumber, addDays, addMonths, dayNumber, daysInMonth, monthOf, weekdayOf, yearOf } from './calendar.ts';
import { type Anchor, type Frame, type Part, dayFrame, frameRange, monthFrame, partOf, quarterFrame, resolveFrame, seasonFrame, yearFrame } from './frame.ts';
import { CARDINAL_WORDS, MAX_YEAR, MIN_YEAR, MONTHS, ORDINAL_WORDS, SEASONS, SPAN_UNITS, type SpanUnit, WEEKDAYS } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { type PreparedEvent, pickEvent } from './event-lookup.ts';

export interface GrammarContext {
  tokens: Token[];
  reference: DayNumber;
  /** Scanning prose: month names must be capitalized and bare months, years and seasons need a preposition. */
  strict: boolean;
  /** Year-less dates resolve backwards (an event told as past: "held in February"). */
  backwards: boolean;
  events: PreparedEvent[] | null;
}

/** What the words before the time say about it. */
export type LeadKind = 'none' | 'plain' | 'deadline' | 'since' | 'until' | 'after';

/** Why an expression that reads as a time gives no due range. */
export type NoRangeReason = 'since' | 'until' | 'after' | 'fiscal' | 'empty';

export interface ExpressionMatch {
  /** Token index of the first word (the preposition where there is one) and the index after the last. */
  first: number;
  next: number;
  lead: LeadKind;
  range: [DayNumber, DayNumber] | null;
  reason?: NoRangeReason;
  /** The range came from a named event mentioned without its date. */
  event: boolean;
}

type Period =
  | { kind: 'frame'; frame: Frame; anchor: Anchor; clip?: boolean }
  | { kind: 'span'; start: DayNumber; end: DayNumber; clip?: boolean; event?: boolean }
  | { kind: 'fiscal' }
  | { kind: 'empty' };

interface PeriodMatch { next: number; period: Period; standalone: boolean }

const FAIL = -1;

// ---- token helpers ----

function isWord(ctx: GrammarContext, i: number, w: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && t.lower === w;
}

function isPunct(ctx: GrammarContext, i: number, p: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === p;
}

/** Index after the words `ws` starting at i, or FAIL. */
function words(ctx: GrammarContext, i: number, ws: readonly string[]): number {
  for (const w of ws) {
    if (!isWord(ctx, i, w)) return FAIL;
    i++;
  }
  return i;
}

/** Two tokens written with nothing between them ("mid" "-" "July"). */
function glued(ctx: GrammarContext, i: number): boolean {
  const a = ctx.tokens[i - 1], b = ctx.tokens[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

const DASHES = new Set(['-', '–', '—']);
function isDash(ctx: GrammarContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punct' && DASHES.has(t.text);
}

function yearAt(ctx: GrammarContext, i: number): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.ordinal || t.text.length !== 4) return null;
  return t.value >= MIN_YEAR && t.value <= MAX_YEAR ? t.value : null;
}

function dayAt(ctx: GrammarContext, i: number): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.text.length - (t.ordinal ? 2 : 0) > 2) return null;
  return t.value >= 1 && t.value <= 31 ? t.value : null;
}

interface MonthAt { month: number; next: number; bareAbbreviation: boolean }

function monthAt(ctx: GrammarContext, i: number): MonthAt | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const m = MONTHS.get(t.lower);
  if (!m) return null;
  if (ctx.strict && !t.capitalized) return null;
  if (m.abbreviation && isPunct(ctx, i + 1, '.') && glued(ctx, i + 1)) return { month: m.month, next: i + 2, bareAbbreviation: false };
  return { month: m.month, next: i + 1, bareAbbreviation: m.abbreviation };
}

/** "Monday," before a date. */
function skipWeekday(ctx: GrammarContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !WEEKDAYS.has(t.lower)) return i;
  let j = i + 1;
  if (isPunct(ctx, j, '.')) j++;
  if (isPunct(ctx, j, ',')) j++;
  return j;
}

// ---- year qualifiers: "2009", "of 2009", "this year", "of next year" ----

interface YearSuffix { next: number; anchor: Anchor }

function yearSuffix(ctx: GrammarContext, i: number, allowComma: boolean): YearSuffix | null {
  let j = i;
  if (allowComma && isPunct(ctx, j, ',')) j++;
  if (isWord(ctx, j, 'of')) j++;
  const y = yearAt(ctx, j);
  if (y !== null) return { next: j + 1, anchor: { kind: 'fixed', year: y } };
  if (j !== i && !isWord(ctx, i, 'of')) return null; // a comma alone introduces only a year
  const refYear = yearOf(ctx.reference);
  for (const [w, delta] of RELATIVE_YEARS) {
    const k = words(ctx, j, w);
    if (k !== FAIL) return { next: k, anchor: { kind: 'fixed', year: refYear + delta } };
  }
  return null;
}

const RELATIVE_YEARS: [readonly string[], number][] = [
  [['this', 'year'], 0], [['the', 'current', 'year'], 0], [['the', 'same', 'year'], 0],
  [['next', 'year'], 1], [['the', 'following', 'year'], 1], [['last', 'year'], -1], [['the', 'previous', 'year'], -1],
];

// ---- periods ----

/** A day: "December 20", "20th December 2003", "the 20th of December", "Monday, 16 May". */
function dayPeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
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

const FISCAL_WORD = /^j?fy(\d{2}|\d{4})?$/;

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
  if (n === undefined || n < 1 || n > 120) return null;
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

function longest<T extends { next: number }>(options: (T | null)[]): T | null {
  let best: T | null = null;
  for (const o of options) if (o && (!best || o.next > best.next)) best = o;
  return best;
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

function applyPart(period: Period, part: Part): Period | null {
  if (period.kind !== 'frame') return null;
  const f = partOf(period.frame, part);
  return f ? { kind: 'frame', frame: f, anchor: period.anchor } : null;
}

/** A period, or a part of one (recursively: "the end of the first half of 2019"). */
function periodWithParts(ctx: GrammarContext, i: number, depth: number): PeriodMatch | null {
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
  if (!result && !hasOf && /^(half|q)/.test(prefix.part)) {
    // "the third quarter", "the first half": of the year the default rule picks
    const p = applyPart({ kind: 'frame', frame: yearFrame(), anchor: { kind: 'default' } }, prefix.part);
    if (p) result = { next: prefix.next, period: p, standalone: true };
  }
  return longest([plain, result]);
}

// ---- ranges: "from August 16 to 20", "between May 3 and 5, 2019", "16–20 August", "2020-2022" ----

interface Endpoint { next: number; y?: number; m?: number; d?: number }

function endpoint(ctx: GrammarContext, i: number, allowShortYear: boolean): Endpoint | null {
  if (isWord(ctx, i, 'now')) return { next: i + 1, y: yearOf(ctx.reference), m: monthOf(ctx.reference), d: ctx.reference % 100 };
  const j = skipWeekday(ctx, i);
  const m = monthAt(ctx, j);
  if (m) {
    let k = m.next;
    const d = dayAt(ctx, k);
    if (d !== null) {
      const y = yearAfter(ctx, k + 1, true);
      return y ? { next: y.next, y: y.year, m: m.month, d } : { next: k + 1, m: m.month, d };
    }
    const y = yearAfter(ctx, k, false);
    if (y) return { next: y.next, y: y.year, m: m.month };
    if (m.bareAbbreviation && ctx.strict) return null;
    return { next: k, m: m.month };
  }
  let k = j;
  if (isWord(ctx, k, 'the')) k++;
  const d = dayAt(ctx, k);
  if (d !== null) {
    let n = k + 1;
    if (isWord(ctx, n, 'of')) n++;
    const m2 = monthAt(ctx, n);
    if (m2) {
      const y = yearAfter(ctx, m2.next, true);
      return y ? { next: y.next, y: y.year, m: m2.month, d } : { next: m2.next, m: m2.month, d };
    }
    if (k !== j) return null;
    const y = yearAfter(ctx, k + 1, true);
    if (allowShortYear && ctx.tokens[k]!.text.length === 2 && !ctx.tokens[k]!.ordinal && !y) return { next: k + 1, d, y: -d }; // maybe "2020–22"
    return y ? { next: y.next, y: y.year, d } : { next: k + 1, d };
  }
  const y = yearAt(ctx, j);
  if (y !== null) return { next: j + 1, y };
  return null;
}

function yearAfter(ctx: GrammarContext, i: number, allowComma: boolean): { next: number; year: number } | null {
  let j = i;
  if (allowComma && isPunct(ctx, j, ',')) j++;
  if (isWord(ctx, j, 'of')) j++;
  const y = yearAt(ctx, j);
  return y === null ? null : { next: j + 1, year: y };
}

const RANGE_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);

function rangePeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
  let j = i;
  let joiner: 'from' | 'between' | 'dash';
  if (isWord(ctx, j, 'from')) { joiner = 'from'; j++; }
  else if (isWord(ctx, j, 'between')) { joiner = 'between'; j++; }
  else joiner = 'dash';
  const a = endpoint(ctx, j, false);
  if (!a || a.y !== undefined && a.y < 0) return null;
  let k = a.next;
  if (isDash(ctx, k)) k++;
  else if (joiner === 'from' && ctx.tokens[k]?.kind === 'word' && RANGE_WORDS.has(ctx.tokens[k]!.lower)) k++;
  else if (joiner === 'between' && isWord(ctx, k, 'and')) k++;
  else return null;
  const b = endpoint(ctx, k, a.y !== undefined && a.m === undefined);
  if (!b) return null;
  if (b.y !== undefined && b.y < 0) {
    // "2020–22": a two-digit end year in the same century
    const full = a.y! - (a.y! % 100) + -b.y;
    if (full <= a.y!) return null;
    b.y = full; b.d = undefined;
  }
  const frame = rangeFrame(a, b);
  if (!frame) return null;
  return { next: b.next, period: frame, standalone: joiner !== 'dash' || a.d !== undefined || b.d !== undefined };
}

function rangeFrame(a: Endpoint, b: Endpoint): Period | null {
  // Fill in what one end leaves to the other: "16 to 20 August", "August 16 to 20".
  let am = a.m, bm = b.m;
  if (a.d !== undefined && am === undefined) am = bm;
  if (b.d !== undefined && bm === undefined) bm = am;
  const aYearOnly = a.y !== undefined && am === undefined && a.d === undefined;
  const bYearOnly = b.y !== undefined && bm === undefined && b.d === undefined;
  if (aYearOnly) am = 1;
  if (bYearOnly) bm = 12;
  if (am === undefined || bm === undefined) return null;
  // "from May 3 to June" runs from a day to a whole month: too loose to read as one range
  if (a.d !== undefined && b.d === undefined && b.m !== undefined) return null;
  const sd = a.d ?? 1, ed = b.d ?? 0;
  const order = (m1: number, d1: number, m2: number, d2: number) => m1 < m2 || (m1 === m2 && (d2 === 0 || d1 <= d2));
  let ay = a.y, by = b.y;
  if (ay === undefined && by !== undefined) ay = order(am, sd, bm, ed) ? by : by - 1;
  if (by === undefined && ay !== undefined) by = order(am, sd, bm, ed) ? ay : ay + 1;
  if (ay === undefined || by === undefined) {
    const endMonth = order(am, sd, bm, ed) ? bm : bm + 12;
    const frame: Frame = { unit: a.d !== undefined ? 'days' : 'span', startMonth: am, startDay: sd, endMonth, endDay: ed };
    return frameRange(frame, 2000) ? { kind: 'frame', frame, anchor: { kind: 'default' } } : null;
  }
  if (by < ay) return null;
  const frame: Frame = { unit: a.d !== undefined ? 'days' : 'span', startMonth: am, startDay: sd, endMonth: bm + 12 * (by - ay), endDay: ed };
  return frameRange(frame, ay) ? { kind: 'frame', frame, anchor: { kind: 'fixed', year: ay } } : null;
}

// ---- leads and the whole expression ----

interface Lead { next: number; kind: LeadKind }

const LEADS: [readonly string[], LeadKind][] = [
  [['no', 'later', 'than'], 'deadline'], [['not', 'later', 'than'], 'deadline'], [['by', 'no', 'later', 'than'], 'deadline'],
  [['on', 'or', 'before'], 'deadline'], [['prior', 'to'], 'deadline'], [['ahead', 'of'], 'deadline'], [['in', 'time', 'for'], 'deadline'],
  [['by'], 'deadline'], [['before'], 'deadline'],
  [['in', 'or', 'around'], 'plain'], [['in'], 'plain'], [['on'], 'plain'], [['at'], 'plain'], [['during'], 'plain'],
  [['within'], 'plain'], [['around'], 'plain'], [['throughout'], 'plain'], [['over'], 'plain'], [['as', 'early', 'as'], 'plain'],
  [['starting', 'in'], 'plain'], [['starting', 'from'], 'plain'], [['starting'], 'plain'], [['beginning', 'in'], 'plain'], [['beginning'], 'plain'],
  [['toward'], 'plain'], [['towards'], 'plain'], [['from'], 'plain'],
  [['since'], 'since'], [['up', 'until'], 'until'], [['up', 'to'], 'until'], [['until'], 'until'], [['till'], 'until'], [['through'], 'until'],
  [['after'], 'after'],
];

// Words after which "for" introduces when something happens ("scheduled for May").
const SCHEDULING = new Set(['scheduled', 'planned', 'slated', 'set', 'due', 'expected', 'rescheduled', 'postponed']);

// Leads by their first word, so each token looks up only the few that can match.
const LEADS_BY_FIRST = new Map<string, [readonly string[], LeadKind][]>();
for (const entry of LEADS) LEADS_BY_FIRST.set(entry[0][0], [...(LEADS_BY_FIRST.get(entry[0][0]) ?? []), entry]);

function lead(ctx: GrammarContext, i: number): Lead {
  let best: Lead = { next: i, kind: 'none' };
  const t = ctx.tokens[i];
  for (const [ws, kind] of (t && LEADS_BY_FIRST.get(t.lower)) || []) {
    const k = words(ctx, i, ws);
    if (k !== FAIL && k > best.next) best = { next: k, kind };
  }
  if (best.kind === 'none' && isWord(ctx, i, 'for')) {
    const prev = ctx.tokens[i - 1];
    if (!ctx.strict || (prev && SCHEDULING.has(prev.lower))) best = { next: i + 1, kind: 'plain' };
  }
  // "sometime in", "by sometime between", "some time during"
  let j = best.next;
  const k = isWord(ctx, j, 'sometime') ? j + 1 : words(ctx, j, ['some', 'time']);
  if (k !== FAIL && k !== j) {
    j = k;
    const inner = lead(ctx, j);
    if (inner.kind === 'plain') j = inner.next;
    return { next: j, kind: best.kind === 'none' ? 'plain' : best.kind };
  }
  return best;
}

/** Matches one time expression starting at token i (its preposition included), or null. */
export function matchExpression(ctx: GrammarContext, i: number): ExpressionMatch | null {
  let l = lead(ctx, i);
  const j = l.next;
  let found = longest([periodWithParts(ctx, j, 0), rangePeriod(ctx, j)]);
  // "from August 16 to 20" is a range; "from April" alone is when the action starts
  const fromRange = l.kind === 'plain' && isWord(ctx, i, 'from') ? rangePeriod(ctx, i) : null;
  if (fromRange && (!found || fromRange.next >= found.next)) { found = fromRange; l = { next: i, kind: 'none' }; }
  if (!found) return null;
  if (l.kind === 'none' && !found.standalone && ctx.strict) return null;
  const period = found.period;
  const base = { first: i, next: found.next, lead: l.kind, event: period.kind === 'span' && period.event === true };
  if (l.kind === 'since' || l.kind === 'until' || l.kind === 'after') return { ...base, range: null, reason: l.kind };
  if (period.kind === 'fiscal') return { ...base, range: null, reason: 'fiscal' };
  if (period.kind === 'empty') return { ...base, range: null, reason: 'empty' };
  let range = period.kind === 'span' ? [period.start, period.end] as [DayNumber, DayNumber] : resolveFrame(period.frame, period.anchor, ctx.reference, ctx.backwards);
  if (!range) return { ...base, range: null, reason: 'empty' };
  // Bare "this year" (and "within the year") runs from the reference date to the year's end.
  if (period.clip && range[0] < ctx.reference && ctx.reference <= range[1]) range = [ctx.reference, range[1]];
  // By / before / no later than X: from the reference date to the end of X (spec).
  if (l.kind === 'deadline' && ctx.reference <= range[1]) range = [ctx.reference, range[1]];
  return { ...base, range };
}

/** A calendar day at token i ("December 16, 2003", "8 OCTOBER 2022", "Monday, 16 May"): its fields, the year null where not written. */
export function matchCalendarDay(ctx: GrammarContext, i: number): { next: number; year: number | null; month: number; day: number } | null {
  const p = dayPeriod(ctx, i);
  if (!p || p.period.kind !== 'frame') return null;
  const { frame, anchor } = p.period;
  return { next: p.next, year: anchor.kind === 'fixed' ? anchor.year : null, month: frame.startMonth, day: frame.startDay };
}

// Words an expression can begin with (besides numbers, months, seasons, weekdays and event names):
// a cheap test that spares most tokens of a clause the full grammar.
const FIRST_WORDS = new Set([
  ...LEADS.map(([ws]) => ws[0]), 'for', 'sometime', 'some', 'from', 'between',
  'the', 'this', 'next', 'last', 'later', 'earlier', 'today', 'tonight', 'tomorrow', 'year',
  'early', 'mid', 'late', 'end', 'first', 'second', 'former', 'latter', 'final', 'fiscal',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'two', 'three', 'a', 'an',
]);

export function mayStartExpression(ctx: GrammarContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t.kind === 'number') return true;
  if (t.kind !== 'word') return false;
  const w = t.lower;
  if (FIRST_WORDS.has(w) || MONTHS.has(w) || SEASONS.has(w) || WEEKDAYS.has(w) || FISCAL_WORD.test(w)) return true;
  if (ctx.events) for (const e of ctx.events) if (e.words[0] === w) return true;
  return false;
}
