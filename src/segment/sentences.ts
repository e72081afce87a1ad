// Sentence boundaries inside a block. Readouts are full of abbreviations that end in a
// period without ending a sentence ("Mr.", "H.E.", "U.S. Secretary", "No. 2", "Antony J.
// Blinken"), so a period ends a sentence only when what precedes it is not one of those.
import type { Span } from '../record.ts';
import { ABBREVIATIONS } from './conventions.ts';

function isAbbreviationBefore(text: string, dot: number): boolean {
  // The word that ends at `dot`.
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  if (!word) return false;
  // Initials and dotted acronyms: "J.", "U.S.", "H.E.", "K.T.M.", "i.e."
  if (word.length === 1) return true;
  if (i >= 0 && text[i] === '.' && i >= 1 && /[A-Za-z]/.test(text[i - 1])) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']']);

/** Splits `text[start, end)` into sentence spans, trimmed of surrounding white space. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k < end) {
      const next = text[k];
      if (!/[A-Z0-9"“‘'(•\u0080-\uFFFF]/.test(next)) continue;
      if (c === '.' && isAbbreviationBefore(text, i)) {
        // "No. 2", "Mr. Koizumi": an abbreviation followed by a capital is not a boundary,
        // except a dotted acronym ending a sentence before a new one ("… the U.S. The two …").
        const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? '';
        const acronymAtEnd = /^([A-Z]\.){2,}[A-Z]?$/.test(word + '.') && /^(The|This|These|They|He|She|It|In|On|At|Both|We)\b/.test(text.slice(k, k + 6));
        if (!acronymAtEnd) continue;
      }
    }
    pushTrimmed(text, from, j, spans);
    from = j;
  }
  pushTrimmed(text, from, end, spans);
  return spans;
}

function pushTrimmed(text: string, a: number, b: number, out: Span[]): void {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push([a, b]);
}
