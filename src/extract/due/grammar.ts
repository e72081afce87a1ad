// The grammar of time expressions in readouts, matched token by token from a position:
// "in the first half of 2004", "from 16 to 20 August", "by the end of 2017", "next May",
// "at the summit meeting". Hand-written because general date parsers miss these phrases.
import type { DayNumber } from './calendar.ts';
import { resolveFrame } from './frame.ts';
import { MONTHS, SEASONS, WEEKDAYS } from './lexicon.ts';
import { FAIL, type GrammarContext, isWord, longest, words } from './token-match.ts';
import { FISCAL_WORD, dayPeriod, periodWithParts } from './periods.ts';
import { rangePeriod } from './ranges.ts';

export type { GrammarContext } from './token-match.ts';
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
  let next = found.next, event = period.kind === 'span' && period.event === true;
  const base = () => ({ first: i, next, lead: l.kind, event });
  if (l.kind === 'since' || l.kind === 'until' || l.kind === 'after') return { ...base(), range: null, reason: l.kind };
  if (period.kind === 'fiscal') return { ...base(), range: null, reason: 'fiscal' };
  if (period.kind === 'empty') return { ...base(), range: null, reason: 'empty' };
  let range = period.kind === 'span' ? [period.start, period.end] as [DayNumber, DayNumber] : resolveFrame(period.frame, period.anchor, ctx.reference, ctx.backwards);
  if (!range) return { ...base(), range: null, reason: 'empty' };
  if (event) {
    // "at the summit meeting in July": the date written with the event wins over the one known for it
    const written = matchExpression(ctx, next);
    if (written && written.lead === 'plain' && written.range && !written.event) { range = written.range; next = written.next; event = false; }
  }
  // Bare "this year" (and "within the year") runs from the reference date to the year's end.
  if (period.clip && range[0] < ctx.reference && ctx.reference <= range[1]) range = [ctx.reference, range[1]];
  // By / before / no later than X: from the reference date to the end of X (spec).
  if (l.kind === 'deadline' && ctx.reference <= range[1]) range = [ctx.reference, range[1]];
  return { ...base(), range };
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
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'now',
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
