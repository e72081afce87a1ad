// Commitments: an identified actor's stated future action. Read from each statement's
// content by modality — "would/will" in reported speech, "intended to", "was ready to",
// "decided to", "agreed to", "pledged/committed/resolved to", and nouns of intent
// ("the Prime Minister's decision to increase …"). Hopes about others and requests to
// others are not commitments: a modal clause counts only when its subject is the speaker,
// the speaker's side, or (for the strong markers) another named actor.
import type { Commitment, Meeting, Modality, Span, Statement } from '../../record.ts';
import type { Segmented } from '../../segment/index.ts';
import { component } from '../compose.ts';
import type { DocumentActors } from '../doc.ts';
import { collectNamedEvents, findDue, type NamedEvent } from '../due/index.ts';
import { speakerBefore, type SpeakerContext } from '../statements/speakers.ts';

export interface CommitmentInput {
  text: string;
  /** The segmented text: commitments the publisher announces outside any statement are read from its sentences. */
  seg?: Segmented;
  actors: DocumentActors;
  statements: Statement[];
  meetings: Meeting[];
  date: string | null;
}

/** Verbs after "would/will" that report a state or a wish, not an action. */
const NOT_ACTIONS = new Set(['be', 'become', 'have', 'anticipate', 'expect', 'hope', 'lead', 'welcome', 'appreciate', 'need', 'remain', 'seem', 'like', 'want', 'wish', 'serve', 'contribute', 'help', 'depend', 'mean', 'make', 'not', 'also', 'further', 'substantially', 'try', 'decide']);
const DETERMINERS = /^(?:(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|any|all|some|such|both|each|every|no)$|[A-Z]|\d)/;

