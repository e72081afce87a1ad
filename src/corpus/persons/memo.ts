// Name and title comparisons remembered for one resolution: a corpus repeats the same few
// thousand spellings and titles hundreds of thousands of times.
import { canonicalOffice, titlesCompatible } from './titles.ts';
import { givenNamesMatch, surnamesMatch } from './names.ts';

export class ComparisonMemo {
  private offices = new Map<string, string>();
  /** By pair of canonical offices: titlesCompatible reads nothing of a title but its office. */
  private compatible = new Map<string, boolean>();
  private surnames = new Map<string, boolean>();
  private givens = new Map<string, boolean>();

  constructor(readonly known: Set<string>) {}

  office(title: string): string {
    return remembered(this.offices, title, () => canonicalOffice(title, this.known));
  }

  titlesCompatible(a: string, b: string): boolean {
    return remembered(this.compatible, `${this.office(a)}\u0000${this.office(b)}`, () => titlesCompatible(a, b, this.known));
  }

  /** Some title of one list continues some title of the other. */
  rolesContinue(a: readonly string[], b: Iterable<string>): boolean {
    for (const u of b) for (const t of a) if (this.titlesCompatible(t, u)) return true;
    return false;
  }

  surnamesMatch(a: string, b: string): boolean {
    return a === b || remembered(this.surnames, `${a}\u0000${b}`, () => surnamesMatch(a, b));
  }

  givenNamesMatch(a: string, b: string): boolean {
    return a === b || remembered(this.givens, `${a}\u0000${b}`, () => givenNamesMatch(a, b));
  }
}

function remembered<V>(memo: Map<string, V>, key: string, compute: () => V): V {
  let v = memo.get(key);
  if (v === undefined) { v = compute(); memo.set(key, v); }
  return v;
}
