// Person mentions → person actors: one actor per person, with the fullest name seen, the
// surname (settled by how the document itself refers to the person), spelling variants,
// titles as of the document and a country.
import type { Actor } from '../../record.ts';
import { component } from '../compose.ts';
import type { PersonDraft, PersonMention, Token } from '../doc.ts';
import { GIVEN_NAMES, NAME_SUFFIXES, SURNAME_FIRST } from '../lexicon/names.ts';
import { NATIONALITIES_BEFORE_OFFICE } from '../lexicon/titles.ts';
import { escapeRegex } from '../patterns.ts';

export type { PersonDraft } from '../doc.ts';

export function editDistance(a: string, b: string): number {
  const m = a.length, n = b.length;
  if (Math.abs(m - n) > 2) return 3;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}

/** Two spellings of one surname: "Kasjyanov"/"Kasiyanov", "Disanayake"/"Dissanayake". */
export function sameSurname(a: string, b: string): boolean {
  const x = a.toLowerCase(), y = b.toLowerCase();
  if (x === y) return true;
  if (x[0] !== y[0]) return false;
  const len = Math.min(x.length, y.length);
  if (len >= 7) return editDistance(x, y) <= 2;
  if (len >= 5) return editDistance(x, y) <= 1;
  return false;
}

function isInitial(s: string): boolean {
  return /^(?:[A-Z]\.)+$/.test(s);
}

/** Which of a multi-word name's words is the surname. */
function chooseSurname(words: string[], inverted: boolean, solo: Set<string>): number {
  const n = words.length;
  if (n === 1 || inverted) return 0;
  if (solo.has(words[n - 1])) return n - 1;
  if (solo.has(words[0])) return 0;
  const caps = words.findIndex((w) => /^[A-Z]{2,}$/.test(w));
  if (caps >= 0 && words.some((w) => /[a-z]/.test(w))) return caps;
  if (n <= 3 && SURNAME_FIRST.has(words[0]) && !isInitial(words[n - 1]) && !SURNAME_FIRST.has(words[n - 1])) return 0;
  if (GIVEN_NAMES.has(words[n - 1]) && !GIVEN_NAMES.has(words[0])) return 0;
  return n - 1;
}

const NATIONALITY_BEFORE_OFFICE = new RegExp(`^(?:[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?[’']s|${NATIONALITIES_BEFORE_OFFICE.map(escapeRegex).join('|')})\\s+`);

function titleVariants(title: string): string[] {
  // Keep the office as written, and without a leading nationality ("Russian President" → "President").
  const out = [title];
  const bare = title.replace(NATIONALITY_BEFORE_OFFICE, '');
  if (bare !== title && bare) out.push(bare);
  return out;
}

/**
 * Groups person mentions into persons. `text` is the document text; `tokens` all its tokens
 * (used to find later bare-surname mentions such as "Putin's").
 */
export function buildPersons(text: string, mentions: PersonMention[], tokens: Token[]): PersonDraft[] {
  const named = mentions.filter((m) => m.name.length > 0 && !m.plural);
  const solo = new Set(named.filter((m) => m.name.length === 1).map((m) => m.name[0].text));
  // Surnames used alone anywhere in the text also count ("Kishida’s", "Biden’s").
  const drafts: PersonDraft[] = [];
  const ordered = [...named].sort((a, b) => b.name.length - a.name.length || a.start - b.start);
  const mentionOwner = new Map<PersonMention, PersonDraft>();
  for (const m of ordered) {
    const words = m.name.map((t) => t.text).filter((w) => !NAME_SUFFIXES.has(w));
    const si = chooseSurname(words, m.inverted, solo);
    const surname = words[si];
    const given = words.filter((_, k) => k !== si).join(' ');
    let owner = drafts.find((d) => sameSurname(d.surname, surname) && compatibleGiven(d.given, given));
    if (!owner) {
      owner = { tokens: words, surname, given, aliases: new Set(), titles: [], country: null, mentions: [], first: m.start };
      drafts.push(owner);
    } else {
      if (surname !== owner.surname) owner.aliases.add(surname);
      if (!owner.given && given) owner.given = given;
      if (words.length > owner.tokens.length) owner.tokens = words;
      owner.first = Math.min(owner.first, m.start);
    }
    mentionOwner.set(m, owner);
  }
  for (const m of [...named].sort((a, b) => a.start - b.start)) {
    const owner = mentionOwner.get(m)!;
    owner.mentions.push({ text: text.slice(m.start, m.end), span: [m.start, m.end] });
    for (const t of [m.title, m.appositive]) {
      if (!t) continue;
      for (const v of titleVariants(t)) if (!owner.titles.includes(v)) owner.titles.push(v);
    }
    if (!owner.country && m.country) owner.country = m.country;
  }
  // Bare surnames elsewhere in the text: "Putin's efforts", "Koizumi".
  const mask = new Uint8Array(text.length + 1);
  for (const d of drafts) for (const x of d.mentions) mask.fill(1, x.span[0], x.span[1]);
  const covered = (pos: number) => mask[pos] === 1;
  for (const t of tokens) {
    if (!t.cap || !t.word) continue;
    const owners = drafts.filter((d) => d.surname === t.text || d.aliases.has(t.text));
    if (owners.length !== 1 || covered(t.start)) continue;
    owners[0].mentions.push({ text: t.text, span: [t.start, t.end] });
  }
  for (const d of drafts) {
    d.mentions.sort((a, b) => a.span[0] - b.span[0]);
    // Fuller offices first ("Chairman of the Government of the Russian Federation" before "Chairman").
    d.titles.sort((a, b) => b.length - a.length);
    if (!d.given && d.tokens.length > 1) d.given = d.tokens.filter((w) => w !== d.surname).join(' ');
  }
  return drafts.sort((a, b) => a.first - b.first);
}

function compatibleGiven(a: string, b: string): boolean {
  if (!a || !b) return true;
  const x = a.toLowerCase().split(/\s+/), y = b.toLowerCase().split(/\s+/);
  // "Vladimir" ~ "Vladimir Vladimirovich"; "S." ~ "Subrahmanyam".
  return x[0] === y[0] || x[0][0] === y[0][0] && (isInitial(a.split(/\s+/)[0]) || isInitial(b.split(/\s+/)[0]));
}

export function personActor(id: string, d: PersonDraft, homeCountry: string | null): Actor {
  return {
    id, kind: 'person', name: d.tokens.join(' '), surname: d.surname, given: d.given || undefined,
    aliases: [...d.aliases], titles: d.titles, country: d.country ?? homeCountry, mentions: d.mentions,
  };
}

export const personsComponent = component({
  name: 'persons',
  requires: ['text', 'personMentions', 'tokens'],
  provides: ['persons'],
  run: ({ text, personMentions, tokens }) => ({ persons: buildPersons(text, personMentions, tokens) }),
});
