// Step 3 of person resolution: surnames alone, oldest first, join the one person of that surname and
// country whose office they continue, else stay apart. Candidates are the people known by full name;
// only when there is none, earlier surname-only appearances (two "Ambassador Dorn" appearances are one
// person). Instead of visiting every appearance of a surname per surname-only appearance, the clusters
// that could be candidates are kept per surname and country, and each cluster's offices per cluster.
import type { PersonNode } from './nodes.ts';
import { byDateThenIndex } from './nodes.ts';
import type { Clusters } from './clusters.ts';
import type { ComparisonMemo } from './memo.ts';
import type { SurnameIndex } from './surname-index.ts';

/** Clusters holding some appearance with a surname: all of them, and by that appearance's country. */
class ClustersBySurname {
  private all = new Map<string, Set<number>>();
  private byCountry = new Map<string, Map<string | null, Set<number>>>();
  add(surname: string, country: string | null, root: number): void {
    let a = this.all.get(surname);
    if (!a) { a = new Set(); this.all.set(surname, a); }
    a.add(root);
    let bc = this.byCountry.get(surname);
    if (!bc) { bc = new Map(); this.byCountry.set(surname, bc); }
    let s = bc.get(country);
    if (!s) { s = new Set(); bc.set(country, s); }
    s.add(root);
  }
  /** Up to two distinct clusters with an appearance of one of these surnames whose country does not conflict. */
  firstTwo(surnames: string[], country: string | null): number[] {
    const found: number[] = [];
    const take = (set: Set<number> | undefined) => {
      if (!set) return;
      for (const r of set) {
        if (!found.includes(r)) found.push(r);
        if (found.length >= 2) return;
      }
    };
    for (const v of surnames) {
      if (country === null) take(this.all.get(v));
      else { take(this.byCountry.get(v)?.get(country)); take(this.byCountry.get(v)?.get(null)); }
      if (found.length >= 2) break;
    }
    return found;
  }
}

export function joinSurnamesAlone(nodes: PersonNode[], index: SurnameIndex, clusters: Clusters, memo: ComparisonMemo): void {
  const hasFullName = new Set<number>();
  for (const n of nodes) if (n.given) hasFullName.add(clusters.find(n.index));
  const full = new ClustersBySurname();
  for (const n of nodes) {
    const root = clusters.find(n.index);
    if (hasFullName.has(root)) for (const sn of n.surnames) full.add(sn, n.country, root);
  }
  // Surname-only appearances already decided (processed), by the cluster they ended in; all without a full name.
  const thin = new ClustersBySurname();
  // Each cluster's titles, one per office, filled when first needed.
  const officesOf = new Map<number, Map<string, string>>();
  const offices = (root: number): Map<string, string> => {
    let o = officesOf.get(root);
    if (!o) {
      o = new Map();
      for (const m of clusters.membersOf(root)) for (const t of nodes[m].titles) if (!o.has(memo.office(t))) o.set(memo.office(t), t);
      officesOf.set(root, o);
    }
    return o;
  };

  const surnameOnly = nodes.filter((n) => !n.given && clusters.sizeOf(n.index) === 1).sort(byDateThenIndex);
  for (const n of surnameOnly) {
    if (clusters.sizeOf(n.index) > 1) continue; // joined by an analyst's merge, or an earlier step
    const like = index.likeSurnames(n);
    let candidates = full.firstTwo(like, n.country);
    let into = full;
    if (candidates.length === 0) { candidates = thin.firstTwo(like, n.country); into = thin; }
    let root = n.index;
    if (candidates.length === 1) {
      const r = candidates[0];
      // Continuity with any role the person held, whatever country an appearance was given.
      if (!clusters.forbidden(n.index, r) && memo.rolesContinue(n.titles, offices(r).values())) {
        clusters.absorb(n.index, r);
        const o = offices(r);
        for (const t of n.titles) if (!o.has(memo.office(t))) o.set(memo.office(t), t);
        root = r;
      } else into = thin;
    } else into = thin;
    for (const sn of n.surnames) into.add(sn, n.country, root);
  }
}
