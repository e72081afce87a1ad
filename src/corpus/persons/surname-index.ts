// Nodes by folded surname (every variant a node carries), and each surname's spelling variants in the corpus.
import type { PersonNode } from './nodes.ts';
import { push } from './nodes.ts';
import type { ComparisonMemo } from './memo.ts';

export class SurnameIndex {
  /** Node indices in increasing order, per surname; keys in order of first appearance. */
  readonly nodesBySurname = new Map<string, number[]>();
  private variants = new Map<string, string[]>();
  constructor(nodes: PersonNode[], memo: ComparisonMemo) {
    for (const n of nodes) for (const sn of n.surnames) push(this.nodesBySurname, sn, n.index);
    // Variants are compared once per pair of distinct surnames sharing a first letter, not per pair of people.
    // Each surname's list: itself, then its variants in order of first appearance.
    const byLetter = new Map<string, string[]>();
    for (const sn of this.nodesBySurname.keys()) push(byLetter, sn[0] ?? '', sn);
    for (const list of byLetter.values()) {
      for (const a of list) this.variants.set(a, [a]);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (list[i] !== list[j] && memo.surnamesMatch(list[i], list[j])) { this.variants.get(list[i])!.push(list[j]); this.variants.get(list[j])!.push(list[i]); }
        }
      }
    }
  }
  variantsOf(surname: string): string[] { return this.variants.get(surname) ?? [surname]; }
  /** The surnames a node's own surnames match, in the order the resolver visits them (repeats included). */
  likeSurnames(node: PersonNode): string[] {
    const out: string[] = [];
    for (const sn of node.surnames) for (const v of this.variantsOf(sn)) out.push(v);
    return out;
  }
  /** Nodes whose surname is this one or a spelling variant of it, in first-visit order. */
  nodesLike(node: PersonNode): number[] {
    const out = new Set<number>();
    for (const v of this.likeSurnames(node)) for (const i of this.nodesBySurname.get(v) ?? []) out.add(i);
    return [...out];
  }
}
