// Country keys for comparing actors across documents. The extractor gives ISO codes for the
// countries it knows; for others (including the fictional states of examples/) the corpus
// falls back to the country's short name, taken from country actors and from titles.
import type { Actor, ReadoutRecord } from '../record.ts';
import { fold } from './text.ts';

const FORM_OF_STATE = /^(?:the\s+)?(?:(?:federal|democratic|people's|socialist|islamic|united|independent|federative|plurinational|cooperative|arab)\s+)*(?:republic|kingdom|commonwealth|state|federation|principality|grand duchy|duchy|sultanate|emirate|union|confederation)\s+of\s+(?:the\s+)?/i;

/** "the Kingdom of Osterland" → "osterland"; "JP" → "jp". */
export function countryKey(name: string | null | undefined): string | null {
  if (!name) return null;
  // The extractor writes states it has no ISO code for as "X-NAME" (e.g. "X-VARENIA").
  const k = fold(name.trim()).replace(/^x-(?=\p{L})/u, '').replace(FORM_OF_STATE, '').replace(/^the\s+/, '').replace(/-/g, ' ').trim();
  return k || null;
}

/** Names of states the corpus knows: its country actors, and "Republic/Kingdom/… of X" in its texts. */
export function knownCountries(records: ReadoutRecord[]): Set<string> {
  const known = new Set<string>();
  const formOf = /\b(?:Republic|Kingdom|Commonwealth|Federation|Principality|Grand Duchy|Sultanate|Emirate|Confederation)\s+of\s+(?:the\s+)?([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/gu;
  for (const r of records) {
    for (const a of r.actors) {
      if (a.kind !== 'country') continue;
      for (const n of [a.name, a.code ?? null, ...(a.aliases ?? [])]) {
        const k = countryKey(n);
        if (k) known.add(k);
      }
    }
    for (const m of (r.document.text ?? '').matchAll(formOf)) {
      const k = countryKey(m[1]);
      if (k) known.add(k);
    }
  }
  return known;
}

/** A demonym's state when the corpus knows it: "Varenian" → "varenia", "Laurian" → "lauria". */
function demonymCountry(word: string, known: Set<string>): string | null {
  const w = fold(word);
  for (const cand of [w, w.replace(/n$/, ''), w.replace(/ian$/, 'ia'), w.replace(/ese$/, ''), w.replace(/ish$/, '')]) {
    if (known.has(cand)) return cand;
  }
  return null;
}

/** The state a title names: "Ambassador of Osterland to Varenia" → osterland; "Minister of Trade of Lauria" → lauria. */
export function countryFromTitle(title: string, known: Set<string>): string | null {
  const amb = /\b(?:Ambassador|High Commissioner|Envoy)\s+of\s+(?:the\s+)?(.+?)\s+(?:to|in)\s+/i.exec(title);
  if (amb) {
    const k = countryKey(amb[1]);
    if (k && known.has(k)) return k;
  }
  // The last "of X" that names a known state.
  const ofs = [...title.matchAll(/\bof\s+((?:the\s+)?[A-Z][\p{L}'-]+(?:\s+(?:of\s+)?[A-Z][\p{L}'-]+)*)/gu)];
  for (let i = ofs.length - 1; i >= 0; i--) {
    const k = countryKey(ofs[i][1]);
    if (k && known.has(k)) return k;
  }
  const lead = /^([A-Z][\p{L}'-]+)\s/u.exec(title);
  if (lead) return demonymCountry(lead[1], known);
  return null;
}

/** The country of a person actor: the extractor's, else one its titles name. */
export function personCountry(actor: Actor, known: Set<string>): string | null {
  const own = countryKey(actor.country ?? null);
  if (own) return own;
  for (const t of actor.titles ?? []) {
    const k = countryFromTitle(t, known);
    if (k) return k;
  }
  return null;
}

/** The country key of a country actor. */
export function countryActorKey(actor: Actor): string | null {
  return countryKey(actor.code ?? null) ?? countryKey(actor.name);
}
