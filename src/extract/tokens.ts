// Word tokens with their offsets. Dotted initials and acronyms stay whole ("K.T.M.", "U.S.",
// "H.E."); a possessive ending is its own token so "Biden’s" names Biden.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (letters), as opposed to punctuation or a number. */
  word: boolean;
}

const TOKEN = /(?:[A-Z]\.){2,}|[A-Z]\.(?=\s|[A-Z])|[’']s\b|[A-Za-z\u00C0-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+|['’](?!s\b)[A-Za-z\u00C0-\u024F]+)*|\d+(?:[.,:]\d+)*|\S/gu;

/** Tokens for words already split (a name from a pattern), to test them against the gazetteers. */
export function wordTokens(words: string[]): Token[] {
  return words.map((text, k) => ({ text, start: k, end: k, cap: /^[A-Z\u00C0-\u00DE]/.test(text), word: true }));
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    out.push({
      text: t,
      start: start + m.index,
      end: start + m.index + t.length,
      cap: /^[A-Z\u00C0-\u00DE]/.test(t),
      word: /^[A-Za-z\u00C0-\u024F]/.test(t),
    });
  }
  return out;
}
