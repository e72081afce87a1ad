// Reporting clauses: "X stated that A", "X stated that A and expressed his hope that B", "…,
// expressing Varenia's willingness …", "it was agreed that …". Each reporting verb of a
// sentence is planned with its speaker (named before it, carried over from the clause before,
// or the sentence's subject); then each planned verb's content runs to the next one's clause
// (./content.ts). "X stated that A, that B" stays one statement.
import type { Act, Span } from '../../record.ts';
import type { Block } from '../../segment/index.ts';
import { findDays } from '../dates.ts';
import { ADVERBS_AFTER_AND, ADVERBS_AFTER_AUXILIARY, AUXILIARIES } from '../lexicon/speech.ts';
import { anyOf, phrase } from '../patterns.ts';
import { readContent } from './content.ts';
import { findVerbs, type Planned, type VerbHit } from './reporting-verbs.ts';
import { announcesPoints, openPointList } from './points.ts';
import { groupOf, speakerBefore } from './speakers.ts';
import type { StatementGrammar, StatementState } from './state.ts';


const AUX_BEFORE = new RegExp(`\\b(?:${AUXILIARIES.map((p) => phrase(p)).join('|')})\\s+(?:${anyOf(ADVERBS_AFTER_AUXILIARY)}\\s+)?$`, 'i');
const COORDINATOR = new RegExp(`(?:,\\s*(?:and|but)?\\s*|\\s+and\\s+|;\\s*(?:and\\s+)?)(?:${anyOf(ADVERBS_AFTER_AND)}\\s+)*$`, 'i');
const CLAUSE_START = /(?:^|[,;:]\s*(?:and\s+|but\s+|while\s+|whereas\s+|which\s+)?|\bwhich\s+)$/;
const LEADING_DATE_CONTEXT = /^(?:\([a-z0-9]+\)\s*)?(?:During|In|At)\s+(?:the|their)\s+(?:talks|meeting|meetings|summit)\s+(?:on|of)\s+([^,]+),/;
const IN_RESPONSE = /^(?:\([a-z0-9]+\)\s*)?In response\b/;
// Passive agreement: "it was agreed (with Chairman Putin as well) that …".
// ("it was confirmed that …" is the publisher's own assessment, not a statement.)
const PASSIVE_AGREEMENT = /\bit was (?:also |further )?(agreed)\b(?:\s+with\s+[^,]*?(?:\s+as well)?)?\s+that\s+/i;

/** Reads every sentence of a block for its reporting clauses; claims every block it is given. */
export const reportingClauses: StatementGrammar = {
  name: 'reporting-clauses',
  read(state, block, { sentences, topic }) {
    for (const sent of sentences) readSentence(state, block, sent.span, topic);
    return true;
  },
};

function readSentence(state: StatementState, block: Block, [s0, s1]: Span, topic: string | null): void {
  const { text } = state;
  const { seg, date } = state.input;
  const sentence = text.slice(s0, s1);
  const lead = LEADING_DATE_CONTEXT.exec(sentence);
  const leadDay = lead ? findDays(text, s0, s0 + lead[0].length, date)[0]?.date ?? null : null;
  if (leadDay) state.sectionDate = { section: block.section, date: leadDay };
  const inResponse = IN_RESPONSE.test(sentence);

  const passive = PASSIVE_AGREEMENT.exec(sentence);
  const hits = findVerbs(text, s0, s1).filter((h) => {
    if (passive && h.start >= s0 + passive.index && h.start < s0 + passive.index + passive[0].length) return false;
    return !AUX_BEFORE.test(text.slice(Math.max(s0, h.start - 30), h.start));
  });
  const planned = planSpeakers(state, s0, hits);
  if (passive) {
    const start = s0 + passive.index;
    const members = state.speakers.principal?.participants ?? [];
    if (members.length >= 2) {
      const speaker = groupOf(state.speakers, members, null);
      const act: Act = passive[1].toLowerCase() === 'agreed' ? 'agree' : passive[1].toLowerCase() === 'confirmed' ? 'confirm' : 'other';
      planned.push({ hit: { start, end: start + passive[0].length, verb: { past: '', act }, ing: false }, speaker, clauseStart: start, subjectStart: start, deferred: false });
      planned.sort((a, b) => a.hit.start - b.hit.start);
    }
  }

  for (let k = 0; k < planned.length; k++) {
    const p = planned[k];
    if (!p.speaker) continue;
    const said = readContent(state, p, p.speaker, planned[k + 1], k === 0, [s0, s1]);
    if (!said) continue;
    const { speaker, addressee, contentSpan: [a, b], content } = said;
    const day = said.day ?? leadDay ?? state.sectionDate?.date ?? null;
    const respondsTo = inResponse || p.hit.verb.act === 'respond'
      ? answered(state, speaker, seg.blocks[Math.max(0, block.index - 3)].span[0])
      : null;
    const verbText = text.slice(p.hit.start, p.hit.end).replace(/\s+/g, ' ').replace(/\s+that\s*$|\s+$/i, '');
    const st = state.add({
      speaker, act: p.hit.verb.act, verb: verbText, content, contentSpan: [a, b], addressee, topic, section: block.section,
      meeting: state.meetingFor(speaker, day), date: day, respondsTo, span: [Math.min(p.subjectStart, p.hit.start), b],
    });
    if (announcesPoints(text, content, b, s1, k === planned.length - 1)) openPointList(state, st, block);
  }
}

