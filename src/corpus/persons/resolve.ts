// People across documents: one entity per person, from the person actors of every record.
//
// Rules (../shared/design.md, issue 5):
// - same full name in any order or case ("MOTEGI Toshimitsu" = "Toshimitsu Motegi") → same person;
// - same given name and a surname spelling variant (Kasjyanov/Kasiyanov, Disanayake/Dissanayake),
//   with no conflicting country → same person;
// - a surname alone ("Ambassador Kono") joins a person only when exactly one entity has that surname
//   and country and a title it can continue; otherwise it stays apart and each lists the other in
//   possibleMatches. A surname alone never merges two people.
// - analysts' corrections, keyed by (docId, name), apply on top: a split keeps two appearances apart
//   whatever the automatic rules say; a merge joins their entities (and wins over an earlier split
//   of the same pair; the later correction of a pair wins).
import type { Actor } from '../../record.ts';
import type { Appearance, CorpusDocument, PersonCorrection, PersonEntity, PersonRole } from '../types.ts';
import { countryKey, knownCountries, personCountry } from '../countries.ts';
import { fold, slug } from '../text.ts';
import { givenNamesMatch, parseName, surnamesMatch, type ParsedName } from './names.ts';
import { canonicalOffice, titlesCompatible } from './titles.ts';

/** One person actor of one document. */
interface PersonNode {
  index: number;
  docId: string;
  actorId: string;
  date: string | null;
  name: string;
  /** The name and the aliases as written. */
  spellings: string[];
  /** Parsed forms of the name and of the aliases with more than one word. */
  forms: ParsedName[];
  /** Folded surname and its variants (single-word aliases). */
  surnames: string[];
  surnameDisplay: string;
  given: string | null;
  titles: string[];
  country: string | null;
  countryDisplay: string | null;
}

function buildNodes(docs: CorpusDocument[], known: Set<string>): PersonNode[] {
  const nodes: PersonNode[] = [];
  for (const doc of docs) {
    for (const actor of doc.record.actors ?? []) {
      if (actor.kind !== 'person') continue;
      const node = toNode(doc, actor, known, nodes.length);
      if (node) nodes.push(node);
    }
  }
  return nodes;
}

function toNode(doc: CorpusDocument, actor: Actor, known: Set<string>, index: number): PersonNode | null {
  const main = parseName(actor.name, actor.surname, actor.given);
  if (!main) return null;
  const forms = [main];
  const surnames = new Set([main.surname]);
  for (const alias of actor.aliases ?? []) {
    const p = parseName(alias, undefined, actor.given);
    if (!p) continue;
    if (p.tokens.length === 1) surnames.add(p.surname);
    else forms.push(p);
  }
  if (actor.surname) surnames.add(fold(actor.surname));
  const country = personCountry(actor, known);
  return {
    index, docId: doc.docId, actorId: actor.id, date: doc.date ?? doc.record.document?.date ?? null,
    name: actor.name, spellings: unique([actor.name, ...(actor.aliases ?? [])]), forms,
    surnames: [...surnames], surnameDisplay: main.surnameDisplay,
    given: forms.map((f) => f.given).find((g) => g !== null) ?? null,
    titles: unique((actor.titles ?? []).map((t) => t.trim()).filter(Boolean)),
    country, countryDisplay: actor.country ?? (country ? titleCase(country) : null),
  };
}

/** Both countries known and different: two people. */
function countriesConflict(a: PersonNode, b: PersonNode): boolean {
  return a.country !== null && b.country !== null && a.country !== b.country;
}

/** Some title of one continues some title of the other ("former Prime Minister" / "Prime Minister"). */
function rolesContinue(a: PersonNode, b: PersonNode, known: Set<string>): boolean {
  return a.titles.some((t) => b.titles.some((u) => titlesCompatible(t, u, known)));
}

/**
 * Full names (given name known on both sides) that name one person. Countries that differ keep two
 * full names apart only when no title continues the other: the country an extractor gives a person
 * is weaker evidence than a full name with the same office.
 */
