// Ranges of days, months or years: "from August 16 to 20", "between May 3 and 5, 2019",
// "16–20 August", "2020-2022", "between now and 2025".
import { monthOf, yearOf } from './calendar.ts';
import { type Frame, frameRange } from './frame.ts';
import { type GrammarContext, type Period, type PeriodMatch, dayAt, isDash, isPunct, isWord, monthAt, skipWeekday, yearAt } from './token-match.ts';

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

export function rangePeriod(ctx: GrammarContext, i: number): PeriodMatch | null {
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