/**
 * Who says each reporting verb of the sentence starting at s0. A participle opening the
 * sentence waits for the main subject; a verb after a coordinator ("…, and also stressed")
 * keeps the speaker before it; "X accepted the invitation and said …" is the subject's.
 */
function planSpeakers(state: StatementState, s0: number, hits: VerbHit[]): Planned[] {
  const { text, speakers: ctx } = state;
  const { actors } = state.input;
  const planned: Planned[] = [];
  const deferred: Planned[] = [];
  // Speakers planned in this sentence count for its pronouns ("…, and he strongly expected").
  const historyLength = ctx.history.length;
  const note = (speaker: string | null, at: number) => { if (speaker) ctx.history.push({ actor: speaker, at }); };
  for (const h of hits) {
    // Only the words just before the verb matter: a bounded window keeps long sentences linear.
    const before = text.slice(Math.max(s0, h.start - 200), h.start);
    const atSentenceStart = h.start - s0 <= 200 && !text.slice(s0, h.start).trim();
    const prev = planned[planned.length - 1];
    // A participle opening the sentence ("Expressing his respect …, Prime Minister Aso stated"): the main subject speaks.
    if (h.ing && atSentenceStart) {
      const p: Planned = { hit: h, speaker: null, clauseStart: h.start, subjectStart: h.start, deferred: true };
      planned.push(p); deferred.push(p);
      continue;
    }
    if (h.ing) {
      if (prev && /,\s*$/.test(before)) {
        const p: Planned = { hit: h, speaker: prev.speaker, clauseStart: h.start - before.length + before.search(/,\s*$/), subjectStart: h.start, deferred: prev.deferred };
        planned.push(p);
        if (p.deferred) deferred.push(p);
      }
      continue;
    }
    const sp = speakerBefore(ctx, s0, h.start);
    if (sp) {
      const upto = text.slice(Math.max(prev ? prev.hit.end : s0, sp.start - 200), sp.start);
      if (prev && !CLAUSE_START.test(upto.trimEnd() === upto ? upto : upto.trimEnd() + (upto.endsWith(' ') ? '' : ''))) {
        // "…the work advanced quickly and he hoped …": embedded in the previous content.
        if (!/(?:^|[,;:])\s*(?:and\s+|but\s+|which\s+)?$/.test(upto)) continue;
      }
      const boundary = prev ? Math.max(prev.hit.end, sp.start - (/(,\s*(?:and|but)?\s*|;\s*|\s+and\s+)$/.exec(text.slice(prev.hit.end, sp.start))?.[0].length ?? 0)) : sp.start;
      planned.push({ hit: h, speaker: sp.actor, clauseStart: boundary, subjectStart: sp.start, deferred: false });
      note(sp.actor, h.start);
      for (const p of deferred) { p.speaker = sp.actor; p.deferred = false; }
      deferred.length = 0;
      continue;
    }
    if (prev && prev.speaker !== undefined) {
      const between = text.slice(Math.max(prev.hit.end, h.start - 200), h.start);
      const co = COORDINATOR.exec(between);
      if (co && !/\bthat\s*$/.test(between.slice(0, between.length - co[0].length + 1))) {
        const p: Planned = { hit: h, speaker: prev.speaker, clauseStart: h.start - between.length + co.index, subjectStart: h.start, deferred: prev.deferred };
        planned.push(p);
        if (p.deferred) deferred.push(p);
      }
    } else if (!prev && /\band\s+(?:also\s+|then\s+)?$/.test(before)) {
      // "Secretary Ortbach accepted the invitation and said …": the sentence's subject speaks.
      const subject = actors.refsIn(s0, h.start).find((r) => r.kind !== 'organization' && /^(?:[^,]{0,80},\s*)?$/.test(text.slice(s0, r.span[0])));
      if (subject) {
        planned.push({ hit: h, speaker: subject.actor, clauseStart: h.start - 4, subjectStart: subject.span[0], deferred: false });
        note(subject.actor, h.start);
      }
    }
  }
  ctx.history.length = historyLength;
  return planned;
}

/** The latest statement by someone else since `since`: what "In response, …" answers. */
function answered(state: StatementState, speaker: string, since: number): string | null {
  const out = state.statements;
  for (let i = out.length - 1; i >= 0 && out[i].span[0] >= since; i--) if (out[i].speaker !== speaker) return out[i].id;
  return null;
}
