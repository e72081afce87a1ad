// Where a person's name is in the tokens: which tokens can be (part of) a name, the
// honorifics before one ("H.E. Mr."), and a name of up to four words on one line.
import type { Countries, Token } from '../doc.ts';
import { NOT_NAMES } from '../lexicon/names.ts';
import { DOTTED_NOT_INITIALS, HONORIFICS, INSTITUTION_WORDS, TITLE_HEAD_FIRST } from '../lexicon/titles.ts';

/** The text being scanned: its tokens and the document's countries. */
export interface Scan { text: string; tokens: Token[]; countries: Countries }

export function isNameToken(scan: Scan, i: number): boolean {
  const { tokens, countries } = scan;
  const t = tokens[i];
  if (!t || !t.cap) return false;
  if (/^(?:[A-Z]\.)+$/.test(t.text)) return !DOTTED_NOT_INITIALS.has(t.text);
  if (!t.word) return false;
  if (NOT_NAMES.has(t.text) || INSTITUTION_WORDS.has(t.text) || HONORIFICS.has(t.text) || TITLE_HEAD_FIRST.has(t.text)) return false;
  if (countries.countryAt(tokens, i) || countries.demonymAt(tokens, i)) return false;
  // An acronym alone ("DPJ", "ASEAN") is not a name; an all-caps surname next to a written name is ("MOTEGI Toshimitsu").
  if (/^[A-Z]{2,}$/.test(t.text)) {
    const next = tokens[i + 1], prev = tokens[i - 1];
    const mixed = (x?: Token) => !!x && x.cap && x.word && /[a-z]/.test(x.text) && !NOT_NAMES.has(x.text) && !INSTITUTION_WORDS.has(x.text);
    return (mixed(next) && next.start - t.end <= 1) || (mixed(prev) && t.start - prev.end <= 1 && !HONORIFICS.has(prev.text));
  }
  return true;
}

/** Adjacent tokens: only white space (no newline) between them. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]*$/.test(gap);
}

/** A name has at most this many honorifics before it ("His Excellency Dr. Prof."): bounds the look-ahead, which runs at every token. */
const MAX_HONORIFICS = 4;

/** Skips honorifics ("H.E.", "Mr.", "His Excellency", "Specialist Dr.") from i; returns the next index. */
export function skipHonorifics(tokens: Token[], i: number): number {
  let j = i;
  if (!tokens[j]?.cap) return j;
  let skipped = 0;
  while (tokens[j] && skipped++ < MAX_HONORIFICS && HONORIFICS.has(tokens[j].text.replace(/\.$/, ''))) {
    // "His"/"Her" only as "His Excellency".
    if ((tokens[j].text === 'His' || tokens[j].text === 'Her') && tokens[j + 1]?.text !== 'Excellency') break;
    j++;
    if (tokens[j]?.text === '.' && tokens[j].start === tokens[j - 1].end) j++;
  }
  return j;
}

/** Name tokens from i (at most 4, on one line); returns the end index (exclusive). */
export function readName(scan: Scan, i: number): number {
  const { text, tokens } = scan;
  let j = i;
  while (j < tokens.length && j - i < 4 && isNameToken(scan, j) && (j === i || adjacent(text, tokens[j - 1], tokens[j]))) j++;
  return j;
}
