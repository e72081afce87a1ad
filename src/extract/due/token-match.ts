// What the time grammar shares: the matching context, the periods it builds, and token tests.
import { type DayNumber, yearOf } from './calendar.ts';
import type { Anchor, Frame } from './frame.ts';
import type { PreparedEvent } from './event-lookup.ts';
import { MAX_YEAR, MIN_YEAR, MONTHS, WEEKDAYS } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface GrammarContext {
  tokens: Token[];
  reference: DayNumber;
  /** Scanning prose: month names must be capitalized and bare months, years and seasons need a preposition. */
  strict: boolean;
  /** Year-less dates resolve backwards (an event told as past: "held in February"). */
  backwards: boolean;
  events: PreparedEvent[] | null;
}

export type Period =
  | { kind: 'frame'; frame: Frame; anchor: Anchor; clip?: boolean }
  | { kind: 'span'; start: DayNumber; end: DayNumber; clip?: boolean; event?: boolean }
  | { kind: 'fiscal' }
  | { kind: 'empty' };

export interface PeriodMatch { next: number; period: Period; standalone: boolean }

export const FAIL = -1;

// ---- token helpers ----

export function isWord(ctx: GrammarContext, i: number, w: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'word' && t.lower === w;
}

export function isPunct(ctx: GrammarContext, i: number, p: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punct' && t.text === p;
}

/** Index after the words `ws` starting at i, or FAIL. */
export function words(ctx: GrammarContext, i: number, ws: readonly string[]): number {
  for (const w of ws) {
    if (!isWord(ctx, i, w)) return FAIL;
    i++;
  }
  return i;
}

/** Two tokens written with nothing between them ("mid" "-" "July"). */
export function glued(ctx: GrammarContext, i: number): boolean {
  const a = ctx.tokens[i - 1], b = ctx.tokens[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

const DASHES = new Set(['-', '–', '—']);
export function isDash(ctx: GrammarContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punct' && DASHES.has(t.text);
}

export function yearAt(ctx: GrammarContext, i: number): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.ordinal || t.text.length !== 4) return null;
  return t.value >= MIN_YEAR && t.value <= MAX_YEAR ? t.value : null;
}

export function dayAt(ctx: GrammarContext, i: number): number | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'number' || t.text.length - (t.ordinal ? 2 : 0) > 2) return null;
  return t.value >= 1 && t.value <= 31 ? t.value : null;
}

export interface MonthAt { month: number; next: number; bareAbbreviation: boolean }

export function monthAt(ctx: GrammarContext, i: number): MonthAt | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word') return null;
  const m = MONTHS.get(t.lower);
  if (!m) return null;
  if (ctx.strict && !t.capitalized) return null;
  if (m.abbreviation && isPunct(ctx, i + 1, '.') && glued(ctx, i + 1)) return { month: m.month, next: i + 2, bareAbbreviation: false };
  return { month: m.month, next: i + 1, bareAbbreviation: m.abbreviation };
}

/** "Monday," before a date. */
export function skipWeekday(ctx: GrammarContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !WEEKDAYS.has(t.lower)) return i;
  let j = i + 1;
  if (isPunct(ctx, j, '.')) j++;
  if (isPunct(ctx, j, ',')) j++;
  return j;
}

// ---- year qualifiers: "2009", "of 2009", "this year", "of next year" ----

export interface YearSuffix { next: number; anchor: Anchor }

export function yearSuffix(ctx: GrammarContext, i: number, allowComma: boolean): YearSuffix | null {
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

/** The option that reads furthest. */
export function longest<T extends { next: number }>(options: (T | null)[]): T | null {
  let best: T | null = null;
  for (const o of options) if (o && (!best || o.next > best.next)) best = o;
  return best;
}
