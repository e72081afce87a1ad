// From clusters of appearances to person entities: names, country, roles over time, possible matches.
import type { Appearance, PersonEntity, PersonRole } from '../types.ts';
import { countryKey } from '../countries.ts';
import { slug } from '../text.ts';
import type { PersonNode } from './nodes.ts';
import { byDateThenIndex, countriesConflict, unique } from './nodes.ts';
import type { Clusters } from './clusters.ts';
import type { ComparisonMemo } from './memo.ts';
import type { SurnameIndex } from './surname-index.ts';

interface Built { entity: PersonEntity; members: PersonNode[]; matches: number[] }

export function buildEntities(nodes: PersonNode[], clusters: Clusters, cannot: Map<number, Set<number>>, memo: ComparisonMemo, index: SurnameIndex): PersonEntity[] {
  const groups = clusters.roots().map((r) => clusters.membersOf(r).map((i) => nodes[i]).sort(byDateThenIndex));
  const names = new Map(groups.map((g) => [g, fullestName(g)]));
  groups.sort((a, b) => (a[0].date ?? '9999').localeCompare(b[0].date ?? '9999') || names.get(a)!.localeCompare(names.get(b)!) || a[0].index - b[0].index);

  const usedIds = new Map<string, number>();
  const entities = groups.map((members): Built => {
    const name = names.get(members)!;
    const base = slug(name);
    const count = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, count);
    const entity: PersonEntity = {
      id: count === 1 ? base : `${base}-${count}`,
      name,
      surname: mostCommon(members.filter((m) => m.given).map((m) => m.surnameDisplay)) ?? members[0].surnameDisplay,
      names: unique(members.flatMap((m) => m.spellings)),
      country: mostCommon(members.map((m) => m.countryDisplay).filter((c): c is string => c !== null)) ?? null,
      roles: rolesOf(members, memo),
      appearances: members.map((m): Appearance => ({ docId: m.docId, actorId: m.actorId, name: m.name })),
      possibleMatches: [],
    };
    return { entity, members, matches: [] };
  });
  linkPossibleMatches(entities, nodes, cannot, index);
  return entities.map((e) => {
    e.entity.possibleMatches = e.matches.map((j) => entities[j].entity.id);
    return e.entity;
  });
}

/**
 * At most this many possible matches per person, the first found. A surname alone matches every
 * person of that surname: in a large corpus a common surname's thin appearances would each list
 * hundreds of others (at 100k generated readouts, 60 million entries in all); a reader needs a few.
 */
export const MAX_POSSIBLE_MATCHES = 20;

/**
 * Thin evidence: a surname shared where one side knows only the surname, countries not in conflict.
 * An entity lists the others in the order its members (oldest first) meet their appearances, surname
 * by surname (variants in order) and corpus order within one: per surname, the entities are listed once
 * each at their first appearance, overall and per country.
 */
function linkPossibleMatches(entities: Built[], nodes: PersonNode[], cannot: Map<number, Set<number>>, index: SurnameIndex): void {
  const entityOfNode = new Int32Array(nodes.length);
  entities.forEach((e, i) => e.members.forEach((m) => { entityOfNode[m.index] = i; }));
  // Per surname: [entity, position of its first appearance] in order, over all appearances and per country.
  const firstAll = new Map<string, number[]>();
  const firstByCountry = new Map<string, Map<string | null, [number, number][]>>();
  const listed = (surname: string) => {
    let all = firstAll.get(surname);
    if (all) return;
    all = [];
    const byCountry = new Map<string | null, [number, number][]>();
    const seenAll = new Set<number>();
    const seenBy = new Map<string | null, Set<number>>();
    const list = index.nodesBySurname.get(surname) ?? [];
    list.forEach((yi, pos) => {
      const j = entityOfNode[yi], c = nodes[yi].country;
      if (!seenAll.has(j)) { seenAll.add(j); all!.push(j); }
      let seen = seenBy.get(c);
      if (!seen) { seen = new Set(); seenBy.set(c, seen); byCountry.set(c, []); }
      if (!seen.has(j)) { seen.add(j); byCountry.get(c)!.push([j, pos]); }
    });
    firstAll.set(surname, all);
    firstByCountry.set(surname, byCountry);
  };
  const merged = new Map<string, number[]>();
  /** Entities with an appearance of this surname whose country is this one or unknown, by first appearance. */
  const compatible = (surname: string, country: string | null): number[] => {
    listed(surname);
    if (country === null) return firstAll.get(surname)!;
    const key = `${surname}\u0000${country}`;
    let out = merged.get(key);
    if (!out) {
      const a = firstByCountry.get(surname)!.get(country) ?? [], b = firstByCountry.get(surname)!.get(null) ?? [];
      out = [];
      const seen = new Set<number>();
      for (let i = 0, k = 0; i < a.length || k < b.length;) {
        const [j] = k >= b.length || (i < a.length && a[i][1] < b[k][1]) ? a[i++] : b[k++];
        if (!seen.has(j)) { seen.add(j); out.push(j); }
      }
      merged.set(key, out);
    }
    return out;
  };

  // A pair is linked both ways at once; each list keeps the first MAX_POSSIBLE_MATCHES it is given
  // (short lists, so `includes` is the duplicate check).
  const linkedTo = new Int32Array(entities.length).fill(-1);
  const add = (list: number[], j: number) => { if (list.length < MAX_POSSIBLE_MATCHES && !list.includes(j)) list.push(j); };
  const link = (i: number, j: number) => {
    if (j === i || linkedTo[j] === i) return;
    linkedTo[j] = i;
    add(entities[i].matches, j);
    add(entities[j].matches, i);
  };
  for (let i = 0; i < entities.length; i++) {
    const a = entities[i];
    if (a.members.some((m) => m.given)) continue;
    if (a.members.some((m) => cannot.has(m.index))) {
      for (const j of relatedWithSplits(a, i, nodes, entityOfNode, cannot, index)) link(i, j);
      continue;
    }
    // Each member's surnames (variants in order) and country; the same pair twice adds no entity.
    const done = new Set<string>();
    for (const x of a.members) {
      for (const v of index.likeSurnames(x)) {
        const key = `${v}\u0000${x.country ?? ''}\u0000${x.country === null}`;
        if (done.has(key)) continue;
        done.add(key);
        for (const j of compatible(v, x.country)) link(i, j);
      }
    }
  }
}

