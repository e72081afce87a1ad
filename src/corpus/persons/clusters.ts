// Union-find over person nodes that refuses unions forbidden by analysts' splits.
// Only the partition matters to the result: which member is a cluster's root does not.

export class Clusters {
  private parent: Int32Array;
  private members: (number[] | undefined)[];
  constructor(n: number, private cannot: Map<number, Set<number>>) {
    this.parent = new Int32Array(n);
    this.members = new Array(n);
    for (let i = 0; i < n; i++) { this.parent[i] = i; this.members[i] = [i]; }
  }
  find(i: number): number {
    while (this.parent[i] !== i) { this.parent[i] = this.parent[this.parent[i]]; i = this.parent[i]; }
    return i;
  }
  membersOf(i: number): number[] { return this.members[this.find(i)] ?? []; }
  sizeOf(i: number): number { return this.membersOf(i).length; }
  /** Roots in increasing order. */
  roots(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.parent.length; i++) if (this.parent[i] === i) out.push(i);
    return out;
  }
  /** True when some split forbids joining the clusters of i and j. */
  forbidden(i: number, j: number): boolean {
    if (this.cannot.size === 0) return false; // no analyst's split: nothing to check
    let ri = this.find(i), rj = this.find(j);
    if (ri === rj) return false;
    // Splits are symmetric: scan the smaller cluster.
    if (this.members[ri]!.length > this.members[rj]!.length) [ri, rj] = [rj, ri];
    for (const m of this.members[ri]!) {
      const xs = this.cannot.get(m);
      if (xs) for (const x of xs) if (this.find(x) === rj) return true;
    }
    return false;
  }
  /** Joins a one-member cluster into another, keeping the other's root (callers key data by root). */
  absorb(single: number, into: number): void {
    const r = this.find(into);
    if (this.members[single]?.length !== 1 || this.parent[single] !== single) throw new Error(`person resolution: node ${single} is not alone in its cluster`);
    this.parent[single] = r;
    this.members[r]!.push(single);
    this.members[single] = undefined;
  }
  union(i: number, j: number, force = false): boolean {
    const ri = this.find(i), rj = this.find(j);
    if (ri === rj) return true;
    if (!force && this.forbidden(ri, rj)) return false;
    const [big, small] = this.members[ri]!.length >= this.members[rj]!.length ? [ri, rj] : [rj, ri];
    this.parent[small] = big;
    const into = this.members[big]!;
    for (const m of this.members[small]!) into.push(m);
    this.members[small] = undefined;
    return true;
  }
}
