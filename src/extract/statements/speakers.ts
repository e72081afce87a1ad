// Who is speaking: the words before a reporting verb name a person ("Chairman Kasiyanov"),
// several ("President Biden and Prime Minister Kishida"), a group ("Both leaders", "The two
// sides", "They"), a country ("The Russian side") or organizations ("JOGMEC and INK"); a
// pronoun or a bare office ("He", "the Prime Minister") points back to a person named before.
import type { Actor, Meeting } from '../../record.ts';
import type { DocumentActors } from '../doc.ts';
import {
  ADVERBS_BEFORE_VERB, COUNTRY_GROUP_NOUNS, GROUP_DETERMINERS, GROUP_NOUNS, GROUP_OFFICES, OFFICE_SYNONYMS, PARENTHETICALS, SPEAKER_PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/speech.ts';
import { PLURAL_HEADS } from '../lexicon/titles.ts';
import { anyOf } from '../patterns.ts';

export interface SpeakerContext {
  text: string;
  actors: DocumentActors;
  meetings: Meeting[];
  /** The meeting the readout is about (the `principal-meeting` component). */
  principal: Meeting | null;
  /** Speakers so far, latest last: pronouns resolve against them. */
  history: { actor: string; at: number }[];
}

const ADVERBS = new RegExp(`(?:\\s+|^)${anyOf(ADVERBS_BEFORE_VERB)}\\s*$`, 'i');
const GROUP_WORDS = new RegExp(`\\b(?:(${anyOf(GROUP_DETERMINERS)})\\s+)((?:${anyOf(GROUP_OFFICES)}\\s+)?${anyOf(GROUP_NOUNS)})\\s*$`, 'i');
const LEADING_DETERMINER = new RegExp(`^${anyOf(GROUP_DETERMINERS)}\\s+`);
const COUNTRY_GROUP = new RegExp(`\\b${anyOf(COUNTRY_GROUP_NOUNS)}\\b`);
const PRONOUN = new RegExp(`\\b(${anyOf(SPEAKER_PRONOUNS)})\\s*$`, 'i');
const SUBORDINATE = new RegExp(`\\b${anyOf(SUBORDINATORS)}\\s+(?:\\S+\\s+){0,3}$`, 'i');
const PARENTHETICAL = new RegExp(`,\\s+${anyOf(PARENTHETICALS)}[^,]*,\\s*$`);

function lastSpeaker(ctx: SpeakerContext, kind: 'person' | 'group', before: number): string | null {
  for (let i = ctx.history.length - 1; i >= 0; i--) {
    const h = ctx.history[i];
    if (h.at > before) continue;
    const a = ctx.actors.byId.get(h.actor);
    if (!a) continue;
    if (kind === 'person' && a.kind === 'person') return a.id;
    if (kind === 'group' && a.kind === 'group') return a.id;
  }
  return null;
}

/** The group actor of these members, made once per document. */
export function groupOf(ctx: SpeakerContext, members: string[], mention: { text: string; span: [number, number] } | null): string {
  const key = [...members].sort().join(',');
  const existing = ctx.actors.actors.find((a) => a.kind === 'group' && a.members?.length === members.length && [...a.members].sort().join(',') === key);
  if (existing) {
    if (mention && !existing.mentions.some((m) => m.span[0] === mention.span[0])) existing.mentions.push(mention);
    return existing.id;
  }
  const names = members.map((m) => ctx.actors.byId.get(m)?.name ?? m);
  return ctx.actors.add({ kind: 'group', name: names.join(' and '), members, mentions: mention ? [mention] : [] });
}

function countriesOf(ctx: SpeakerContext, persons: string[]): string[] {
  const codes = persons.map((p) => ctx.actors.byId.get(p)?.country).filter((c): c is string => !!c);
  const ids = [...new Set(codes)].map((c) => ctx.actors.countryId(c) ?? null).filter((x): x is string => !!x);
  return ids.length >= 2 ? ids : [];
}

/** Members meant by a plural phrase ("the Foreign Ministers", "both leaders", "the two sides"). */
function membersOf(ctx: SpeakerContext, phrase: string): string[] {
  const lower = phrase.toLowerCase();
  const meeting = ctx.principal;
  const participants = (meeting?.participants ?? []).filter((p) => ctx.actors.byId.get(p)?.kind === 'person');
  if (COUNTRY_GROUP.test(lower)) {
    const countries = countriesOf(ctx, participants);
    if (countries.length) return countries;
    return participants;
  }
  // An office in the plural: the persons who hold it.
  const words = lower.replace(LEADING_DETERMINER, '').split(/\s+/);
  const last = words[words.length - 1];
  const singular = PLURAL_HEADS[last] ? PLURAL_HEADS[last].toLowerCase() : last.replace(/s$/, '');
  if (singular !== 'leader') {
    const want = [...words.slice(0, -1), singular];
    const holders = ctx.actors.actors.filter((a) => a.kind === 'person' && (a.titles ?? []).some((t) => {
      const tl = OFFICE_SYNONYMS.reduce((x, [written, as]) => x.replace(written, as), t.toLowerCase());
      return want.every((w) => tl.includes(w));
    }));
    // Prefer holders in the meeting, then the most mentioned; "the two ministers" are two.
    if (holders.length >= 2) {
      const count = /\btwo\b/.test(lower) ? 2 : /\bthree\b/.test(lower) ? 3 : holders.length;
      const ranked = [...holders].sort((a, b) => Number(participants.includes(b.id)) - Number(participants.includes(a.id)) || b.mentions.length - a.mentions.length);
      return ranked.slice(0, count).map((h) => h.id);
    }
  }
  if (participants.length >= 2) return participants;
  // No meeting found: the persons the text names most ("the two leaders" are two).
  const persons = ctx.actors.actors.filter((a) => a.kind === 'person').sort((a, b) => b.mentions.length - a.mentions.length);
  const count = /\bthree\b/.test(lower) ? 3 : 2;
  return persons.length >= count ? persons.slice(0, count).map((p) => p.id) : [];
}

function refEndingAt(ctx: SpeakerContext, end: number): { actor: string; start: number; kind: Actor['kind'] } | null {
  const r = ctx.actors.refsEndingAt(end)[0];
  return r ? { actor: r.actor, start: r.span[0], kind: r.kind } : null;
}

/** A bare office ("The President", "the Secretary") ending at `end`, resolved to its holder. */
function officeEndingAt(ctx: SpeakerContext, end: number): { actor: string; start: number } | null {
  for (const m of ctx.actors.personMentionsEndingAt(end)) {
    if (m.name.length || m.plural || !m.title) continue;
    const head = m.title.replace(/^(former|then)\s+/i, '');
    const holders = ctx.actors.actors.filter((a) => a.kind === 'person' && (a.titles ?? []).some((t) => t === head || t.endsWith(' ' + head) || t.startsWith(head + ' ') || t.includes(head)));
    if (!holders.length) return null;
    // The most recent speaker holding the office, else the first holder named.
    for (let i = ctx.history.length - 1; i >= 0; i--) {
      const h = holders.find((x) => x.id === ctx.history[i].actor);
      if (h) return { actor: h.id, start: m.start };
    }
    return { actor: holders[0].id, start: m.start };
  }
  return null;
}

export interface Speaker { actor: string; start: number }

/**
 * The speaker whose name ends just before `verbStart` (after adverbs and a parenthetical),
 * or null when the verb has no subject of its own (a continuation, a passive, embedded text).
 */
export function speakerBefore(ctx: SpeakerContext, sentenceStart: number, verbStart: number): Speaker | null {
  const { text } = ctx;
  // A subject is never far from its verb: a bounded window keeps long sentences linear.
  const lineStart = Math.max(sentenceStart, verbStart - 300);
  let p = verbStart;
  let head = text.slice(lineStart, p);
  // Adverbs: "also", "strongly", "at the same time".
  for (let guard = 0; guard < 4; guard++) {
    const m = ADVERBS.exec(head);
    if (!m || !m[0].trim()) break;
    p -= m[0].length; head = text.slice(lineStart, p);
  }
  // A parenthetical: "Chairman Kasjyanov, on behalf of the Russian government, expressed".
  const par = PARENTHETICAL.exec(head);
  if (par) { p -= par[0].length; head = text.slice(lineStart, p); }
  p -= head.length - head.trimEnd().length;
  head = text.slice(lineStart, p);
  if (!head.trim()) return null;

  const ref = refEndingAt(ctx, p) ?? (officeEndingAt(ctx, p) ? { ...officeEndingAt(ctx, p)!, kind: 'person' as const } : null);
  if (ref) {
    if (SUBORDINATE.test(text.slice(lineStart, ref.start))) return null;
    // Coordinated subjects: "President Biden and Prime Minister Kishida", "JOGMEC and INK".
    // Only like with like ("Japan and Russia", not "North Korea, Prime Minister Aso"), and a
    // comma joins only inside a list that ends with "and" ("A, B and C").
    const kindOf = (id: string) => ctx.actors.byId.get(id)?.kind;
    const members = [ref.actor];
    let start = ref.start;
    for (let guard = 0; guard < 4; guard++) {
      const joiner = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.exec(text.slice(lineStart, start));
      if (!joiner) break;
      if (members.length === 1 && !/^\s+and\s/.test(joiner[0])) break;
      const before = start - joiner[0].length;
      const other = refEndingAt(ctx, before) ?? officeEndingAt(ctx, before);
      if (!other || kindOf(other.actor) !== kindOf(ref.actor)) break;
      if (!members.includes(other.actor)) members.unshift(other.actor);
      start = other.start;
    }
    // "both Japan and Russia": the word "both" before a pair is part of the subject.
    const lead = /(?:\b(?:both|the)\s+)$/i.exec(text.slice(lineStart, start));
    if (lead) start -= lead[0].length;
    if (SUBORDINATE.test(text.slice(lineStart, start))) return null;
    if (members.length === 1) return { actor: members[0], start };
    return { actor: groupOf(ctx, members, { text: text.slice(start, p), span: [start, p] }), start };
  }
  const group = GROUP_WORDS.exec(head);
  if (group) {
    const start = lineStart + group.index;
    if (SUBORDINATE.test(text.slice(lineStart, start))) return null;
    const members = membersOf(ctx, group[0]);
    if (members.length < 2) return null;
    return { actor: groupOf(ctx, members, { text: group[0], span: [start, p] }), start };
  }
  const pro = PRONOUN.exec(head);
  if (pro) {
    const start = lineStart + pro.index;
    if (SUBORDINATE.test(text.slice(lineStart, start)) || /\bthat\s+$/.test(text.slice(lineStart, start))) return null;
    const word = pro[1].toLowerCase();
    if (word === 'they' || word === 'we') {
      const g = lastSpeaker(ctx, 'group', verbStart);
      if (g) return { actor: g, start };
      const members = membersOf(ctx, 'the leaders');
      if (members.length >= 2) return { actor: groupOf(ctx, members, null), start };
      return null;
    }
    const person = lastSpeaker(ctx, 'person', verbStart) ?? lastPersonMentioned(ctx, start);
    return person ? { actor: person, start } : null;
  }
  return null;
}

function lastPersonMentioned(ctx: SpeakerContext, before: number): string | null {
  const recent = ctx.actors.refsIn(Math.max(0, before - 2000), before, 'person');
  return recent.length ? recent[recent.length - 1].actor : null;
}