/** The appearance-by-appearance walk, for an entity some of whose appearances an analyst split from others. */
function relatedWithSplits(a: Built, i: number, nodes: PersonNode[], entityOfNode: Int32Array, cannot: Map<number, Set<number>>, index: SurnameIndex): Set<number> {
  const related = new Set<number>();
  for (const x of a.members) {
    for (const yi of index.nodesLike(x)) {
      const j = entityOfNode[yi];
      if (j === i || countriesConflict(x, nodes[yi])) continue;
      if ((cannot.get(x.index) ?? new Set()).has(yi) || a.members.some((m) => cannot.get(m.index)?.has(yi))) continue;
      related.add(j);
    }
  }
  return related;
}

/** The name with the most words (then the most used, then the first seen). */
function fullestName(members: PersonNode[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const words = (s: string) => s.trim().split(/\s+/).length;
  return [...counts.keys()].sort((a, b) => words(b) - words(a) || counts.get(b)! - counts.get(a)!)[0];
}

/** Distinct offices over time ("former Prime Minister" is a role of its own), each with its dates and documents. */
function rolesOf(members: PersonNode[], memo: ComparisonMemo): PersonRole[] {
  const roles = new Map<string, PersonRole & { spellings: Map<string, number>; documentSet: Set<string> }>();
  for (const m of members) {
    const titles = m.titles.length ? fullestTitles(m.titles, memo) : [null];
    for (const title of titles) {
      const key = title === null ? '' : `${/^\s*former\b/i.test(title) ? 'former ' : ''}${memo.office(title)}`;
      let role = roles.get(key);
      if (!role) {
        role = { title, country: m.countryDisplay, organization: title ? organizationOf(title, memo.known) : null, firstSeen: m.date, lastSeen: m.date, documents: [], spellings: new Map(), documentSet: new Set() };
        roles.set(key, role);
      }
      if (title) role.spellings.set(title, (role.spellings.get(title) ?? 0) + 1);
      if (!role.country && m.countryDisplay) role.country = m.countryDisplay;
      if (m.date && (!role.firstSeen || m.date < role.firstSeen)) role.firstSeen = m.date;
      if (m.date && (!role.lastSeen || m.date > role.lastSeen)) role.lastSeen = m.date;
      if (!role.documentSet.has(m.docId)) { role.documentSet.add(m.docId); role.documents.push(m.docId); }
    }
  }
  // A title-less appearance is a role only when the person has no titled one.
  const list = [...roles.values()];
  const titled = list.filter((r) => r.title !== null);
  return (titled.length ? titled : list)
    .map(({ spellings, documentSet: _, ...role }) => ({ ...role, title: role.title === null ? null : mostUsed(spellings) ?? role.title }))
    .sort((a, b) => (a.firstSeen ?? '9999').localeCompare(b.firstSeen ?? '9999') || (a.title ?? '').localeCompare(b.title ?? ''));
}

/** The spelling used most often; the first seen among equals. */
function mostUsed(counts: Map<string, number>): string | undefined {
  let best: string | undefined, n = 0;
  for (const [x, c] of counts) if (c > n) { best = x; n = c; }
  return best;
}

/** Drops a title another title of the same appearance names more fully ("Chairman" beside "Chairman of Government …"). */
function fullestTitles(titles: string[], memo: ComparisonMemo): string[] {
  const offices = titles.map((t) => memo.office(t));
  return titles.filter((t, i) => !titles.some((u, j) => j !== i && offices[j].length > offices[i].length && memo.titlesCompatible(t, u)));
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
