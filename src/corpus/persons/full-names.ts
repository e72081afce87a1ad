// Step 1 of person resolution: full names that name one person (rules in resolve.ts).
//
// Without analysts' splits, the clusters of this step are the connected components of the match
// relation over candidate pairs, in any order. They are found here per surname (and spelling variant)
// on groups of appearances that provably match each other, so that a person seen in thousands of
// readouts, or a surname shared by hundreds of people, costs about one comparison per group.
// With splits, components holding a split pair are replayed pair by pair in the original order.
import type { PersonNode } from './nodes.ts';
import { countriesConflict, push } from './nodes.ts';
import type { ComparisonMemo } from './memo.ts';
import type { SurnameIndex } from './surname-index.ts';
import { Clusters } from './clusters.ts';

/**
 * Full names (given name known on both sides) that name one person. Countries that differ keep two
 * full names apart only when no title continues the other: the country an extractor gives a person
 * is weaker evidence than a full name with the same office.
 */
export function fullNamesMatch(a: PersonNode, b: PersonNode, memo: ComparisonMemo): boolean {
  if (!a.given || !b.given) return false;
  if (countriesConflict(a, b) && !memo.rolesContinue(a.titles, b.titles)) return false;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      if (fa.tokens.length > 1 && fa.tokens.join(' ') === fb.tokens.join(' ')) return true;
      if (!fa.given || !fb.given) continue;
      if (memo.surnamesMatch(fa.surname, fb.surname) && memo.givenNamesMatch(fa.given, fb.given)) return true;
      // The same two words with the family name guessed on different sides ("Kishida Fumio" / "Fumio Kishida").
      if (memo.surnamesMatch(fa.surname, fb.given) && memo.givenNamesMatch(fa.given, fb.surname)) return true;
    }
  }
  for (const sa of a.surnames) for (const sb of b.surnames) if (memo.surnamesMatch(sa, sb) && memo.givenNamesMatch(a.given, b.given)) return true;
  return false;
}

/** Everything the full-name rule reads of a node: two nodes alike in all of it match the same nodes. */
function matchSignature(n: PersonNode): string {
  return JSON.stringify([n.given, n.country, [...n.titles].sort(), [...n.surnames].sort(), n.forms.map((f) => [f.tokens, f.surname, f.given])]);
}

/** Appearances alike in everything the full-name rule reads. */
interface Kind { rep: PersonNode; first: number; last: number }

/** Kinds of one surname list sharing a given name and a country: all of them match each other. */
interface Group {
  given: string;
  country: string | null;
  kinds: Kind[];
  /** Titles of all members, one per office. */
  titles: string[];
  /** Multi-word token strings, and (surname, given) pairs of forms with a given name. */
  tokens: Set<string>;
  atoms: [string, string][];
}

/**
 * The pairs the full-name rule is tried on: the first appearance of each multi-word token string
 * with every other appearance of it; and appearances with given names whose surnames are spelling
 * variants. `collapse` is the order of the original pass without corrections (appearances alike in
 * everything paired with the first of their kind; firsts paired in corpus order); otherwise every
 * pair of appearances is tried, the earlier one first.
 */
export function clusterFullNames(nodes: PersonNode[], index: SurnameIndex, clusters: Clusters, cannot: Map<number, Set<number>>, memo: ComparisonMemo, collapse: boolean): void {
  const byTokens = new Map<string, number[]>();
  for (const n of nodes) {
    for (const key of new Set(n.forms.filter((f) => f.tokens.length > 1).map((f) => f.tokens.join(' ')))) push(byTokens, key, n.index);
  }
  // Components without regard to splits.
  const free = cannot.size === 0 ? clusters : new Clusters(nodes.length, new Map());
  for (const list of byTokens.values()) {
    for (let i = 1; i < list.length; i++) {
      if (free.find(list[0]) !== free.find(list[i]) && fullNamesMatch(nodes[list[0]], nodes[list[i]], memo)) free.union(list[0], list[i]);
    }
  }
  const kindOf = kindsOf(nodes, free);
  const groupsBySurname = new Map<string, Group[]>();
  const groupsOf = (surname: string): Group[] => {
    let g = groupsBySurname.get(surname);
    if (!g) { g = groupKinds(index.nodesBySurname.get(surname) ?? [], nodes, kindOf, free, memo); groupsBySurname.set(surname, g); }
    return g;
  };
  for (const surname of index.nodesBySurname.keys()) {
    for (const variant of index.variantsOf(surname)) {
      if (variant < surname) continue; // each pair of surnames once
      const same = variant === surname;
      const gs = groupsOf(surname), gv = same ? gs : groupsOf(variant);
      for (let i = 0; i < gs.length; i++) {
        for (let j = same ? i + 1 : 0; j < gv.length; j++) joinGroups(gs[i], gv[j], same, free, memo, collapse);
      }
    }
  }
  if (free === clusters) return;

  // Splits: a component with no split pair inside is whole whatever the order; the others are replayed.
  const dirty = new Set<number>();
  for (const [a, xs] of cannot) for (const b of xs) if (free.find(a) === free.find(b)) dirty.add(free.find(a));
  for (const root of free.roots()) {
    if (dirty.has(root)) continue;
    const members = free.membersOf(root);
    for (let k = 1; k < members.length; k++) clusters.union(members[0], members[k], true);
  }
  if (dirty.size === 0) return;
  const inDirty = (i: number) => dirty.has(free.find(i));
  const tryPair = (i: number, j: number) => {
    if (free.find(i) !== free.find(j)) return; // different components never match
    if (clusters.find(i) !== clusters.find(j) && fullNamesMatch(nodes[i], nodes[j], memo)) clusters.union(i, j);
  };
  for (const list of byTokens.values()) {
    if (!inDirty(list[0])) continue;
    for (let i = 1; i < list.length; i++) tryPair(list[0], list[i]);
  }
  const dirtyBySurname = new Map<string, number[]>();
  for (const [surname, list] of index.nodesBySurname) dirtyBySurname.set(surname, list.filter((i) => nodes[i].given && inDirty(i)));
  for (const [surname, list] of dirtyBySurname) {
    if (list.length === 0) continue;
    for (const variant of index.variantsOf(surname)) {
      if (variant < surname) continue;
      const other = dirtyBySurname.get(variant) ?? [];
      for (let i = 0; i < list.length; i++) for (let j = variant === surname ? i + 1 : 0; j < other.length; j++) tryPair(list[i], other[j]);
    }
  }
}

