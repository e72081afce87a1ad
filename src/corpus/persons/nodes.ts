// Person appearances as the resolver sees them: one node per person actor of one document.
import type { Actor } from '../../record.ts';
import type { CorpusDocument } from '../types.ts';
import { personCountry } from '../countries.ts';
import { fold } from '../text.ts';
import { parseName, type ParsedName } from './names.ts';

/** One person actor of one document. */
export interface PersonNode {
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

/** What a node derives from its actor alone: the same for every appearance written alike. */
type ActorReading = Omit<PersonNode, 'index' | 'docId' | 'actorId' | 'date'>;

/** Reads only `actors` of each record (and `document.date` when the document has no date of its own). */
export function buildNodes(docs: CorpusDocument[], known: Set<string>): PersonNode[] {
  const nodes: PersonNode[] = [];
  // A person recurs in thousands of readouts written the same way: parse each way of writing once.
  const readings = new Map<string, ActorReading | null>();
  for (const doc of docs) {
    for (const actor of doc.record.actors ?? []) {
      if (actor.kind !== 'person') continue;
      const key = JSON.stringify([actor.name, actor.surname, actor.given, actor.aliases, actor.titles, actor.country]);
      let reading = readings.get(key);
      if (reading === undefined) { reading = readActor(actor, known); readings.set(key, reading); }
      if (!reading) continue;
      nodes.push({ index: nodes.length, docId: doc.docId, actorId: actor.id, date: doc.date ?? doc.record.document?.date ?? null, ...reading });
    }
  }
  return nodes;
}

function readActor(actor: Actor, known: Set<string>): ActorReading | null {
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
    name: actor.name, spellings: unique([actor.name, ...(actor.aliases ?? [])]), forms,
    surnames: [...surnames], surnameDisplay: main.surnameDisplay,
    given: forms.map((f) => f.given).find((g) => g !== null) ?? null,
    titles: unique((actor.titles ?? []).map((t) => t.trim()).filter(Boolean)),
    country, countryDisplay: actor.country ?? (country ? titleCase(country) : null),
  };
}

/** Both countries known and different: two people. */
export function countriesConflict(a: PersonNode, b: PersonNode): boolean {
  return a.country !== null && b.country !== null && a.country !== b.country;
}

/** Oldest first; appearances without a date last; then in corpus order. */
export function byDateThenIndex(a: PersonNode, b: PersonNode): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.index - b.index;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
