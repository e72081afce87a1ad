// Who an actor of a record is across the corpus: person entities, countries and organizations.
// Commitments and evidence are compared through these, so "Prime Minister Hallvik" in 2022 and
// "Foreign Minister Hallvik" in 2020 are one actor, and a Varenian minister stands for Varenia.
import type { Actor } from '../../record.ts';
import type { CorpusDocument, PersonEntity } from '../types.ts';
import { countryActorKey, countryKey, personCountry } from '../countries.ts';
import { fold } from '../text.ts';

export interface Party {
  persons: Set<string>;
  countries: Set<string>;
  organizations: Set<string>;
  /** Display names, for reasons. */
  names: string[];
}

export class PartyResolver {
  private personOf = new Map<string, string>();
  private personCountryOf = new Map<string, string | null>();
  private actorsOf = new Map<string, Map<string, Actor>>();

  constructor(docs: CorpusDocument[], persons: PersonEntity[], private known: Set<string>) {
    for (const p of persons) {
      this.personCountryOf.set(p.id, countryKey(p.country));
      for (const a of p.appearances) this.personOf.set(`${a.docId}\u0000${a.actorId}`, p.id);
    }
    for (const d of docs) this.actorsOf.set(d.docId, new Map((d.record.actors ?? []).map((a) => [a.id, a])));
  }

  actor(docId: string, actorId: string): Actor | undefined {
    return this.actorsOf.get(docId)?.get(actorId);
  }

  /** One party per actor; a group becomes its members. */
  parties(docId: string, actorIds: (string | null | undefined)[], seen = new Set<string>()): Party[] {
    const out: Party[] = [];
    for (const id of actorIds) {
      if (!id || seen.has(id)) continue;
      seen.add(id);
      const actor = this.actor(docId, id);
      if (!actor) continue;
      if (actor.kind === 'group') {
        out.push(...this.parties(docId, actor.members ?? [], seen));
        continue;
      }
      const party: Party = { persons: new Set(), countries: new Set(), organizations: new Set(), names: [actor.name] };
      if (actor.kind === 'person') {
        const entity = this.personOf.get(`${docId}\u0000${id}`);
        party.persons.add(entity ?? `${docId}:${id}`);
        const country = personCountry(actor, this.known) ?? (entity ? this.personCountryOf.get(entity) ?? null : null);
        if (country) party.countries.add(country);
      } else if (actor.kind === 'country') {
        const key = countryActorKey(actor);
        if (key) party.countries.add(key);
        const byName = countryKey(actor.name);
        if (byName) party.countries.add(byName);
      } else {
        party.organizations.add(fold(actor.name));
        if (actor.code) party.organizations.add(fold(actor.code));
        const country = countryKey(actor.country ?? null);
        if (country) party.countries.add(country);
      }
      out.push(party);
    }
    return mergeByCountry(out);
  }

  /** Everyone taking part, as one party (for matching against a commitment's parties). */
  union(docId: string, actorIds: (string | null | undefined)[]): Party {
    const all: Party = { persons: new Set(), countries: new Set(), organizations: new Set(), names: [] };
    for (const p of this.parties(docId, actorIds)) {
      p.persons.forEach((x) => all.persons.add(x));
      p.countries.forEach((x) => all.countries.add(x));
      p.organizations.forEach((x) => all.organizations.add(x));
      all.names.push(...p.names);
    }
    return all;
  }
}

/** "Prime Minister Brenner" and "Varenia" in one commitment are one side, not two. */
function mergeByCountry(parties: Party[]): Party[] {
  const out: Party[] = [];
  for (const p of parties) {
    const same = out.find((q) => [...p.countries].some((c) => q.countries.has(c)));
    if (!same) { out.push(p); continue; }
    p.persons.forEach((x) => same.persons.add(x));
    p.countries.forEach((x) => same.countries.add(x));
    p.organizations.forEach((x) => same.organizations.add(x));
    same.names.push(...p.names);
  }
  return out;
}

/** True when someone in `present` is the party: the same person, the same country or the same organization. */
export function partyPresent(party: Party, present: Party): boolean {
  for (const x of party.persons) if (present.persons.has(x)) return true;
  for (const x of party.countries) if (present.countries.has(x)) return true;
  for (const x of party.organizations) if (present.organizations.has(x)) return true;
  return false;
}
