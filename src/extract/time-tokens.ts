// The due-date grammar's tokens of the whole text (../due/tokens.ts: numbers with their
// ordinals, words split at hyphens), made once per document: named events are read from
// them, and every commitment's due date from the slice under its action, instead of each
// tokenizing its text again.
import { component } from './compose.ts';
import { tokenizeTimes, type TimeToken } from './due/index.ts';

export type { TimeToken } from './due/index.ts';

/**
 * The tokens of text[start, end) with offsets from `start`, as tokenizing that slice alone
 * gives them; null when a token of the text crosses either end (the slice would cut it).
 */
export function timeTokensIn(tokens: readonly TimeToken[], start: number, end: number): TimeToken[] | null {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].end <= start) lo = mid + 1; else hi = mid; }
  if (lo < tokens.length && tokens[lo].start < start && tokens[lo].end > start) return null;
  const out: TimeToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i].start < end; i++) {
    const t = tokens[i];
    if (t.end > end) return null;
    out.push({ ...t, start: t.start - start, end: t.end - start });
  }
  return out;
}

export const timeTokensComponent = component({
  name: 'time-tokens',
  requires: ['text'],
  provides: ['timeTokens'],
  run: ({ text }) => ({ timeTokens: tokenizeTimes(text) }),
});