/** Appearances with a given name, grouped by signature (each kind's appearances joined: they match each other). */
function kindsOf(nodes: PersonNode[], free: Clusters): Map<number, Kind> {
  const bySig = new Map<string, Kind>();
  const kindOf = new Map<number, Kind>();
  // Nodes read from one way of writing an actor share its forms (nodes.ts): one signature each.
  const sigOfReading = new Map<readonly unknown[], string>();
  for (const n of nodes) {
    if (!n.given) continue;
    let sig = sigOfReading.get(n.forms);
    if (sig === undefined) { sig = matchSignature(n); sigOfReading.set(n.forms, sig); }
    const k = bySig.get(sig);
    if (k) { k.last = n.index; free.union(k.rep.index, n.index); kindOf.set(n.index, k); }
    else { const nk = { rep: n, first: n.index, last: n.index }; bySig.set(sig, nk); kindOf.set(n.index, nk); }
  }
  return kindOf;
}

/** The kinds of one surname's list, grouped by (given name, country); each group joined. */
function groupKinds(list: number[], nodes: PersonNode[], kindOf: Map<number, Kind>, free: Clusters, memo: ComparisonMemo): Group[] {
  const groups = new Map<string, Group>();
  const seen = new Set<Kind>();
  for (const i of list) {
    const kind = kindOf.get(i);
    if (!kind || seen.has(kind)) continue;
    seen.add(kind);
    const n = kind.rep;
    const key = `${n.given}\u0000${n.country ?? ''}`;
    let g = groups.get(key);
    if (!g) { g = { given: n.given!, country: n.country, kinds: [], titles: [], tokens: new Set(), atoms: [] }; groups.set(key, g); }
    else free.union(g.kinds[0].rep.index, n.index); // same surname, given name and country: they match
    g.kinds.push(kind);
    for (const t of n.titles) if (!g.titles.some((u) => memo.office(u) === memo.office(t))) g.titles.push(t);
    for (const f of n.forms) {
      if (f.tokens.length > 1) g.tokens.add(f.tokens.join(' '));
      if (f.given && !g.atoms.some(([s, gv]) => s === f.surname && gv === f.given)) g.atoms.push([f.surname, f.given]);
    }
  }
  return [...groups.values()];
}

/**
 * Joins two groups (of surnames that are spelling variants) when some pair of their appearances
 * matches. Same or compatible given names: the surname rule holds for every pair, so only the
 * countries' gate is left, and it reads titles only. Otherwise only the name forms can match: those
 * are checked on the groups first and kind by kind only when some form could match.
 */
function joinGroups(x: Group, y: Group, same: boolean, free: Clusters, memo: ComparisonMemo, collapse: boolean): void {
  if (free.find(x.kinds[0].rep.index) === free.find(y.kinds[0].rep.index)) return;
  const conflict = x.country !== null && y.country !== null && x.country !== y.country;
  if (memo.givenNamesMatch(x.given, y.given)) {
    if (!conflict || memo.rolesContinue(x.titles, y.titles)) free.union(x.kinds[0].rep.index, y.kinds[0].rep.index);
    return;
  }
  if (!formsMayMatch(x, y, memo)) return;
  for (const kx of x.kinds) {
    for (const ky of y.kinds) {
      if (kx === ky) continue;
      const a = kx.rep, b = ky.rep;
      if (free.find(a.index) === free.find(b.index)) continue;
      // Which way round the rule is tried: it is not symmetric (family name guessed on different sides).
      let match: boolean;
      if (!same) match = fullNamesMatch(a, b, memo);
      else if (collapse) match = a.index < b.index ? fullNamesMatch(a, b, memo) : fullNamesMatch(b, a, memo);
      else match = (kx.first < ky.last && fullNamesMatch(a, b, memo)) || (ky.first < kx.last && fullNamesMatch(b, a, memo));
      if (match) free.union(a.index, b.index);
    }
  }
}

/** Some multi-word token string shared, or some pair of forms whose names match either way round. */
function formsMayMatch(x: Group, y: Group, memo: ComparisonMemo): boolean {
  for (const t of x.tokens) if (y.tokens.has(t)) return true;
  for (const [s1, g1] of x.atoms) {
    for (const [s2, g2] of y.atoms) {
      if (memo.surnamesMatch(s1, s2) && memo.givenNamesMatch(g1, g2)) return true;
      if (memo.surnamesMatch(s1, g2) && memo.givenNamesMatch(g1, s2)) return true;
      if (memo.surnamesMatch(s2, g1) && memo.givenNamesMatch(g2, s1)) return true;
    }
  }
  return false;
}
