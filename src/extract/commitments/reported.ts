// Commitments in reported speech, read from each statement's content by modality: "agreed to
// …", "intended to", "was ready to", "decided to", nouns of intent ("the Prime Minister's
// decision to increase …"), "would/will" for the speaker's own side, and the passive "a
// mission would be sent". Hopes about others and requests to others are not commitments: a
// modal clause counts only when its subject is the speaker, the speaker's side, or (for the
// strong markers) another named actor.
import type { Span, Statement } from '../../record.ts';
import type { DocumentActors } from '../doc.ts';
import { INTENT_NOUNS, NOT_ACTIONS } from '../lexicon/modality.ts';
import { actionSpan, startsWithVerb } from './action.ts';
import type { CommitmentList } from './list.ts';
import { CONTINUES, FUTURE, GROUP_POSSESSIVE, INTENT, INTENT_NOUN, OWN_PRONOUN, OWN_SUBJECT, PASSIVE_FUTURE, PASSIVE_WILL, PERSON_POSSESSIVE } from './markers.ts';
import { matchesOf } from '../patterns.ts';

interface Subject { actor: string; own: boolean; clauseStart: number }

export function readReportedCommitments(text: string, actors: DocumentActors, statements: readonly Statement[], list: CommitmentList): void {
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
  const subjectOf = (s: Statement, at: number): Subject | null => {
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
    if (OWN_PRONOUN.test(words)) return { actor: s.speaker, own: true, clauseStart };
    if (OWN_SUBJECT.test(words)) return { actor: s.speaker, own: true, clauseStart };
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

  const { add } = list;
  for (const s of statements) {
    const [c0, c1] = s.contentSpan;
    const content = text.slice(c0, c1);
    // "agreed to advance …", "resolved to push back …", "remain committed to working …".
    if ((s.act === 'agree' || s.act === 'commit') && /^to\s+/.test(content) && startsWithVerb(content.slice(3))) {
      add(s, [s.speaker], actionSpan(text, c0 + 3, c1), s.act === 'agree' ? 'agree' : 'will');
      continue;
    }
    const taken: Span[] = [];
    for (const { re, modality } of INTENT) {
      for (const m of matchesOf(re, content)) {
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
    for (const m of matchesOf(INTENT_NOUN, content)) {
      const start = c0 + m.index + m[0].length;
      if (!startsWithVerb(text.slice(start, c1)) || taken.some(([a]) => a === start)) continue;
      const ownerText = m[1];
      let owner: string | null = null;
      if (PERSON_POSSESSIVE.test(ownerText)) {
        const prior = refsIn(c0, c0 + m.index).filter((r) => r.kind === 'person');
        owner = prior.length ? prior[prior.length - 1].actor : s.speaker;
      } else if (GROUP_POSSESSIVE.test(ownerText)) owner = s.speaker;
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
      add(s, [owner], span, INTENT_NOUNS[m[2]]);
    }
    // "would/will" in reported speech, for the speaker's own side.
    for (const m of matchesOf(FUTURE, content)) {
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
    for (const m of matchesOf(PASSIVE_FUTURE, content)) {
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
    if ((s.act === 'respond' || s.act === 'confirm') && !list.commitments.some((c) => c.statement === s.id)) {
      const passiveWill = PASSIVE_WILL.test(content);
      const resume = CONTINUES.test(content);
      if (passiveWill || (s.act === 'confirm' && resume)) add(s, [s.speaker], actionSpan(text, c0, c1), 'will');
    }
  }
}
