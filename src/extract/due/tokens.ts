// Splits a clause into word, number and punctuation tokens with their offsets, so the date
// grammar can match phrases word by word and report exactly which characters it used.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The characters as written. */
  text: string;
  /** Lower-cased text, for table look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Numbers: their value ("20th" → 20). */
  value: number;
  /** Numbers written with an ordinal suffix ("20th"). */
  ordinal: boolean;
  /** Words starting with a capital letter. */
  capitalized: boolean;
}

// Words (letters, then letters or digits: "Q1", "FY2020", "G20"), numbers with an optional ordinal
// suffix, digit-led words ("5bn"), or any other single visible character.
const TOKEN = /(\p{L}[\p{L}\p{M}\p{N}]*)|(\d+)(st|nd|rd|th)?(?![\p{L}\p{N}])|(\d+[\p{L}\p{N}]+)|(\S)/gu;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined || m[4] !== undefined) {
      tokens.push({ kind: 'word', text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, value: NaN, ordinal: false, capitalized: UPPER_START.test(raw) });
    } else if (m[2] !== undefined) {
      tokens.push({ kind: 'number', text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, value: Number(m[2]), ordinal: m[3] !== undefined, capitalized: false });
    } else {
      tokens.push({ kind: 'punct', text: raw, lower: raw, start, end: start + raw.length, value: NaN, ordinal: false, capitalized: false });
    }
  }
  return tokens;
}
