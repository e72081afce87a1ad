// Outcome documents: what was signed, issued or exchanged. Three shapes occur: an appendix
// list with a legend (◎ signed at the ceremony, * in force after approval) and
// "(Signatories: A and B)" lines; numbered lists ("1. MoU on … – Exchanged by A, and B");
// and mentions in running text ("Three documents were issued …: A; B; and C", "welcomed
// the signing of a Memorandum of Cooperation between …").
import type { OutcomeDocument, OutcomeKind, Signatory, Span } from '../record.ts';
import type { Block, Segmented } from '../segment/index.ts';
import { headingOf } from '../segment/index.ts';
import { component } from './compose.ts';
import type { Countries, DocumentActors } from './doc.ts';
import { findDays } from './dates.ts';
import { tokenize } from './tokens.ts';
import {
  LEGEND_APPROVAL_WORDS, LEGEND_BULLETS, LEGEND_CEREMONY_WORDS, LEGEND_MARKS, LEGEND_NEGATIONS, LEGEND_ON_SIGNATURE,
} from './lexicon/conventions.ts';
import {
  DOCUMENT_CONTEXTS, DOCUMENT_KINDS, DOCUMENT_LIST_NOUNS, DOCUMENT_LIST_VERBS, DOCUMENT_WORDS, REPORTING_WORDS, SIGNING_VERBS,
} from './lexicon/documents.ts';
import { anyOf, charClass, matchesOf } from './patterns.ts';

const KIND_PATTERNS: [RegExp, OutcomeKind][] = DOCUMENT_KINDS.map(({ kind, words, anyCase }) => [new RegExp(`\\b${anyOf(words)}\\b`, anyCase ? 'i' : ''), kind]);

/** Words that start or head a document's title. */
const DOC_WORD = new RegExp(`\\b${anyOf(DOCUMENT_WORDS)}\\b`);
const SIGNED = new RegExp(`\\b${anyOf(SIGNING_VERBS)}\\b`);
const REPORTED = new RegExp(`\\b${anyOf(REPORTING_WORDS)}\\b`);
const DOCUMENT_LIST = new RegExp(`\\b${anyOf(DOCUMENT_LIST_NOUNS)}\\s+(?:were|was|have been|had been)\\s+${anyOf(DOCUMENT_LIST_VERBS)}\\b[^:]*:\\s*`, 'i');
const DOCUMENT_CONTEXT = new RegExp(`\\b${anyOf(DOCUMENT_CONTEXTS)}\\s+(?:the\\s+|a\\s+|an\\s+)?`, 'g');

export function outcomeKind(title: string): OutcomeKind {
  let best: OutcomeKind = 'other', at = Infinity;
  for (const [re, kind] of KIND_PATTERNS) {
    const m = re.exec(title);
    if (m && m.index < at) { best = kind; at = m.index; }
  }
  return best;
}

interface Legend { ceremony: string | null; approval: string | null; othersOnSignature: boolean }

const LEGEND_ENTRY = new RegExp(`([^();\\n]*?)\\bmarked\\s*(${charClass(LEGEND_MARKS)})`, 'g');
const LEGEND_NEGATION = new RegExp(`\\b${anyOf(LEGEND_NEGATIONS)}\\b`, 'i');
const LEGEND_CEREMONY = new RegExp(anyOf(LEGEND_CEREMONY_WORDS), 'i');
const LEGEND_APPROVAL = new RegExp(anyOf(LEGEND_APPROVAL_WORDS), 'i');
const LEGEND_OTHERS = new RegExp(`others? (?:are|is) ${anyOf(LEGEND_ON_SIGNATURE.verbs)} ${anyOf(LEGEND_ON_SIGNATURE.by)} signature`, 'i');
const LEGEND_BULLET = new RegExp(charClass(LEGEND_BULLETS));

function readLegend(blocks: Block[]): Legend | null {
  const text = blocks.filter((b) => b.kind === 'note').map((b) => b.text).join('\n');
  const legend: Legend = { ceremony: null, approval: null, othersOnSignature: false };
  for (const m of matchesOf(LEGEND_ENTRY, text)) {
    const clause = m[1];
    if (LEGEND_NEGATION.test(clause)) continue;
    if (LEGEND_CEREMONY.test(clause)) legend.ceremony = m[2];
    else if (LEGEND_APPROVAL.test(clause)) legend.approval = m[2];
  }
  if (LEGEND_OTHERS.test(text)) legend.othersOnSignature = true;
  return legend.ceremony || legend.approval ? legend : null;
}

const EXCHANGED_BY = /\s*(?:[-–—]\s*(?:The\s+\S+\s+was\s+)?|,?\s+(?:and\s+)?was\s+|,?\s+were\s+)(?:exchanged|signed)\b(?:\s+between\s+.*?)?(?:\s*[-–—]\s*The\s+\S+\s+was\s+(?:exchanged|signed))?\s+by\s+|\s*[-–—]\s*(?:Exchanged|Signed)\s+by\s+/i;

