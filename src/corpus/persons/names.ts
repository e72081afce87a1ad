// Person names in the orders the world writes them: "Junichiro Koizumi", "Kishida Fumio",
// "MOTEGI Toshimitsu", "Lavrov, Sergey Viktorovich", "Dr. S. Jaishankar".
import { editDistance, fold } from '../text.ts';

export interface ParsedName {
  /** Folded surname. */
  surname: string;
  /** Surname as written. */
  surnameDisplay: string;
  /** Folded first given name, or null when only a surname is known. */
  given: string | null;
  /** Folded name tokens without honorifics and initials, sorted: order-free identity of a full name. */
  tokens: string[];
}

const HONORIFICS = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|h\.?\s?e|his excellency|her excellency|his majesty|her majesty|his royal highness|shri|smt|hon|honourable|honorable|the honourable|specialist|retired|rtd)\.?\s+)+/i;

function isInitial(token: string): boolean {
  return /^(?:\p{L}\.)+$/u.test(token) || /^\p{L}$/u.test(token);
}

/** Splits a name into surname, first given name and an order-free token list. Hints come from the extractor. */
export function parseName(name: string, surnameHint?: string, givenHint?: string): ParsedName | null {
  let s = name.trim().replace(HONORIFICS, '').replace(/\s+/g, ' ');
  let commaSurname: string | null = null;
  const comma = /^([^,]+),\s*(.+)$/.exec(s);
  if (comma) { commaSurname = comma[1].trim(); s = `${comma[2]} ${comma[1]}`; }
  const raw = s.split(' ').map((t) => t.replace(/^[^\p{L}]+|[^\p{L}.'-]+$/gu, '')).filter(Boolean);
  const words = raw.filter((t) => !isInitial(t));
  if (words.length === 0) return null;
  let surnameDisplay: string;
  if (surnameHint && words.some((w) => fold(w) === fold(surnameHint))) surnameDisplay = surnameHint;
  else if (commaSurname) surnameDisplay = commaSurname;
  else {
    // "MOTEGI Toshimitsu": the word in capitals is the family name.
    const caps = words.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w));
    surnameDisplay = caps.length === 1 && words.length > 1 ? caps[0] : words[words.length - 1];
  }
  const surname = fold(surnameDisplay);
  let given: string | null = null;
  if (givenHint) given = fold(givenHint.split(/\s+/).find((t) => !isInitial(t)) ?? '') || null;
  if (!given) given = words.map(fold).find((w) => w !== surname) ?? null;
  const tokens = words.map(fold).sort();
  return { surname, surnameDisplay: titleCaseIfShouting(surnameDisplay), given, tokens };
}

/** "MOTEGI" → "Motegi"; other spellings stay as written. */
function titleCaseIfShouting(w: string): string {
  return w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w;
}

/** Spelling variants of one surname: equal, or (both 5+ letters) at most 2 edits apart: Kasjyanov/Kasiyanov/Kasyanov. */
export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  return editDistance(a, b, 2) <= 2;
}

/** Given names that can be one person's: equal, an initial of the other, or one letter apart (Yury/Yuri). */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.length >= 4 && b.length >= 4) return editDistance(a, b, 1) <= 1;
  return false;
}
