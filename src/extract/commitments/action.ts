// The action a commitment promises: from its verb to the end of its clause.
import type { Span } from '../../record.ts';
import { NOT_ACTIONS } from '../lexicon/modality.ts';
import { ACTION_WORD, NOT_A_VERB } from './markers.ts';

const CLAUSE_END = /,\s+(?:and\s+)?that\b|\s+and\s+that\b|;|,\s+(?:seeking|while|whereas|although|but|which|as evidenced)\b|,?\s+and\s+(?:he|she|they|it|[A-Z]\w+)\s+(?:would|will|was|were|is|are|intended|planned)\b|\s+and\s+(?:he|she|they)\s+\w+ed\b/;

/** The action clause starting at `start`, ending before the next that-clause or coordinated subject, within `limit`. */
export function actionSpan(text: string, start: number, limit: number): Span {
  // An action is a clause, not a page: a bounded window keeps long statements linear.
  const rest = text.slice(start, Math.min(limit, start + 600));
  const cut = CLAUSE_END.exec(rest);
  let end = start + (cut ? cut.index : rest.length);
  while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
  return [start, end];
}

/** `s` starts with a verb of action ("visit …", "further expand …"), not a noun phrase or a state ("be", "have"). */
export function startsWithVerb(s: string): boolean {
  const w = ACTION_WORD.exec(s)?.[1] ?? '';
  return !!w && !NOT_A_VERB.test(w) && !NOT_ACTIONS.has(w.toLowerCase());
}
