// An in-process index of person names, built once per persons generation: the persons array
// that ctx.persons() caches changes identity whenever the entities are recomputed, so the index
// is memoized on that identity and name lookups never fold every name on each request.
import type { PersonEntity } from '../../corpus/types.ts';
import { fold } from './context.ts';

/** The name as a bag of words: word order, case and accents do not matter. */
export const nameWords = (s: string): string => fold(s).split(/[\s,.]+/).filter(Boolean).sort().join(' ');

export interface PersonIndex {
  persons: PersonEntity[];
  byId: Map<string, PersonEntity>;
  /** Candidates whose folded id, name words, alias words or surname equal a key (prefixed i:, w:, s:). */
  exact: Map<string, number[]>;
  /** Every folded name and alias, one per line, and which person each line belongs to. */
  haystack: string;
  lineStarts: number[];
  lineOwner: number[];
}

const built = new WeakMap<PersonEntity[], PersonIndex>();

export function personIndex(persons: PersonEntity[]): PersonIndex {
  let index = built.get(persons);
  if (!index) built.set(persons, (index = buildIndex(persons)));
  return index;
}

function buildIndex(persons: PersonEntity[]): PersonIndex {
  const exact = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const list = exact.get(k);
    if (!list) exact.set(k, [i]); else if (list.at(-1) !== i) list.push(i);
  };
  const lines: string[] = [];
  const lineStarts: number[] = [];
  const lineOwner: number[] = [];
  let at = 0;
  persons.forEach((p, i) => {
    add('i:' + fold(p.id), i);
    for (const n of new Set([p.name, ...p.names])) {
      add('w:' + nameWords(n), i);
      // fold() turns every run of whitespace into one space, so no line holds a newline.
      const line = fold(n);
      lines.push(line);
      lineStarts.push(at);
      lineOwner.push(i);
      at += line.length + 1;
    }
    if (p.surname) add('s:' + fold(p.surname), i);
  });
  return { persons, byId: new Map(persons.map((p) => [p.id, p])), exact, haystack: lines.join('\n'), lineStarts, lineOwner };
}

/** Positions (in index.persons) of people whose id, name words, alias words or surname equal the query's. */
export function exactCandidates(index: PersonIndex, query: string): Set<number> {
  const q = fold(query);
  const found = new Set<number>();
  for (const k of ['i:' + q, 'w:' + nameWords(query), 's:' + q]) for (const i of index.exact.get(k) ?? []) found.add(i);
  return found;
}

/** Positions of people one of whose folded names contains the folded query. */
export function substringCandidates(index: PersonIndex, query: string): Set<number> {
  const q = fold(query);
  const found = new Set<number>();
  if (!q) {
    index.persons.forEach((_, i) => found.add(i));
    return found;
  }
  if (q.includes('\n')) return found;
  const { haystack, lineStarts, lineOwner } = index;
  let from = 0;
  while (from <= haystack.length) {
    const hit = haystack.indexOf(q, from);
    if (hit < 0) break;
    const line = lastAtOrBefore(lineStarts, hit);
    found.add(lineOwner[line]);
    // One hit per line is enough: go on from the next line.
    from = line + 1 < lineStarts.length ? lineStarts[line + 1] : haystack.length + 1;
  }
  return found;
}

function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0, hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid; else hi = mid - 1;
  }
  return lo;
}