function fullNamesMatch(a: PersonNode, b: PersonNode, known: Set<string>): boolean {
  if (!a.given || !b.given) return false;
  if (countriesConflict(a, b) && !rolesContinue(a, b, known)) return false;
  for (const fa of a.forms) {
    for (const fb of b.forms) {
      if (fa.tokens.length > 1 && fa.tokens.join(' ') === fb.tokens.join(' ')) return true;
      if (!fa.given || !fb.given) continue;
      if (surnamesMatch(fa.surname, fb.surname) && givenNamesMatch(fa.given, fb.given)) return true;
      // The same two words with the family name guessed on different sides ("Kishida Fumio" / "Fumio Kishida").
      if (surnamesMatch(fa.surname, fb.given) && givenNamesMatch(fa.given, fb.surname)) return true;
    }
  }
  for (const sa of a.surnames) for (const sb of b.surnames) if (surnamesMatch(sa, sb) && givenNamesMatch(a.given, b.given)) return true;
  return false;
}

/** Union-find over nodes that refuses unions forbidden by analysts' splits. */
class Clusters {
  private parent: number[];
  private members: Map<number, number[]>;
  constructor(n: number, private cannot: Map<number, Set<number>>) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = new Map(this.parent.map((i) => [i, [i]]));
  }
  find(i: number): number {
    while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]]; i = this.parent[i]; }
    return i;
  }
  membersOf(i: number): number[] { return this.members.get(this.find(i)) ?? []; }
  roots(): number[] { return [...this.members.keys()]; }
  /** True when some split forbids joining the clusters of i and j. */
  forbidden(i: number, j: number): boolean {
    if (this.cannot.size === 0) return false; // no analyst's split: nothing to check
    const ri = this.find(i), rj = this.find(j);
    if (ri === rj) return false;
    for (const m of this.membersOf(ri)) for (const x of this.cannot.get(m) ?? []) if (this.find(x) === rj) return true;
    return false;
  }
  union(i: number, j: number, force = false): boolean {
    const ri = this.find(i), rj = this.find(j);
    if (ri === rj) return true;
    if (!force && this.forbidden(ri, rj)) return false;
    const [big, small] = (this.members.get(ri)!.length >= this.members.get(rj)!.length) ? [ri, rj] : [rj, ri];
    this.parent[small] = big;
    this.members.get(big)!.push(...this.members.get(small)!);
    this.members.delete(small);
    return true;
  }
}

/** Nodes a correction's (docId, name) designates: the exact name or alias, else the surname, in that document. */
function nodesFor(ref: { docId: string; name: string }, byDoc: Map<string, PersonNode[]>): PersonNode[] {
  const inDoc = byDoc.get(ref.docId) ?? [];
  const want = fold(ref.name.trim());
  const exact = inDoc.filter((n) => n.spellings.some((s) => fold(s) === want));
  if (exact.length) return exact;
  const parsed = parseName(ref.name);
  if (!parsed) return [];
  const wantTokens = parsed.tokens.join(' ');
  const sameTokens = inDoc.filter((n) => n.forms.some((f) => f.tokens.join(' ') === wantTokens));
  if (sameTokens.length) return sameTokens;
  return parsed.tokens.length === 1 ? inDoc.filter((n) => n.surnames.includes(parsed.surname)) : [];
}

function correctionPairs(corrections: PersonCorrection[], nodes: PersonNode[]) {
  const byDoc = new Map<string, PersonNode[]>();
  for (const n of nodes) push(byDoc, n.docId, n);
  // The later correction of a pair wins.
  const last = new Map<string, { kind: 'merge' | 'split'; a: number; b: number }>();
  for (const c of corrections) {
    for (const a of nodesFor(c.a, byDoc)) {
      for (const b of nodesFor(c.b, byDoc)) {
        if (a.index === b.index) continue;
        const key = a.index < b.index ? `${a.index}:${b.index}` : `${b.index}:${a.index}`;
        last.delete(key);
        last.set(key, { kind: c.kind, a: a.index, b: b.index });
      }
    }
  }
  const merges: [number, number][] = [];
  const cannot = new Map<number, Set<number>>();
  for (const p of last.values()) {
    if (p.kind === 'merge') merges.push([p.a, p.b]);
    else {
      if (!cannot.has(p.a)) cannot.set(p.a, new Set());
      if (!cannot.has(p.b)) cannot.set(p.b, new Set());
      cannot.get(p.a)!.add(p.b);
      cannot.get(p.b)!.add(p.a);
    }
  }
  return { merges, cannot };
}

