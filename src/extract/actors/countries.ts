// Country names and demonyms as token sequences: the gazetteer of known countries, and the
// states a document introduces itself ("the Republic of Varenia" … "Varenian"), which count
// as countries for that document only (the `document-countries` component).
import { component } from '../compose.ts';
import type { Countries, CountryWord, DocumentState, Token } from '../doc.ts';
import { wordTokens } from '../tokens.ts';
import { COUNTRY_NAMES, DEMONYMS, NOT_STATE_NAMES, NOT_STATE_STEMS, OFFICES_OF_A_STATE, REGIONS, STATE_FORMS, STATE_FORM_MODIFIERS } from '../lexicon/countries.ts';
import { anyOf, matchesOf, phrase } from '../patterns.ts';
import { INSTITUTION_WORDS } from '../lexicon/titles.ts';

type Index = Map<string, { words: string[]; code: string; name: string }[]>;

function index(entries: Iterable<[string, string]>): Index {
  const idx: Index = new Map();
  for (const [name, code] of entries) {
    const words = name.replace(/^the /, '').split(/\s+/).flatMap((w) => w.split(/(?=[’'])/));
    const key = words[0];
    if (!idx.has(key)) idx.set(key, []);
    idx.get(key)!.push({ words, code, name });
  }
  for (const list of idx.values()) list.sort((a, b) => b.words.length - a.words.length);
  return idx;
}

const NAMES = index(COUNTRY_NAMES);
const ADJECTIVES = index(Object.entries(DEMONYMS));

function matchAt(idx: Index, tokens: Token[], i: number): CountryWord | null {
  const t = tokens[i];
  if (!t) return null;
  for (const cand of idx.get(t.text) ?? []) {
    let ok = true;
    for (let k = 1; k < cand.words.length; k++) {
      if (tokens[i + k]?.text !== cand.words[k]) { ok = false; break; }
    }
    if (ok) return { code: cand.code, length: cand.words.length, name: cand.name };
  }
  return null;
}

/** The known countries alone, for text that is not a document's (titles, signatures). */
export const KNOWN_COUNTRIES: Countries = {
  states: [],
  countryAt: (tokens, i) => matchAt(NAMES, tokens, i),
  demonymAt: (tokens, i) => matchAt(ADJECTIVES, tokens, i),
};

/** "the Republic of Varenia": group 1 the form of state, group 2 the state's short name. */
const STATE_FORM = new RegExp(
  `(?:\\b[Tt]he\\s+|^)((?:${STATE_FORM_MODIFIERS.map((m) => `${phrase(m)}\\s+`).join('|')})*(?:${STATE_FORMS.map((f) => phrase(f)).join('|')}))\\s+of\\s+(?:the\\s+)?([A-Z][a-z]+(?:\\s+Islands)?)\\b`,
  'gm',
);
/** "Foreign Minister of Kestria": group 1 the state named. */
const OFFICE_OF = new RegExp(`\\b${anyOf(OFFICES_OF_A_STATE)} of (?:the )?([A-Z][a-z]{3,})\\b`, 'g');

/** A word the gazetteer already knows as (the start of) a country's name or a demonym ("Russian" of "Russian Federation"). */
function knownCountryWord(short: string): boolean {
  return NAMES.has(short) || ADJECTIVES.has(short) || !!matchAt(NAMES, wordTokens(short.split(/\s+/)), 0);
}

/**
 * States the gazetteer does not know, named by their form ("the Republic of Varenia").
 * Their code is their short name upper-cased, prefixed "X-" so it never collides with ISO.
 */
export function discoverStates(text: string): DocumentState[] {
  const found = new Map<string, DocumentState>();
  for (const m of matchesOf(STATE_FORM, text)) {
    const short = m[2];
    if (knownCountryWord(short)) continue;
    // "the Federation of Economic Organizations" names an institution, not a state.
    if (INSTITUTION_WORDS.has(short) || NOT_STATE_NAMES.has(short)) continue;
    const code = 'X-' + short.toUpperCase().replace(/\s+/g, '-');
    found.set(short, { name: `${m[1].replace(/\s+/g, ' ')} of ${short}`, short, code });
  }
  // "Foreign Minister of Kestria Anna Lodde", and "Kestria" again elsewhere: Kestria is a state.
  for (const m of matchesOf(OFFICE_OF, text)) {
    const short = m[1];
    if (found.has(short) || INSTITUTION_WORDS.has(short) || REGIONS.has(short)) continue;
    if (knownCountryWord(short)) continue;
    if ((text.match(new RegExp(`\\b${short}\\b`, 'g')) ?? []).length < 2) continue;
    found.set(short, { name: short, short, code: 'X-' + short.toUpperCase() });
  }
  // "Varenian companies" and "Varenia" both in the text: Varenia is a state.
  const words = new Set(text.match(/\b[A-Z][a-z]{3,}\b/g) ?? []);
  for (const adj of words) {
    if (!/(?:n|an|ian)$/.test(adj)) continue;
    for (const short of [adj.slice(0, -1), adj.slice(0, -2), adj.slice(0, -3) + 'a']) {
      if (short.length < 4 || !words.has(short) || REGIONS.has(short) || found.has(short)) continue;
      if (knownCountryWord(short) || NOT_STATE_STEMS.has(short)) continue;
      found.set(short, { name: short, short, code: 'X-' + short.toUpperCase() });
    }
  }
  return [...found.values()];
}

/** Demonym forms of a state's short name: Varenia → Varenian; Osterland → Osterlandic, Osterlander. */
function demonymForms(short: string): string[] {
  const s = short;
  const forms = new Set<string>();
  if (/ia$/.test(s)) forms.add(s + 'n');
  if (/a$/.test(s)) { forms.add(s + 'n'); forms.add(s.slice(0, -1) + 'ese'); forms.add(s.slice(0, -1) + 'i'); }
  if (/land$/.test(s)) { forms.add(s + 'ic'); forms.add(s + 'er'); forms.add(s.replace(/land$/, 'lish')); }
  if (/[^aeiou]$/.test(s)) { forms.add(s + 'ian'); forms.add(s + 'ese'); forms.add(s + 'i'); forms.add(s + 'ish'); }
  if (/[aeiou]$/.test(s)) { forms.add(s + 'an'); forms.add(s + 'n'); forms.add(s.slice(0, -1) + 'ian'); }
  return [...forms];
}

/** The gazetteer for one document: its own states (and the demonyms it uses for them) before the known countries. */
export function documentCountries(text: string): Countries {
  const states = discoverStates(text);
  const ownNames: Index = new Map();
  const ownAdjectives: Index = new Map();
  for (const st of states) {
    for (const [k, v] of index([[st.short, st.code], [st.name, st.code]])) ownNames.set(k, [...(ownNames.get(k) ?? []), ...v]);
    for (const form of demonymForms(st.short)) {
      if (new RegExp(`\\b${form}\\b`).test(text)) {
        for (const [k, v] of index([[form, st.code]])) ownAdjectives.set(k, [...(ownAdjectives.get(k) ?? []), ...v]);
      }
    }
  }
  if (!states.length) return { ...KNOWN_COUNTRIES, states };
  return {
    states,
    countryAt: (tokens, i) => matchAt(ownNames, tokens, i) ?? matchAt(NAMES, tokens, i),
    demonymAt: (tokens, i) => matchAt(ownAdjectives, tokens, i) ?? matchAt(ADJECTIVES, tokens, i),
  };
}

export const documentCountriesComponent = component({
  name: 'document-countries',
  requires: ['text'],
  provides: ['countries'],
  run: ({ text }) => ({ countries: documentCountries(text) }),
});