function cleanTitle(raw: string): string {
  return raw
    .replace(/^(?:A|An|The)\s+/, '')
    .replace(/\s*\*+\s*$/, '')
    .replace(/[\s.;,:–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function signatoriesIn(span: Span, actors: DocumentActors): Signatory[] {
  const out: Signatory[] = [];
  for (const m of actors.personMentions) {
    if (m.start < span[0] || m.end > span[1] || m.name.length === 0) continue;
    const ref = actors.refsStartingAt(m.start).find((r) => r.kind === 'person' && r.span[1] >= m.end);
    const actor = ref ? actors.byId.get(ref.actor) : undefined;
    const name = m.name.map((t) => t.text).join(' ');
    if (out.some((s) => s.actor && s.actor === actor?.id)) continue;
    out.push({ actor: actor?.id ?? null, name, title: m.appositive ?? m.title });
  }
  return out;
}

function partiesOf(title: string, signatories: Signatory[], actors: DocumentActors, countries: Countries): string[] {
  const tokens = tokenize(title);
  const parties: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = countries.countryAt(tokens, i);
    if (c) { if (!parties.includes(c.code)) parties.push(c.code); i += c.length - 1; }
  }
  if (parties.length) return parties;
  for (const a of actors.actors) {
    if (a.kind === 'organization' && a.code && new RegExp(`\\b${a.code}\\b`).test(title) && !parties.includes(a.name)) parties.push(a.name);
  }
  if (parties.length) return parties;
  for (const s of signatories) {
    const c = s.actor ? actors.byId.get(s.actor)?.country : null;
    if (c && !parties.includes(c)) parties.push(c);
  }
  return parties;
}

function dayNear(text: string, span: Span, date: string | null): string | null {
  const lineStart = text.lastIndexOf('\n', span[0]) + 1;
  const lineEnd = text.indexOf('\n', span[1]);
  const days = findDays(text, lineStart, lineEnd < 0 ? text.length : lineEnd, date);
  return days[0]?.date ?? date;
}

export function extractOutcomes(seg: Segmented, actors: DocumentActors, countries: Countries, date: string | null): OutcomeDocument[] {
  const { text, blocks } = seg;
  const legend = readLegend(blocks);
  const out: OutcomeDocument[] = [];
  const push = (title: string, span: Span, extra: Partial<OutcomeDocument>) => {
    if (title.split(/\s+/).length < 2) return;
    if (out.some((d) => d.title.toLowerCase() === title.toLowerCase())) return;
    const signatories = extra.signatories ?? [];
    signForParties(signatories, partiesOf(title, signatories, actors, countries), actors);
    out.push({
      id: `d${out.length + 1}`, title, kind: outcomeKind(title), category: extra.category ?? null, signatories,
      parties: partiesOf(title, signatories, actors, countries), date: extra.date ?? date, signedAtCeremony: extra.signedAtCeremony ?? null,
      entryIntoForce: extra.entryIntoForce ?? null, summary: extra.summary ?? null, span,
    });
  };

  // 1. Listed documents: bulleted or numbered lines that start with a document's name.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'item' && !(b.kind === 'paragraph' && b.number)) continue;
    const body = text.slice(b.bodyStart, b.span[1]);
    const lead = /^(?:(?:A|An|The)\s+)?/.exec(body)![0];
    const m = DOC_WORD.exec(body);
    if (!m || m.index > lead.length + 40 || /^(?:Both|The two|It|They|He|She)\b/.test(body)) continue;
    // Running text that merely mentions a document ("(c) Joint Statement includes …") is not a list entry.
    if (b.kind === 'paragraph' && !EXCHANGED_BY.test(body) && !SIGNED.test(body)) continue;
    if (b.kind === 'item' && b.bullet === '•' && REPORTED.test(body)) continue;
    const split = EXCHANGED_BY.exec(body);
    const rawTitle = split ? body.slice(0, split.index) : body;
    const title = cleanTitle(rawTitle);
    const titleStart = b.bodyStart + body.indexOf(title.slice(0, 10));
    let signatories: Signatory[] = [];
    if (split) signatories = signatoriesIn([b.bodyStart + split.index, b.span[1]], actors);
    let summary: string | null = null;
    for (let k = i + 1; k < blocks.length && k <= i + 2; k++) {
      const nb = blocks[k];
      if (nb.kind === 'note' && /^\(\s*signator/i.test(nb.text)) signatories = signatoriesIn(nb.span, actors);
      else if (nb.kind === 'bracket') summary = nb.text.replace(/^\[|\]$/g, '').trim();
      else break;
    }
    const extra: Partial<OutcomeDocument> = { signatories, summary, category: headingOf(seg, b.section), date: dayNear(text, b.span, date) };
    if (legend) {
      const symbol = b.bullet;
      if (legend.ceremony) extra.signedAtCeremony = symbol === legend.ceremony ? true : symbol && LEGEND_BULLET.test(symbol) ? false : null;
      if (legend.approval) {
        const marked = new RegExp(`\\s\\${legend.approval}\\s*$`).test(rawTitle.trim()) || rawTitle.trim().endsWith(legend.approval);
        extra.entryIntoForce = marked ? 'after-approval' : 'on-signature';
      }
    }
    push(title, [titleStart, titleStart + title.length], extra);
  }

  // 2. Inline lists: "Three documents were issued after the talks …: A; B; and C."
  for (const s of seg.sentences) {
    const sentence = text.slice(s.span[0], s.span[1]);
    const m = DOCUMENT_LIST.exec(sentence);
    if (!m) continue;
    const listStart = s.span[0] + m.index + m[0].length;
    const listText = text.slice(listStart, s.span[1]);
    let offset = 0;
    for (const part of listText.split(/;\s*/)) {
      const at = listStart + listText.indexOf(part, offset);
      offset = at - listStart + part.length;
      const title = cleanTitle(part.replace(/^and\s+/, ''));
      if (!DOC_WORD.test(title)) continue;
      const start = text.indexOf(title, at);
      push(title, [start, start + title.length], { date: findDays(text, s.span[0], listStart, date)[0]?.date ?? date });
    }
  }

  // 3. Documents named where the text says they were signed, issued or welcomed.
  for (const s of seg.sentences) {
    const block = blocks[s.block];
    if (block.kind === 'front' || block.kind === 'note') continue;
    const sentence = text.slice(s.span[0], s.span[1]);
    // Signing, issuing and exchanging name outcome documents; "the adoption of the Action Plan in
    // 2003" and "the conclusion of a peace treaty" do not.
    for (const m of matchesOf(DOCUMENT_CONTEXT, sentence)) {
      let at = m.index! + m[0].length;
      // A list: "the signing of the A, the B (MLAT), the C (CMAA), and other outcome documents".
      for (let guard = 0; guard < 6; guard++) {
        const found = namedDocumentAt(sentence, at);
        if (!found) break;
        const start = s.span[0] + at;
        const overlaps = out.some((d) => d.span[0] <= start && d.span[1] > start);
        if (!overlaps) push(found.title, [start, start + found.title.length], { date: findDays(text, s.span[0], s.span[1], date)[0]?.date ?? date });
        at += found.length;
        const more = /^,?\s*(?:and\s+)?(?:the\s+|a\s+|an\s+)/.exec(sentence.slice(at));
        if (!more) break;
        at += more[0].length;
      }
    }
  }
  return out;
}

/**
 * "Agreement between Japan and the Russian Federation … (Signatories: A and B)": signatories
 * sign in the order the parties are named, so a signatory whose nationality the text never
 * wrote belongs to the party in its place.
 */
function signForParties(signatories: Signatory[], parties: string[], actors: DocumentActors): void {
  if (signatories.length !== parties.length || parties.length < 2 || !parties.every((p) => /^[A-Z]{2}$|^X-/.test(p))) return;
  const explicit = signatories.map((s) => (s.actor && !actors.defaultedCountry.has(s.actor) ? actors.byId.get(s.actor)?.country ?? null : null));
  // Written nationalities must agree with the order; otherwise the order says nothing.
  if (explicit.some((c, k) => c && c !== parties[k])) return;
  signatories.forEach((s, k) => {
    const a = s.actor ? actors.byId.get(s.actor) : undefined;
    if (a && actors.defaultedCountry.has(a.id)) {
      a.country = parties[k];
      actors.defaultedCountry.delete(a.id);
    }
  });
}

/** A capitalized document name starting at `at` ("U.S.-Japan Joint Statement on the Treaty on …"). */
function namedDocumentAt(s: string, at: number): { title: string; length: number } | null {
  const rest = s.slice(at);
  // Capitalized words (and joiners) up to a clause boundary.
  const m = /^(?:[A-Z][\w.'’&/-]*|\((?:[A-Z][\w&-]*)\)|of|on|for|and|the|between|in|to|concerning|regarding|with|a|an|at|by|\s|,(?=\s+[A-Z]))+/.exec(rest);
  if (!m) return null;
  let phrase = m[0];
  // Stop at a lower-case word that is not a joiner, and at "and" + lower-case.
  for (let before = ''; before !== phrase;) {
    before = phrase;
    phrase = phrase.replace(/\s+(?:and|the|of|on|for|in|to|a|an|at|by|with|between|concerning|regarding)\s*$/, '').replace(/[\s,]+$/, '');
  }
  const kw = DOC_WORD.exec(phrase);
  if (!kw) return null;
  // The name must start with capitals and reach its document word within a few words.
  if (!/^[A-Z]/.test(phrase) || phrase.slice(0, kw.index).split(/\s+/).length > 6) return null;
  // A list of documents: cut at ", the".
  const cut = phrase.search(/,\s+(?:the|a|an)\s/);
  if (cut > kw.index) phrase = phrase.slice(0, cut);
  const title = phrase.replace(/[\s,]+$/, '');
  if (title.split(/\s+/).length < 2) return null;
  return { title, length: title.length };
}

export const outcomeDocumentsComponent = component({
  name: 'outcome-documents',
  requires: ['seg', 'actors', 'countries', 'head'],
  provides: ['documents'],
  // Signatures settle the country of a signatory whose nationality the text never wrote.
  updates: ['actors'],
  run: ({ seg, actors, countries, head }) => ({ documents: extractOutcomes(seg, actors, countries, head.date) }),
});
