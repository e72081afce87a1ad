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
import type { CorpusDocument, PersonCorrection, PersonEntity } from '../types.ts';
import { knownCountries } from '../countries.ts';
import { fold } from '../text.ts';
import { parseName } from './names.ts';
import { buildNodes, push, type PersonNode } from './nodes.ts';
import { ComparisonMemo } from './memo.ts';
import { Clusters } from './clusters.ts';
import { SurnameIndex } from './surname-index.ts';
import { clusterFullNames } from './full-names.ts';
import { joinSurnamesAlone } from './surname-only.ts';
import { buildEntities } from './entities.ts';

/**
 * People across documents. `known`: the states the corpus knows (knownCountries of every record); when
 * given, the records are read for nothing but `actors` (and `document.date` of documents without a date),
 * so callers may pass slim records.
 */
export function resolvePersons(docs: CorpusDocument[], corrections: PersonCorrection[] = [], known?: Set<string>): PersonEntity[] {
  const states = known ?? knownCountries(docs.map((d) => d.record));
  const memo = new ComparisonMemo(states);
  const nodes = buildNodes(docs, states);
  const { merges, cannot } = correctionPairs(corrections, nodes);
  const clusters = new Clusters(nodes.length, cannot);

  // 1. Full names (the extractor already merged mentions within a document; two actors of one document
  //    with one full name are still one person).
  const index = new SurnameIndex(nodes, memo);
  clusterFullNames(nodes, index, clusters, cannot, memo, corrections.length === 0);
  // 2. Analysts' merges (after automatic matching, so they join whole clusters).
  for (const [a, b] of merges) clusters.union(a, b, true);
  // 3. Surnames alone, oldest first.
  joinSurnamesAlone(nodes, index, clusters, memo);

  return buildEntities(nodes, clusters, cannot, memo, index);
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
