// Offices: when two titles can belong to one person ("former Prime Minister" continues
// "Prime Minister"; "Foreign Minister" is "Minister for Foreign Affairs").
import { fold } from '../text.ts';

const NO_COUNTRIES: ReadonlySet<string> = new Set();

const SYNONYMS: [RegExp, string][] = [
  [/\bforeign minister\b/g, 'minister for foreign affairs'],
  [/\bminister of foreign affairs\b/g, 'minister for foreign affairs'],
  [/\bforeign secretary\b/g, 'secretary for foreign affairs'],
  [/\bpremier\b/g, 'prime minister'],
  [/\bchairman of (?:the )?government\b/g, 'chairman of government'],
  [/\bchair(?:man|woman|person)?\b/g, 'chair'],
  [/\bh\.?\s?e\.?\s/g, ''],
];

/** Words that only say who one is now ("former"), or where one is from ("Japanese", "of Japan"), not the office. */
const NOT_OFFICE = /^(?:former|then|acting|interim|incumbent|outgoing|new|newly|current)\s+/;

/** The office a title names, folded and without "former", nationality or the state it serves (when known). */
export function canonicalOffice(title: string, known: ReadonlySet<string> = NO_COUNTRIES): string {
  let t = fold(title).replace(/[.,;:]+/g, ' ').replace(/\s+/g, ' ').trim();
  while (NOT_OFFICE.test(t)) t = t.replace(NOT_OFFICE, '');
  // "japanese prime minister", "russian president": a leading nationality adjective.
  t = t.replace(/^[a-z'-]+(?:ian|ese|ish|an|i|ic)\s+(?=(?:prime|president|foreign|minister|ambassador|secretary|speaker|chair|deputy|vice|king|queen|chancellor|senior|state)\b)/, '');
  for (const [re, rep] of SYNONYMS) t = t.replace(re, rep);
  // "... of the Russian Federation", "... of the Kingdom of Osterland": the state served, not the office.
  t = t.replace(/\s+of\s+the\s+(?:[a-z'-]+\s+)*(?:republic|kingdom|commonwealth|federation|principality)(?:\s+of\s+(?:the\s+)?[a-z'-]+)?$/, '');
  // "... of Japan", "... of Lauria": only when the corpus knows the name as a state ("of Finance" stays).
  const tail = /\s+of\s+(?:the\s+)?([a-z'-]+)$/.exec(t);
  if (tail && known.has(tail[1])) t = t.slice(0, tail.index);
  return t.replace(/\s+/g, ' ').trim();
}

/** True when one person may hold both titles: the same office, or one names the other more fully. */
export function titlesCompatible(a: string, b: string, known: ReadonlySet<string> = NO_COUNTRIES): boolean {
  const x = canonicalOffice(a, known);
  const y = canonicalOffice(b, known);
  if (!x || !y) return false;
  if (x === y) return true;
  const contains = (long: string, short: string) => new RegExp(`(?:^|\\s)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(long);
  return contains(x, y) || contains(y, x);
}

/** True for titles that say the office is over ("former Prime Minister"). */
export function isFormerTitle(title: string): boolean {
  return /^\s*(?:former|ex-)\b/i.test(title);
}