/** Nodes by folded surname (every variant a node carries), and each surname's spelling variants in the corpus. */
class SurnameIndex {
  readonly nodesBySurname = new Map<string, number[]>();
  private variants = new Map<string, string[]>();
  constructor(nodes: PersonNode[]) {
    // (Lists grow in place: a surname seen in thousands of readouts must not be copied each time.)
    for (const n of nodes) for (const sn of n.surnames) push(this.nodesBySurname, sn, n.index);
    // Variants are compared once per pair of distinct surnames sharing a first letter, not per pair of people.
    const byLetter = new Map<string, string[]>();
    for (const sn of this.nodesBySurname.keys()) push(byLetter, sn[0] ?? '', sn);
    for (const list of byLetter.values()) {
      for (const a of list) this.variants.set(a, [a]);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (list[i] !== list[j] && surnamesMatch(list[i], list[j])) { this.variants.get(list[i])!.push(list[j]); this.variants.get(list[j])!.push(list[i]); }
        }
      }
    }
  }
  variantsOf(surname: string): string[] { return this.variants.get(surname) ?? [surname]; }
  /** Nodes whose surname is this one or a spelling variant of it. */
  nodesLike(node: PersonNode): number[] {
    const out = new Set<number>();
    for (const sn of node.surnames) for (const v of this.variantsOf(sn)) for (const i of this.nodesBySurname.get(v) ?? []) out.add(i);
    return [...out];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Everything the full-name rule reads of a node: two nodes alike in all of it match the same nodes. */
function matchSignature(n: PersonNode): string {
  return JSON.stringify([n.given, n.country, [...n.titles].sort(), [...n.surnames].sort(), n.forms.map((f) => [f.tokens, f.surname, f.given])]);
}

/**
 * Pairs worth testing with the full-name rule: identical token sets, or surnames that are spelling
 * variants. With `collapse` (no analyst's corrections, so clusters are the connected components of
 * the match relation, whatever the order), appearances alike in everything the rule reads are paired
 * with the first of their kind only, and only those firsts are paired with each other: a person seen
 * in thousands of readouts no longer costs millions of comparisons.
 */
function* candidatePairs(nodes: PersonNode[], index: SurnameIndex, collapse: boolean): Generator<[number, number]> {
  const byTokens = new Map<string, number[]>();
  for (const n of nodes) {
    for (const key of new Set(n.forms.filter((f) => f.tokens.length > 1).map((f) => f.tokens.join(' ')))) push(byTokens, key, n.index);
  }
  for (const list of byTokens.values()) for (let i = 1; i < list.length; i++) yield [list[0], list[i]];
  let bySurname = index.nodesBySurname;
  if (collapse) {
    const first = new Map<string, number>();
    bySurname = new Map();
    for (const [surname, list] of index.nodesBySurname) {
      for (const i of list) {
        if (!nodes[i].given) continue;
        const sig = matchSignature(nodes[i]);
        const r = first.get(sig);
        if (r === undefined) first.set(sig, i);
        else if (r !== i) { yield [r, i]; continue; }
        push(bySurname, surname, i);
      }
    }
  }
  for (const [surname, list] of bySurname) {
    for (const variant of index.variantsOf(surname)) {
      if (variant < surname) continue; // each pair of surnames once
      const other = bySurname.get(variant) ?? [];
      for (let i = 0; i < list.length; i++) {
        for (let j = variant === surname ? i + 1 : 0; j < other.length; j++) {
          if (nodes[list[i]].given && nodes[other[j]].given) yield [list[i], other[j]];
        }
      }
    }
  }
}

export function resolvePersons(docs: CorpusDocument[], corrections: PersonCorrection[] = []): PersonEntity[] {
  const known = knownCountries(docs.map((d) => d.record));
  const nodes = buildNodes(docs, known);
  const { merges, cannot } = correctionPairs(corrections, nodes);
  const clusters = new Clusters(nodes.length, cannot);

  // 1. Full names (the extractor already merged mentions within a document; two actors of one document
  //    with one full name are still one person).
  const index = new SurnameIndex(nodes);
  for (const [i, j] of candidatePairs(nodes, index, corrections.length === 0)) {
    if (clusters.find(i) !== clusters.find(j) && fullNamesMatch(nodes[i], nodes[j], known)) clusters.union(i, j);
  }
  // 2. Analysts' merges (after automatic matching, so they join whole clusters).
  for (const [a, b] of merges) clusters.union(a, b, true);

  // 3. Surnames alone, oldest first: join the one person of that surname and country whose office this
  //    continues, else stay apart. Candidates are the people known by full name; only when there is none,
  //    earlier surname-only appearances (two "Ambassador Dorn" appearances are one person).
  const surnameOnly = nodes.filter((n) => !n.given && clusters.membersOf(n.index).length === 1)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.index - b.index);
  const processed = new Set<number>();
  for (const n of surnameOnly) {
    processed.add(n.index);
    if (clusters.membersOf(n.index).length > 1) continue; // joined by an analyst's merge, or an earlier step
    const full = new Map<number, PersonNode[]>();
    const thin = new Map<number, PersonNode[]>();
    for (const mi of index.nodesLike(n)) {
      const m = nodes[mi];
      if (m.index === n.index || countriesConflict(n, m)) continue;
      const root = clusters.find(m.index);
      if (root === clusters.find(n.index)) continue;
      const hasFullName = clusters.membersOf(root).some((x) => nodes[x].given);
      if (hasFullName) push(full, root, m);
      else if (processed.has(m.index)) push(thin, root, m);
    }
    const candidates = full.size ? full : thin;
    const continuing = [...candidates.entries()].filter(([root, members]) =>
      // Continuity with any role the person held, whatever country an appearance was given.
      !clusters.forbidden(n.index, root) && members.length > 0 && clusters.membersOf(root).some((m) => rolesContinue(n, nodes[m], known)));
    if (candidates.size === 1 && continuing.length === 1) clusters.union(n.index, continuing[0][0]);
  }

  return buildEntities(nodes, clusters, cannot, known, index);
}

