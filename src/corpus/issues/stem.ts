// English word stems by Porter's algorithm (M.F. Porter, "An algorithm for suffix stripping", 1980),
// the same algorithm as SQLite FTS5's `porter` tokenizer, so that issue terms and search words stem
// alike. Written here rather than taken from npm (`stemmer`, `wink-porter2-stemmer`): the algorithm is
// short and fixed, and one less dependency is worth the ~120 lines. Input: a lower-case word.

const VOWEL = /[aeiou]/;

/** Is s[i] a consonant? 'y' is a consonant at the start or after a vowel, a vowel after a consonant. */
function isConsonant(s: string, i: number): boolean {
  const c = s[i];
  if (VOWEL.test(c)) return false;
  if (c === 'y') return i === 0 || !isConsonant(s, i - 1);
  return true;
}

/** m: the number of vowel-consonant sequences in s ([C](VC)^m[V]). */
function measure(s: string): number {
  let m = 0;
  let i = 0;
  const n = s.length;
  while (i < n && isConsonant(s, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(s, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(s, i)) i++;
    m++;
  }
  return m;
}

const hasVowel = (s: string) => [...s].some((_, i) => !isConsonant(s, i));
const endsDoubleConsonant = (s: string) => s.length > 1 && s.at(-1) === s.at(-2) && isConsonant(s, s.length - 1);
/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(s: string): boolean {
  const n = s.length;
  return n >= 3 && isConsonant(s, n - 3) && !isConsonant(s, n - 2) && isConsonant(s, n - 1) && !/[wxy]/.test(s[n - 1]);
}

/** Replaces the first matching suffix when the rest's measure passes `min`; a matched suffix stops the list. */
function replaceSuffix(word: string, rules: [string, string][], min: number): string {
  for (const [suffix, replacement] of rules) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      return measure(stem) > min ? stem + replacement : word;
    }
  }
  return word;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism',
  'ate', 'iti', 'ous', 'ive', 'ize'];

/** Longest suffix first, as the algorithm's rule order requires within a step. */
const bySuffixLength = (rules: [string, string][]) => [...rules].sort((a, b) => b[0].length - a[0].length);
const STEP2_RULES = bySuffixLength(STEP2);
const STEP3_RULES = bySuffixLength(STEP3);
const STEP4_RULES = [...STEP4].sort((a, b) => b.length - a.length);

export function porterStem(input: string): string {
  let w = input;
  if (w.length <= 2) return w;

  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) { /* unchanged */ }
  else if (w.endsWith('s')) w = w.slice(0, -1);

  // Step 1b: -eed, -ed, -ing.
  let cleanup = false;
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2); cleanup = true;
  } else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
    w = w.slice(0, -3); cleanup = true;
  }
  if (cleanup) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && endsCvc(w)) w += 'e';
  }

  // Step 1c: y → i after a vowel in the stem.
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = `${w.slice(0, -1)}i`;

  w = replaceSuffix(w, STEP2_RULES, 0);
  w = replaceSuffix(w, STEP3_RULES, 0);

  // Step 4: drop a suffix when the rest has m > 1 (-ion only after s or t).
  for (const suffix of STEP4_RULES) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w = stem;
    break;
  }

  // Step 5: a final -e, and -ll.
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}
