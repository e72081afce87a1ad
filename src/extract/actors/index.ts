// Actors of one document: persons, countries, organizations (groups are added by the
// statement and commitment grammars, which is where "both leaders" and "the two sides" are read).
import type { Actor } from '../../record.ts';
import { component } from '../compose.ts';
import type { ActorRef, Countries, DocumentActors, OrganizationDraft, PersonDraft, PersonMention, Token } from '../doc.ts';
import { countryName } from '../lexicon/countries.ts';
import { personActor } from './persons.ts';

export type { ActorRef, DocumentActors, PersonMention } from '../doc.ts';

export interface ActorInput {
  text: string;
  tokens: Token[];
  countries: Countries;
  personMentions: PersonMention[];
  persons: PersonDraft[];
  home: string | null;
  organizations: OrganizationDraft[];
}

/** One actor per person, then per country, then per organization; ids a1, a2, … in that order. */
export function extractActors({ text, tokens, countries: gazetteer, personMentions, persons: drafts, home, organizations }: ActorInput): DocumentActors {
  const actors: Actor[] = [];
  const refs: ActorRef[] = [];
  let next = 1;
  const newId = () => `a${next++}`;

  const defaultedCountry = new Set<string>();
  for (const d of drafts) {
    const a = personActor(newId(), d, home);
    if (!d.country) defaultedCountry.add(a.id);
    actors.push(a);
    for (const m of a.mentions) refs.push({ actor: a.id, span: m.span, kind: 'person' });
  }
  const personMask = new Uint8Array(text.length + 1);
  for (const r of refs) personMask.fill(1, r.span[0], r.span[1]);
  const inPerson = (pos: number) => personMask[pos] === 1;

  // Countries: names, acronyms, demonyms ("the Russian side").
  const countries = new Map<string, Actor>();
  const stateName = new Map(gazetteer.states.map((s) => [s.code, s.name]));
  for (let i = 0; i < tokens.length; i++) {
    const c = gazetteer.countryAt(tokens, i) ?? gazetteer.demonymAt(tokens, i);
    if (!c) continue;
    const start = tokens[i].start;
    let end = tokens[i + c.length - 1].end;
    i += c.length - 1;
    if (inPerson(start)) continue;
    // "the Russian side" is the country itself.
    if (tokens[i + 1]?.text === 'side') end = tokens[i + 1].end;
    let a = countries.get(c.code);
    if (!a) {
      a = { id: '', kind: 'country', name: stateName.get(c.code) ?? (c.code.startsWith('X-') ? c.name : countryName(c.code)), code: c.code, country: c.code, mentions: [] };
      countries.set(c.code, a);
    }
    a.mentions.push({ text: text.slice(start, end), span: [start, end] });
  }
  // Persons' countries that the text never names as such still get a country actor
  // only when named; fictional states keep their X- code as the person's country.
  for (const a of [...countries.values()].sort((x, y) => x.mentions[0].span[0] - y.mentions[0].span[0])) {
    a.id = newId();
    actors.push(a);
    for (const m of a.mentions) refs.push({ actor: a.id, span: m.span, kind: 'country' });
  }

  for (const o of organizations) {
    const spans = o.spans.filter(([s]) => !inPerson(s));
    if (!spans.length) continue;
    const a: Actor = { id: newId(), kind: 'organization', name: o.name, code: o.code, mentions: spans.map((span) => ({ text: text.slice(span[0], span[1]), span })) };
    actors.push(a);
    for (const m of a.mentions) refs.push({ actor: a.id, span: m.span, kind: 'organization' });
  }

  refs.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  // Indexes, so that lookups stay cheap however long the text is.
  const byEnd = new Map<number, ActorRef[]>(), byStart = new Map<number, ActorRef[]>();
  for (const r of refs) {
    if (!byEnd.has(r.span[1])) byEnd.set(r.span[1], []);
    byEnd.get(r.span[1])!.push(r);
    if (!byStart.has(r.span[0])) byStart.set(r.span[0], []);
    byStart.get(r.span[0])!.push(r);
  }
  for (const list of byEnd.values()) list.sort((a, b) => a.span[0] - b.span[0]);
  const mentionsByEnd = new Map<number, PersonMention[]>();
  for (const m of personMentions) {
    if (!mentionsByEnd.has(m.end)) mentionsByEnd.set(m.end, []);
    mentionsByEnd.get(m.end)!.push(m);
  }
  const firstAtOrAfter = (pos: number) => {
    let lo = 0, hi = refs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (refs[mid].span[0] < pos) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const byId = new Map(actors.map((a) => [a.id, a]));
  const countryIds = new Map([...countries].map(([code, a]) => [code, a.id]));
  return {
    actors, refs, personMentions, home, byId, defaultedCountry,
    countryId: (code) => countryIds.get(code) ?? null,
    refsIn(a, b, kind) {
      const out: ActorRef[] = [];
      for (let i = firstAtOrAfter(a); i < refs.length && refs[i].span[0] < b; i++) {
        if (refs[i].span[1] <= b && (!kind || refs[i].kind === kind)) out.push(refs[i]);
      }
      return out;
    },
    refsEndingAt: (end) => byEnd.get(end) ?? [],
    refsStartingAt: (start) => byStart.get(start) ?? [],
    personMentionsEndingAt: (end) => mentionsByEnd.get(end) ?? [],
    add(actor) {
      const a = { ...actor, id: newId() } as Actor;
      actors.push(a);
      byId.set(a.id, a);
      return a.id;
    },
  };
}

export const actorsComponent = component({
  name: 'actors',
  requires: ['text', 'tokens', 'countries', 'personMentions', 'persons', 'home', 'organizations'],
  provides: ['actors'],
  run: (input) => ({ actors: extractActors(input) }),
});