function buildEntities(nodes: PersonNode[], clusters: Clusters, cannot: Map<number, Set<number>>, known: Set<string>, index: SurnameIndex): PersonEntity[] {
  const groups = clusters.roots().map((r) => clusters.membersOf(r).map((i) => nodes[i])
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.index - b.index));
  groups.sort((a, b) => (a[0].date ?? '9999').localeCompare(b[0].date ?? '9999') || fullestName(a).localeCompare(fullestName(b)) || a[0].index - b[0].index);

  const usedIds = new Map<string, number>();
  const entities = groups.map((members) => {
    const name = fullestName(members);
    const base = slug(name);
    const count = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, count);
    const entity: PersonEntity = {
      id: count === 1 ? base : `${base}-${count}`,
      name,
      surname: mostCommon(members.filter((m) => m.given).map((m) => m.surnameDisplay)) ?? members[0].surnameDisplay,
      names: unique(members.flatMap((m) => m.spellings)),
      country: mostCommon(members.map((m) => m.countryDisplay).filter((c): c is string => c !== null)) ?? null,
      roles: rolesOf(members, known),
      appearances: members.map((m): Appearance => ({ docId: m.docId, actorId: m.actorId, name: m.name })),
      possibleMatches: [],
    };
    return { entity, members };
  });

  // Thin evidence: a surname shared where one side knows only the surname, countries not in conflict.
  const entityOfNode = new Map<number, number>();
  entities.forEach((e, i) => e.members.forEach((m) => entityOfNode.set(m.index, i)));
  const hasFullName = entities.map((e) => e.members.some((m) => m.given));
  for (let i = 0; i < entities.length; i++) {
    if (hasFullName[i]) continue;
    const a = entities[i];
    const related = new Set<number>();
    for (const x of a.members) {
      for (const yi of index.nodesLike(x)) {
        const j = entityOfNode.get(yi)!;
        if (j === i || countriesConflict(x, nodes[yi])) continue;
        if ((cannot.get(x.index) ?? new Set()).has(yi) || a.members.some((m) => cannot.get(m.index)?.has(yi))) continue;
        related.add(j);
      }
    }
    for (const j of related) {
      const b = entities[j];
      if (!a.entity.possibleMatches.includes(b.entity.id)) a.entity.possibleMatches.push(b.entity.id);
      if (!b.entity.possibleMatches.includes(a.entity.id)) b.entity.possibleMatches.push(a.entity.id);
    }
  }
  return entities.map((e) => e.entity);
}

