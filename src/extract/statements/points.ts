// Points: "the two leaders agreed on the following points:" and then a list, "(i) …", "(ii) …"
// or bullets. Each point is a statement of the list's speaker with the introduction's act and
// verb; the introduction itself says nothing of its own. The list is the blocks under the
// introducing paragraph: bullets, or a numbering of another scheme than the paragraph's own
// ("(c) … agreed on the following points:" then "(i)", "(ii)"; "(d)" ends them).
import type { Statement } from '../../record.ts';
import type { Block } from '../../segment/index.ts';
import { trimSpan, type StatementGrammar, type StatementState } from './state.ts';

const POINT_NUMBER = /^\((?:[ivx]+|[a-z]|\d+)\)\s*/;
const ANNOUNCES_POINTS = /\bfollowing\s+points?\s*:?$/i;

/** "(i)" roman, "(a)" letter, "(1)" paren, "1." dot: a list's points use another scheme than its paragraph. */
function numberingScheme(n: string | null): string {
  if (!n) return 'none';
  if (/^\([ivx]+\)$/.test(n)) return 'roman';
  if (/^\([a-z]\)$/.test(n)) return 'letter';
  if (/^\(\d+\)$/.test(n)) return 'paren';
  return 'dot';
}

/** Reads `block` as the next point of the list announced before, if it is one; any other block ends the list. */
function readPoint(state: StatementState, block: Block): boolean {
  const list = state.pointList;
  const isPoint = block.kind === 'item' || (block.kind === 'paragraph' && !!block.number && !!list &&
    numberingScheme(block.number) !== numberingScheme(list.introNumber));
  if (!list || !isPoint) {
    state.pointList = null;
    return false;
  }
  const { text } = state;
  let [a, b] = trimSpan(text, block.bodyStart, block.span[1]);
  const num = POINT_NUMBER.exec(text.slice(a, b));
  if (num) a += num[0].length;
  const { id: _listId, ...listed } = list.statement;
  void _listId;
  state.add({ ...listed, content: text.slice(a, b), contentSpan: [a, b], section: block.section, span: [a, b] });
  return true;
}

export const points: StatementGrammar = { name: 'points', read: readPoint };

/**
 * A reporting clause whose content announces a list ("agreed on the following points", or
 * "… the following:" at the end of its sentence): its points follow in the next blocks.
 */
export function announcesPoints(text: string, content: string, contentEnd: number, sentenceEnd: number, lastInSentence: boolean): boolean {
  return ANNOUNCES_POINTS.test(content) ||
    (/^\s*:\s*$/.test(text.slice(contentEnd, Math.min(sentenceEnd + 1, contentEnd + 8))) && lastInSentence && /following/.test(content));
}

/** The statement just added introduces a list: it is said by its points, which come next. */
export function openPointList(state: StatementState, statement: Statement, block: Block): void {
  state.takeBackLast();
  state.pointList = { statement, introNumber: block.number };
}
