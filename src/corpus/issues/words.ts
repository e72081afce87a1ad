// Words of a text for issue matching and search: letters and digits, diacritics folded, a
// possessive "'s" dropped, each with its Porter stem and its place in the text. Hyphens and
// spaces both separate words, so "cross-Strait" and "cross Strait" are the same two words.
import { porterStem } from './stem.ts';

export interface Word {
  /** The stem of the folded, lower-case word. */
  stem: string;
  /** The word as written is in capitals ("WHO", "LNGs" count: a plural s may follow). */
  capitals: boolean;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’]s\b)?/gu;
const stemCache = new Map<string, string>();

/** The folded stem of one word: lower case, no diacritics, a possessive 's dropped. */
export function stemWord(raw: string): string {
  const lower = raw.replace(/['’]s$/u, '').toLowerCase();
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
    stem = porterStem(folded);
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(lower, stem);
  }
  return stem;
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/['’]s$/u, '');
    const letters = raw.replace(/s$/, '');
    out.push({
      stem: stemWord(raw), capitals: /\p{Lu}/u.test(letters) && letters === letters.toUpperCase(),
      start: m.index!, end: m.index! + raw.length,
    });
  }
  return out;
}
