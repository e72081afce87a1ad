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
    let o = this.offices.get(title);
    if (o === undefined) { o = canonicalOffice(title, this.known); this.offices.set(title, o); }
    return o;
  }

  titlesCompatible(a: string, b: string): boolean {
    const key = `${this.office(a)}\u0000${this.office(b)}`;
    let r = this.compatible.get(key);
    if (r === undefined) { r = titlesCompatible(a, b, this.known); this.compatible.set(key, r); }
    return r;
  }

  /** Some title of one list continues some title of the other. */
  rolesContinue(a: readonly string[], b: Iterable<string>): boolean {
    for (const u of b) for (const t of a) if (this.titlesCompatible(t, u)) return true;
    return false;
  }

  surnamesMatch(a: string, b: string): boolean {
    if (a === b) return true;
    const key = `${a}\u0000${b}`;
    let r = this.surnames.get(key);
    if (r === undefined) { r = surnamesMatch(a, b); this.surnames.set(key, r); }
    return r;
  }

  givenNamesMatch(a: string, b: string): boolean {
    if (a === b) return true;
    const key = `${a}\u0000${b}`;
    let r = this.givens.get(key);
    if (r === undefined) { r = givenNamesMatch(a, b); this.givens.set(key, r); }
    return r;
  }
}
