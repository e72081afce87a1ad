// Finding a taxonomy's terms in a text by word stems: every term is a sequence of stems, looked up
// by its first stem, so a text is read once whatever the size of the taxonomy. A term's capitals
// of up to 4 letters ("WHO", "EU", "AI") must be capitals in the text too; a `not` phrase
// overlapping a match of its issue ("trade union" for trade) cancels that match.
import type { Issue } from '../types.ts';
import { wordsOf, type Word } from './words.ts';

interface Pattern { issue: string; stems: string[]; capitals: boolean[]; negative: boolean }

/** One term found: the issue, where, and whether it is a `not` phrase. */
export interface TermMatch { issue: string; start: number; end: number }

type Compiled = Map<string, Pattern[]>;
const compiled = new WeakMap<Issue[], Compiled>();

/** A term as stems, with the words that must be capitals; null when it has no words. */
function pattern(issue: string, term: string, negative: boolean): Pattern | null {
  const words = wordsOf(term);
  if (!words.length) return null;
  const capitals = words.map((w) => {
    const written = term.slice(w.start, w.end);
    return w.capitals && /\p{L}/u.test(written) && written.length <= 4;
  });
  return { issue, stems: words.map((w) => w.stem), capitals, negative };
}

function compile(taxonomy: Issue[]): Compiled {
  let index = compiled.get(taxonomy);
  if (index) return index;
  index = new Map();
  for (const issue of taxonomy) {
    const all = [
      ...issue.terms.map((t) => pattern(issue.id, t, false)),
      ...(issue.not ?? []).map((t) => pattern(issue.id, t, true)),
    ];
    for (const p of all) {
      if (!p) continue;
      const list = index.get(p.stems[0]);
      if (list) list.push(p); else index.set(p.stems[0], [p]);
    }
  }
  compiled.set(taxonomy, index);
  return index;
}

function matchesAt(words: Word[], i: number, p: Pattern): boolean {
  if (i + p.stems.length > words.length) return false;
  for (let k = 0; k < p.stems.length; k++) {
    const w = words[i + k];
    if (w.stem !== p.stems[k] || (p.capitals[k] && !w.capitals)) return false;
  }
  return true;
}

/** Every term of the taxonomy found in the text, in text order, without those a `not` phrase of their issue overlaps. */
export function findTerms(text: string, taxonomy: Issue[]): TermMatch[] {
  if (!text) return [];
  const index = compile(taxonomy);
  const words = wordsOf(text);
  const found: TermMatch[] = [];
  const cancelled: TermMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.get(words[i].stem);
    if (!candidates) continue;
    for (const p of candidates) {
      if (!matchesAt(words, i, p)) continue;
      const m = { issue: p.issue, start: words[i].start, end: words[i + p.stems.length - 1].end };
      (p.negative ? cancelled : found).push(m);
    }
  }
  if (!cancelled.length) return found;
  return found.filter((m) => !cancelled.some((c) => c.issue === m.issue && c.start < m.end && c.end > m.start));
}