const STRONG = [
  { re: /\b(?:intended|intends|intend)\s+to\s+/g, modality: 'intend' as Modality },
  { re: /\b(?:wished|wishes|wish)\s+to\s+/g, modality: 'intend' as Modality },
  { re: /\b(?:planned|plans|plan)\s+to\s+/g, modality: 'plan' as Modality },
  { re: /\b(?:was|were|is|are|remained|remains)\s+(?:(?:also|fully|now|still)\s+)?(?:ready|prepared|willing|determined)\s+to\s+/g, modality: 'ready' as Modality },
  { re: /\b(?:decided|decides|has decided|have decided)\s+to\s+/g, modality: 'decide' as Modality },
  { re: /\b(?:agreed|agrees|have agreed|has agreed)\s+to\s+/g, modality: 'agree' as Modality },
  { re: /\bwould\s+like\s+to\s+/g, modality: 'will' as Modality },
];
const WEAK = /\b(would|will)\s+(?!be\s+\w+ed\b)(?:(?:also|further|actively|closely|jointly|soon|then)\s+)*([a-z]+)\b/g;
const PASSIVE_WILL = /\bwill\s+be\s+(?:\w+ly\s+)?\w+ed\b/;
const PASSIVE_OWN = /\b(?:would|will)\s+be\s+(?:\w+ly\s+)?(?:\w+ed|sent|held|made|built|given|taken|done|set up|dispatched|opened|launched|hosted|signed|provided)\b/g;
const NOUNS = /\b((?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|the\s+[A-Z][\w\s-]*?|his|her|their|its|our)[’']?s?)\s+(?:(?:strong|firm|continued|steadfast|unwavering|clear)\s+)?(intent|intention|decision|determination|commitment|plan|plans|willingness|readiness|resolve)\s+to\s+/g;
const NOUN_MODALITY: Record<string, Modality> = {
  intent: 'intend', intention: 'intend', decision: 'decide', determination: 'will', commitment: 'will', plan: 'plan',
  plans: 'plan', willingness: 'ready', readiness: 'ready', resolve: 'will',
};
const CLAUSE_END = /,\s+(?:and\s+)?that\b|\s+and\s+that\b|;|,\s+(?:seeking|while|whereas|although|but|which|as evidenced)\b|,?\s+and\s+(?:he|she|they|it|[A-Z]\w+)\s+(?:would|will|was|were|is|are|intended|planned)\b|\s+and\s+(?:he|she|they)\s+\w+ed\b/;

function actionSpan(text: string, start: number, limit: number): Span {
  // An action is a clause, not a page: a bounded window keeps long statements linear.
  const rest = text.slice(start, Math.min(limit, start + 600));
  const cut = CLAUSE_END.exec(rest);
  let end = start + (cut ? cut.index : rest.length);
  while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
  return [start, end];
}

function startsWithVerb(s: string): boolean {
  const w = /^(?:further\s+|fundamentally\s+|closely\s+|jointly\s+)?([A-Za-z-]+)/.exec(s)?.[1] ?? '';
  return !!w && !DETERMINERS.test(w) && !NOT_ACTIONS.has(w.toLowerCase());
}

export function extractCommitments({ text, seg, actors, statements, meetings, date }: CommitmentInput): Commitment[] {
  const out: Commitment[] = [];
  const events: NamedEvent[] = date ? collectNamedEvents(text, date) : [];
  const refsIn = (a: number, b: number) => actors.refsIn(a, b);

  const speakerSide = (speaker: string): Set<string> => {
    // The speaker, its members, and their countries: "Russia would …" said by Kasjyanov.
    const ids = new Set<string>([speaker]);
    const a = actors.byId.get(speaker);
    for (const m of a?.members ?? []) ids.add(m);
    for (const id of [...ids]) {
      const c = actors.byId.get(id)?.country;
      const cid = c ? actors.countryId(c) : null;
      if (cid) ids.add(cid);
    }
    return ids;
  };

  /** The actor a clause's subject names, looking left from `at` within the content. */
  const subjectOf = (s: Statement, at: number): { actor: string; own: boolean; clauseStart: number } | null => {
    const left = text.slice(Math.max(s.contentSpan[0], at - 300), at);
    let cut = 0;
    for (const d of [' that ', ', and ', ' and ', ', ', '. ', '; ']) {
      const i = left.lastIndexOf(d);
      if (i >= 0) cut = Math.max(cut, i + d.length);
    }
    const clause = left.slice(cut);
    const clauseStart = at - clause.length + (clause.length - clause.trimStart().length);
    const words = clause.trim();
    const side = speakerSide(s.speaker);
    if (/^(?:he|she|they|we|it)$/i.test(words)) return { actor: s.speaker, own: true, clauseStart };
    if (/^(?:the\s+)?(?:two\s+countries|both\s+sides|two\s+sides|both\s+countries|the\s+two\s+leaders|both\s+leaders)$/i.test(words)) return { actor: s.speaker, own: true, clauseStart };
    const refs = refsIn(at - clause.length, at);
    if (!refs.length) return null;
    // The subject is the phrase right before the modal: it must be just a name (or "X and Y").
    const phrase = text.slice(refs[0].span[0], at).trim();
    if (!/^[\w.’' -]+$/.test(phrase) || phrase.split(/\s+/).length > 12) return null;
    const last = refs[refs.length - 1];
    if (refs.length >= 2) {
      // "Japan and Russia would advance …": the pair.
      const ids = refs.map((r) => r.actor);
      const own = ids.every((id) => side.has(id));
      return { actor: own ? s.speaker : last.actor, own, clauseStart };
    }
    return { actor: last.actor, own: side.has(last.actor), clauseStart };
  };

  const add = (s: Statement | null, actorsOf: string[], span: Span, modality: Modality) => {
    if (span[1] <= span[0]) return;
    const action = text.slice(span[0], span[1]);
    // A summary that repeats the body promises nothing new.
    if (out.some((c) => c.action === action && c.actors.join() === actorsOf.join())) return;
    const meeting = s ? meetings.find((m) => m.id === s.meeting) : undefined;
    const reference = meeting?.date ?? s?.date ?? date;
    const due = reference ? findDue(action, reference, events) : null;
    out.push({
      id: `c${out.length + 1}`, actors: actorsOf, action, modality,
      due: due ? { text: due.text, start: due.start, end: due.end, span: [span[0] + due.index, span[0] + due.index + due.text.length] } : null,
      statement: s?.id ?? null, span,
    });
  };

  for (const s of statements) {
    const [c0, c1] = s.contentSpan;
    const content = text.slice(c0, c1);
    // "agreed to advance …", "resolved to push back …", "remain committed to working …".
    if ((s.act === 'agree' || s.act === 'commit') && /^to\s+/.test(content) && startsWithVerb(content.slice(3))) {
      add(s, [s.speaker], actionSpan(text, c0 + 3, c1), s.act === 'agree' ? 'agree' : 'will');
      continue;
    }
    const taken: Span[] = [];
    for (const { re, modality } of STRONG) {
      for (const m of content.matchAll(re)) {
        const at = c0 + m.index;
        if (/\bhad\s+(?:\w+ly\s+)?$/.test(content.slice(0, m.index))) continue;
        const subject = subjectOf(s, at);
        if (!subject) continue;
        const start = at + m[0].length;
        if (!startsWithVerb(text.slice(start, c1))) continue;
        const span = actionSpan(text, start, c1);
        taken.push(span);
        add(s, [subject.own ? s.speaker : subject.actor], span, modality);
      }
    }
    // Nouns of intent: "the Prime Minister’s decision to increase spending on defense".
    for (const m of content.matchAll(NOUNS)) {
      const start = c0 + m.index + m[0].length;
      if (!startsWithVerb(text.slice(start, c1)) || taken.some(([a]) => a === start)) continue;
      const ownerText = m[1];
      let owner: string | null = null;
      if (/^(his|her)$/i.test(ownerText)) {
        const prior = refsIn(c0, c0 + m.index).filter((r) => r.kind === 'person');
        owner = prior.length ? prior[prior.length - 1].actor : s.speaker;
      } else if (/^(their|our|its)$/i.test(ownerText)) owner = s.speaker;
      else {
        const ownerEnd = c0 + m.index + ownerText.replace(/[’']s$/, '').length;
        const ref = actors.refsEndingAt(ownerEnd)[0];
        const office = actors.personMentionsEndingAt(ownerEnd).find((pm) => pm.definite && pm.title);
        if (ref) owner = ref.actor;
        else if (office) {
          const holder = actors.actors.find((a) => a.kind === 'person' && a.id !== s.speaker && (a.titles ?? []).some((t) => t.includes(office.title!)));
          owner = holder?.id ?? null;
        } else {
          // "the Japanese government’s commitment": the country named inside the owner.
          const inner = refsIn(c0 + m.index, ownerEnd).filter((r) => r.kind === 'country');
          owner = inner.length ? inner[inner.length - 1].actor : null;
        }
      }
      if (!owner) continue;
      const span = actionSpan(text, start, c1);
      taken.push(span);
      add(s, [owner], span, NOUN_MODALITY[m[2]]);
    }
    // "would/will" in reported speech, for the speaker's own side.
    for (const m of content.matchAll(WEAK)) {
      const verb = m[2];
      if (NOT_ACTIONS.has(verb) || /ed$/.test(verb) && verb !== 'need') continue;
      const at = c0 + m.index;
      if (taken.some(([a, b]) => at >= a && at < b)) continue;
      const subject = subjectOf(s, at);
      if (!subject || !subject.own) continue;
      if (s.act === 'express' || s.act === 'expect' || s.act === 'ask') continue;
      const start = at + m[0].length - verb.length;
      add(s, [s.speaker], actionSpan(text, start, c1), 'will');
    }
    // "a Laurian business mission would be sent to Varenia from August 16 to 20": a thing of the
    // speaker's own side will be done — the speaker's commitment, told in the passive.
    for (const m of content.matchAll(PASSIVE_OWN)) {
      const at = c0 + m.index;
      if (taken.some(([a, b]) => at >= a && at < b)) continue;
      const subject = subjectOf(s, at);
      if (!subject || !subject.own || subject.actor === s.speaker && !/[A-Z]/.test(text.slice(subject.clauseStart, at))) continue;
      if (s.act === 'express' || s.act === 'expect' || s.act === 'ask') continue;
      const span = actionSpan(text, subject.clauseStart, c1);
      taken.push(span);
      add(s, [s.speaker], span, 'will');
    }
    // "responded that the issue will be thoroughly addressed", "confirmed that the projects would resume".
    if ((s.act === 'respond' || s.act === 'confirm') && !out.some((c) => c.statement === s.id)) {
      const passiveWill = PASSIVE_WILL.test(content);
      const resume = /\bwould\s+(?:resume|continue|proceed|go ahead|be (?:implemented|carried out|completed))\b/.test(content);
      if (passiveWill || (s.act === 'confirm' && resume)) add(s, [s.speaker], actionSpan(text, c0, c1), 'will');
    }
  }
  if (seg) announcedCommitments(seg, actors, statements, add);
  return out;
}

const ANNOUNCED = /\b(?:(will|would)|(intends?|plans?|wish(?:es)?)\s+to|(?:is|are)\s+(?:ready|prepared|willing)\s+to|(decided|agreed)\s+to|(accepted)\s+(?:an|the)\s+invitation\s+to)\s+(?:(?:also|further|then|jointly|soon)\s+)*/g;

/**
 * "Prime Minister Hallvik will visit Lauria in May", "The two leaders will meet again next
 * year": the publisher announces what a named actor will do, outside any reported speech.
 * The subject is read as a speaker is (names, offices, groups, pronouns).
 */
function announcedCommitments(seg: Segmented, actors: DocumentActors, statements: Statement[],
  add: (s: Statement | null, actorsOf: string[], span: Span, modality: Modality) => void): void {
  const { text } = seg;
  const ctx: SpeakerContext = { text, actors, meetings: [], principal: null, history: statements.map((s) => ({ actor: s.speaker, at: s.span[0] })) };
  const covered = new Uint8Array(text.length + 1);
  for (const s of statements) covered.fill(1, s.span[0], s.span[1]);
  for (const sent of seg.sentences) {
    const block = seg.blocks[sent.block];
    if (block.kind !== 'paragraph' && block.kind !== 'item') continue;
    const [s0, s1] = sent.span;
    const sentence = text.slice(s0, s1);
    for (const m of sentence.matchAll(ANNOUNCED)) {
      const at = s0 + m.index;
      if (covered[at]) continue;
      const start = at + m[0].length;
      const verb = /^[a-z]+/.exec(text.slice(start, start + 30))?.[0] ?? '';
      if (!verb || NOT_ACTIONS.has(verb) || (m[1] && /ed$/.test(verb))) continue;
      const speaker = speakerBefore(ctx, s0, at);
      if (!speaker) continue;
      const modality: Modality = m[2] ? (/^plan/.test(m[2]) ? 'plan' : 'intend') : m[3] ? (m[3] === 'decided' ? 'decide' : 'agree') : m[1] || m[4] ? 'will' : 'ready';
      add(null, [speaker.actor], actionSpan(text, start, s1), modality);
    }
  }
}

export const commitmentsComponent = component({
  name: 'commitments',
  requires: ['text', 'seg', 'actors', 'statements', 'meetings', 'head'],
  provides: ['commitments'],
  // The subject of an announced commitment may be a group ("the two leaders will …").
  updates: ['actors'],
  run: ({ text, seg, actors, statements, meetings, head }) => ({ commitments: extractCommitments({ text, seg, actors, statements, meetings, date: head.date }) }),
});