/** The name with the most words (then the most used, then the first seen). */
function fullestName(members: PersonNode[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const words = (s: string) => s.trim().split(/\s+/).length;
  return [...counts.keys()].sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)!)[0];
}

/** Distinct offices over time ("former Prime Minister" is a role of its own), each with its dates and documents. */
function rolesOf(members: PersonNode[], known: Set<string>): PersonRole[] {
  const roles = new Map<string, PersonRole & { spellings: Map<string, number> }>();
  for (const m of members) {
    const titles = m.titles.length ? fullestTitles(m.titles, known) : [null];
    for (const title of titles) {
      const key = title === null ? '' : `${/^\s*former\b/i.test(title) ? 'former ' : ''}${canonicalOffice(title, known)}`;
      let role = roles.get(key);
      if (!role) {
        role = { title, country: m.countryDisplay, organization: title ? organizationOf(title, known) : null, firstSeen: m.date, lastSeen: m.date, documents: [], spellings: new Map() };
        roles.set(key, role);
      }
      if (title) role.spellings.set(title, (role.spellings.get(title) ?? 0) + 1);
      if (!role.country && m.countryDisplay) role.country = m.countryDisplay;
      if (m.date && (!role.firstSeen || m.date < role.firstSeen)) role.firstSeen = m.date;
      if (m.date && (!role.lastSeen || m.date > role.lastSeen)) role.lastSeen = m.date;
      if (!role.documents.includes(m.docId)) role.documents.push(m.docId);
    }
  }
  // A title-less appearance is a role only when the person has no titled one.
  const list = [...roles.values()];
  const titled = list.filter((r) => r.title !== null);
  return (titled.length ? titled : list)
    .map(({ spellings, ...role }) => ({ ...role, title: role.title === null ? null : mostCommon([...spellings.entries()].flatMap(([t, n]) => Array(n).fill(t))) ?? role.title }))
    .sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999') || (a.title ?? '').localeCompare(b.title ?? ''));
}

/** Drops a title another title of the same appearance names more fully ("Chairman" beside "Chairman of Government …"). */
function fullestTitles(titles: string[], known: Set<string>): string[] {
  const offices = titles.map((t) => canonicalOffice(t, known));
  return titles.filter((t, i) => !titles.some((u, j) => j !== i && offices[j].length > offices[i].length && titlesCompatible(t, u, known)));
}

const ORGANIZATION_WORDS = /\b(?:University|Party|Corporation|Company|Organi[sz]ation|Association|Committee|Council|Authority|Institute|Bank|Agency|Federation of|Chamber|Foundation|Group|Fund|Union|Rosatom|Commission|Centre|Center|Service)\b/;

/** The organization a title names ("Professor of Tokai University" → "Tokai University"), not a ministry or state. */
function organizationOf(title: string, known: Set<string>): string | null {
  const m = /\b(?:of|at)\s+((?:the\s+)?[A-Z][^,;]*)$/.exec(title);
  if (!m) return null;
  const org = m[1].replace(/^the\s+/, '').trim();
  if (!ORGANIZATION_WORDS.test(org)) return null;
  if (known.has(countryKey(org) ?? '')) return null;
  return org;
}

function mostCommon<T>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined, n = 0;
  for (const [x, c] of counts) if (c > n) { best = x; n = c; }
  return best;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
