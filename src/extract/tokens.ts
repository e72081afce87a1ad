// Word tokens with their offsets. Dotted initials and acronyms stay whole ("K.T.M.", "U.S.",
// "H.E."); a possessive ending is its own token so "Biden’s" names Biden. The whole text is
// tokenized once per document (the `tokenization` component); components read those tokens.
import { component } from './compose.ts';
import type { Token } from './doc.ts';
import { matchesOf } from './patterns.ts';

export type { Token } from './doc.ts';

const TOKEN = /(?:[A-Z]\.){2,}|[A-Z]\.(?=\s|[A-Z])|[’']s\b|[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+|['’](?!s\b)[A-Za-z\u00C0-\u024F]+)*|\d+(?:[.,:]\d+)*|\S/gu;
const CAPITAL = /^[A-Z\u00C0-\u00DE]/;
const LETTER = /^[A-Za-z\u00C0-\u024F]/;

/** Tokens for words already split (a name from a pattern), to test them against the gazetteers. */
export function wordTokens(words: string[]): Token[] {
  return words.map((text, k) => ({ text, start: k, end: k, cap: CAPITAL.test(text), word: true }));
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of matchesOf(TOKEN, slice)) {
    const t = m[0];
    out.push({
      text: t,
      start: start + m.index,
      end: start + m.index + t.length,
      cap: CAPITAL.test(t),
      word: LETTER.test(t),
    });
  }
  return out;
}

export const tokenizationComponent = component({
  name: 'tokenization',
  requires: ['text'],
  provides: ['tokens'],
  run: ({ text }) => ({ tokens: tokenize(text) }),
});
