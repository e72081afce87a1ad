// Normalizing due dates: one expression (parseDueDate) or the one inside a commitment's clause (findDue).
import { type DayNumber, fromIso, toIso } from './calendar.ts';
import { type GrammarContext, type ExpressionMatch, matchExpression, mayStartExpression } from './grammar.ts';
import { type NamedEvent, prepareEvents } from './event-lookup.ts';
import { tokenize, type Token } from './tokens.ts';
import { commitmentMarker, reportedClauseStart, timesTheAction } from './timing-context.ts';

const CLOSING = /^[.,;:!?)]$/;

/** A due date: the words of the text and the inclusive ISO date range they give. */
export interface DueRange { text: string; start: string; end: string }

export function parseReference(reference: string): DayNumber {
  const day = fromIso(reference);
  if (day === null) throw new RangeError(`reference date "${reference}": expected a calendar date as YYYY-MM-DD`);
  return day;
}

function context(tokens: Token[], reference: DayNumber, strict: boolean, events: readonly NamedEvent[] | undefined): GrammarContext {
  return { tokens, reference, strict, backwards: false, events: events && events.length ? prepareEvents(events) : null };
}

/**
 * Normalizes one time expression ("in the first half of 2004") against a reference date
 * (YYYY-MM-DD): the date of the statement. null when vague ("in the near future"), not a time,
 * or not a due date ("since 2003", "until 2020", "in fiscal 2020": see README.md).
 */
export function parseDueDate(expression: string, reference: string, events?: NamedEvent[]): DueRange | null {
  const ref = parseReference(reference);
  const tokens = tokenize(expression);
  if (tokens.length === 0) return null;
  const m = matchExpression(context(tokens, ref, false, events), 0);
  if (!m || !m.range) return null;
  // The whole expression must be the time, give or take closing punctuation.
  for (let k = m.next; k < tokens.length; k++) if (tokens[k].kind !== 'punct' || !CLOSING.test(tokens[k].text)) return null;
  return { text: expression.slice(tokens[0].start, tokens[m.next - 1].end), start: toIso(m.range[0]), end: toIso(m.range[1]) };
}

// A number or word glued to the one before it ("COVID-19", "2+2") does not start a date.
const GLUE = new Set(['-', '+', '/', '.', ':', '–', '$', '#']);

function canStart(tokens: Token[], i: number): boolean {
  const t = tokens[i], prev = tokens[i - 1];
  if (t.kind === 'punct') return false;
  if (prev && prev.end === t.start && (prev.kind !== 'punct' || GLUE.has(prev.text))) return false;
  return true;
}

// Words that may follow a year in running text; another lowercase word makes the year a
// modifier of a noun ("at 2020 levels", "the 2030 agenda"), not a time.
const AFTER_YEAR = new Set([
  'and', 'or', 'but', 'nor', 'to', 'in', 'at', 'on', 'for', 'of', 'with', 'by', 'from', 'the', 'a', 'an', 'when', 'as', 'while',
  'after', 'before', 'if', 'that', 'which', 'so', 'then', 'will', 'would', 'shall', 'should', 'could', 'can', 'may', 'might',
  'must', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these',
  'those', 'its', 'their', 'our', 'his', 'her', 'through', 'under', 'during', 'within', 'including', 'respectively', 'onwards',
  'onward', 'ahead', 'where', 'who', 'whose', 'into', 'toward', 'towards', 'via', 'about', 'against', 'between', 'since', 'until',
]);

const VERB_OR_ADVERB = /(?:ing|ed|ly)$/;

function endsCleanly(tokens: Token[], next: number): boolean {
  const t = tokens[next], prev = tokens[next - 1];
  if (t && t.kind === 'word' && !t.capitalized && prev.kind === 'number' && prev.text.length === 4 &&
      !AFTER_YEAR.has(t.lower) && !VERB_OR_ADVERB.test(t.lower)) return false;
  if (!t || t.start !== prev.end) return true;
  if (t.kind !== 'punct') return false;
  const after = tokens[next + 1];
  return !(GLUE.has(t.text) && t.text !== '.' && after && after.start === t.end && after.kind !== 'punct');
}

/** Every time expression in a clause, left to right, each with the reason it is or is not a due date. */
export function scanExpressions(tokens: Token[], ctx: GrammarContext): ExpressionMatch[] {
  const found: ExpressionMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const m = mayStartExpression(ctx, i) && canStart(tokens, i) ? matchExpression(ctx, i) : null;
    if (m && endsCleanly(tokens, m.next)) { found.push(m); i = m.next; } else i++;
  }
  return found;
}

/**
 * Finds the time expression inside a commitment's action clause and normalizes it; `index` is
 * the offset of `text` in `clause`. Skips times that are past, that start or bound something
 * else ("since January 2003", "until 2020"), that describe a noun ("adopted in 2003"), or that
 * date the report rather than the action ("During the talks on May 3, X stated that he would …");
 * of those left, prefers one after the commitment's own verb ("would", "wished to"), then the first.
 * `clauseTokens`: the clause's tokens where the caller has them (the document's, see tokenize), offsets in the clause.
 */
export function findDue(clause: string, reference: string, events?: NamedEvent[], clauseTokens?: Token[]): (DueRange & { index: number }) | null {
  const ref = parseReference(reference);
  const tokens = clauseTokens ?? tokenize(clause);
  const all = scanExpressions(tokens, context(tokens, ref, true, events));
  const marker = commitmentMarker(tokens);
  const reported = marker.at >= 0 ? reportedClauseStart(tokens, marker.at) : -1;
  const usable = all.filter((m, k) => {
    if (!m.range || m.range[1] < ref) return false;
    if (m.first < reported) return false;
    // "five years ago this week" dates a past event, not the action
    if (tokens[m.first - 1]?.lower === 'ago') return false;
    if (!timesTheAction(tokens, m.first)) return false;
    // "at the summit meeting in July": the date written out wins over the event's known date
    const following = all[k + 1];
    if (m.event && following && following.first - m.next <= 3) return false;
    return true;
  });
  if (usable.length === 0) return null;
  const chosen = usable.find((m) => m.first >= marker.after) ?? usable[0];
  const index = tokens[chosen.first].start;
  const text = clause.slice(index, tokens[chosen.next - 1].end);
  return { text, start: toIso(chosen.range![0]), end: toIso(chosen.range![1]), index };
}
