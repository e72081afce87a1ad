// Statements: one per reporting verb with an identified speaker. "X stated that A, that B"
// is one; "X stated that A and expressed his hope that B" is two; "agreed on the following
// points: (i)… (ii)…" is one per point; "Kono: We would like…" turns are one per turn.
import type { Act, Meeting, Span, Statement } from '../../record.ts';
import type { Segmented } from '../../segment/index.ts';
import { headingOf } from '../../segment/index.ts';
import { component } from '../compose.ts';
import type { DocumentActors } from '../doc.ts';
import { findDays } from '../dates.ts';
import { REPORTING_VERBS, REPORTING_VERB_RE, type ReportingVerb } from '../lexicon/verbs.ts';
import { groupOf, speakerBefore, type SpeakerContext } from './speakers.ts';

export interface StatementInput {
  seg: Segmented;
  actors: DocumentActors;
  meetings: Meeting[];
  principal: Meeting | null;
  date: string | null;
}

interface VerbHit { start: number; end: number; verb: ReportingVerb; ing: boolean }

const AUX_BEFORE = /\b(?:was|were|been|be|being|is|are|am|has|have|had|to|would|will|could|should|may|might|must|not|never|it|which\s+was|that\s+was)\s+(?:(?:also|further|then|strongly|highly|fully|widely|already|clearly|not)\s+)?$/i;
const COORDINATOR = /(?:,\s*(?:and|but)?\s*|\s+and\s+|;\s*(?:and\s+)?)(?:(?:also|further|then|at the same time|in addition|additionally|furthermore|once again|again|strongly|resolutely|firmly)\s+)*$/i;
const CLAUSE_START = /(?:^|[,;:]\s*(?:and\s+|but\s+|while\s+|whereas\s+|which\s+)?|\bwhich\s+)$/;
// "… during her talks with Chairman Kasjyanov on December 15": when the statement was made, not what it says.
const TALKS_ADJUNCT = /,?\s+(?:during|in)\s+(?:the|their|his|her|its)\s+(?:talks|meeting|meetings|call|conversation)\b[^,;]*?(?=\s+that\b|$)/;
const LEADING_DATE_CONTEXT = /^(?:\([a-z0-9]+\)\s*)?(?:During|In|At)\s+(?:the|their)\s+(?:talks|meeting|meetings|summit)\s+(?:on|of)\s+([^,]+),/;

function findVerbs(text: string, start: number, end: number): VerbHit[] {
  const slice = text.slice(start, end);
  const hits: VerbHit[] = [];
  for (const m of slice.matchAll(REPORTING_VERB_RE)) {
    const groups = m.groups!;
    const key = Object.keys(groups).find((k) => groups[k] !== undefined)!;
    const verb = REPORTING_VERBS[Number(key.slice(1))];
    hits.push({ start: start + m.index, end: start + m.index + m[0].length, verb, ing: key[0] === 'g' });
  }
  return hits;
}

function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && /[\s,;:]/.test(text[a])) a++;
  while (b > a && /[\s,;:.]/.test(text[b - 1])) b--;
  // An unbalanced closing quote or bracket at the end belongs to the sentence, not the content.
  return [a, b];
}

export function extractStatements({ seg, actors, meetings, principal, date }: StatementInput): Statement[] {
  const { text } = seg;
  const ctx: SpeakerContext = { text, actors, meetings, principal, history: [] };
  const out: Statement[] = [];
  let sectionDate: { section: string | null; date: string } | null = null;
  let pendingPoints: { speaker: string; act: Act; verb: string; statement: Statement; introNumber: string | null } | null = null;

  const meetingFor = (speaker: string, day: string | null): string | null => {
    const a = actors.byId.get(speaker);
    const who = a?.kind === 'group' ? a.members ?? [] : [speaker];
    const involves = (m: Meeting) => who.some((w) => m.participants.includes(w)) ||
      (a?.kind === 'group' && who.every((w) => actors.byId.get(w)?.kind === 'country'));
    if (day) return meetings.find((m) => m.date === day && involves(m))?.id ?? null;
    const principal = ctx.principal;
    if (principal && involves(principal)) return principal.id;
    // Not at the main meeting: the one meeting the speaker had, if only one.
    const own = meetings.filter(involves);
    return own.length === 1 ? own[0].id : null;
  };

  const add = (s: Omit<Statement, 'id'>) => {
    const st: Statement = { id: `s${out.length + 1}`, ...s };
    out.push(st);
    ctx.history.push({ actor: s.speaker, at: s.span[0] });
    return st;
  };

  const sentencesOf = new Map<number, typeof seg.sentences>();
  for (const x of seg.sentences) {
    if (!sentencesOf.has(x.block)) sentencesOf.set(x.block, []);
    sentencesOf.get(x.block)!.push(x);
  }
  for (const block of seg.blocks) {
    if (block.kind === 'front' || block.kind === 'note' || block.kind === 'heading' || block.kind === 'bracket') continue;
    if (sectionDate && sectionDate.section !== block.section) sectionDate = null;
    const body: Span = [block.bodyStart, block.span[1]];
    const topic = headingOf(seg, block.section);

    // Points under "agreed on the following points:".
    // Points are the list under the introducing paragraph: bullets, or a numbering of another scheme
    // than the paragraph's own ("(c) … agreed on the following points:" then "(i)", "(ii)"; "(d)" ends them).
    const isPoint = block.kind === 'item' || (block.kind === 'paragraph' && !!block.number && !!pendingPoints &&
      numberingScheme(block.number) !== numberingScheme(pendingPoints.introNumber));
    if (pendingPoints && isPoint) {
      const p = pendingPoints;
      let [a, b] = trimSpan(text, body[0], body[1]);
      const num = /^\((?:[ivx]+|[a-z]|\d+)\)\s*/.exec(text.slice(a, b));
      if (num) a += num[0].length;
      const { id: _listId, ...listed } = p.statement;
      void _listId;
      add({ ...listed, speaker: p.speaker, act: p.act, verb: p.verb, content: text.slice(a, b), contentSpan: [a, b], section: block.section, span: [a, b] });
      continue;
    }
    pendingPoints = null;

    // Turns: "Kono: We would like…", "Kono, Lavrov: We will…".
    const turn = /^([A-Z][\w'’.-]+(?:\s*(?:,|and)\s*[A-Z][\w'’.-]+)*)\s*:\s+(?=\S)/.exec(text.slice(body[0], body[1]));
    if (turn) {
      const names = turn[1].split(/\s*(?:,|and)\s*/);
      const who = names.map((n) => actors.actors.find((a) => a.kind === 'person' && (a.surname === n || a.aliases?.includes(n) || a.name === n))?.id);
      if (who.length && who.every((w): w is string => !!w)) {
        const speaker = who.length === 1 ? who[0] : groupOf(ctx, who, { text: turn[1], span: [body[0], body[0] + turn[1].length] });
        const [a, b] = trimSpan(text, body[0] + turn[0].length, body[1]);
        add({ speaker, act: 'state', verb: ':', content: text.slice(a, b), contentSpan: [a, b], addressee: null, topic, section: block.section,
          meeting: meetingFor(speaker, null), date: null, respondsTo: null, span: [body[0], b] });
        continue;
      }
    }

    for (const sent of sentencesOf.get(block.index) ?? []) {
      const [s0, s1] = sent.span;
      const sentence = text.slice(s0, s1);
      const lead = LEADING_DATE_CONTEXT.exec(sentence);
      const leadDay = lead ? findDays(text, s0, s0 + lead[0].length, date)[0]?.date ?? null : null;
      if (leadDay) sectionDate = { section: block.section, date: leadDay };
      const inResponse = /^(?:\([a-z0-9]+\)\s*)?In response\b/.test(sentence);

      // Passive agreement: "it was agreed (with Chairman Putin as well) that …".
      // ("it was confirmed that …" is the publisher's own assessment, not a statement.)
      const passive = /\bit was (?:also |further )?(agreed)\b(?:\s+with\s+[^,]*?(?:\s+as well)?)?\s+that\s+/i.exec(sentence);
      const hits = findVerbs(text, s0, s1).filter((h) => {
        if (passive && h.start >= s0 + passive.index && h.start < s0 + passive.index + passive[0].length) return false;
        return !AUX_BEFORE.test(text.slice(Math.max(s0, h.start - 30), h.start));
      });

      interface Planned { hit: VerbHit; speaker: string | null; clauseStart: number; subjectStart: number; deferred: boolean }
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
      if (passive) {
        const start = s0 + passive.index;
        const members = membersOfPrincipal(ctx);
        if (members.length >= 2) {
          const speaker = groupOf(ctx, members, null);
          const act: Act = passive[1].toLowerCase() === 'agreed' ? 'agree' : passive[1].toLowerCase() === 'confirmed' ? 'confirm' : 'other';
          planned.push({ hit: { start, end: start + passive[0].length, verb: { past: '', act }, ing: false }, speaker, clauseStart: start, subjectStart: start, deferred: false });
          planned.sort((a, b) => a.hit.start - b.hit.start);
        }
      }

      for (let k = 0; k < planned.length; k++) {
        const p = planned[k];
        if (!p.speaker) continue;
        const next = planned[k + 1];
        let contentStart = p.hit.end;
        let contentEnd = next ? next.clauseStart : s1;
        if (p.hit.ing && k === 0 && next) contentEnd = Math.min(contentEnd, s0 + (text.slice(s0, next.subjectStart).lastIndexOf(',') >= 0 ? text.slice(s0, next.subjectStart).lastIndexOf(',') : next.subjectStart - s0));
        let addressee: string | null = null;
        let day: string | null = null;
        // "stated to Prime Minister Koizumi during their talks on December 16 that …"
        const afterVerb = text.slice(contentStart, contentEnd);
        const toWhom = /^\s*(?:to\s+)?/.exec(afterVerb)![0];
        const firstRef = actors.refsStartingAt(contentStart + toWhom.length).find((r) => r.kind === 'person' || r.kind === 'country');
        const verbSaysTo = /\bto$/.test(text.slice(p.hit.start, p.hit.end));
        if (firstRef && (p.hit.verb.addressee || /to\s+$/.test(toWhom) || verbSaysTo)) {
          addressee = firstRef.actor;
          if (/^\s*to\s+/.test(afterVerb) || verbSaysTo) {
            // "stated to X … that": the content is what follows "that".
            const that = /\bthat\s+/.exec(text.slice(firstRef.span[1], contentEnd));
            if (that) {
              day = findDays(text, firstRef.span[1], firstRef.span[1] + that.index, date)[0]?.date ?? null;
              contentStart = firstRef.span[1] + that.index + that[0].length;
            }
          }
        }
        let [a, b] = trimSpan(text, contentStart, contentEnd);
        let content = text.slice(a, b);
        const dm = dropPattern(p.hit.verb).exec(content);
        if (dm && !(p.hit.verb.act === 'ask' && /^to\s/.test(content))) { a += dm[0].length; content = text.slice(a, b); }
        if (/^that\s+/i.test(content)) { a += 5; content = text.slice(a, b); }
        // "conveyed this message during her talks with Chairman Kasjyanov on December 15".
        // (Only the content's tail can hold it: a bounded window keeps long contents linear.)
        const tailStart = Math.max(0, content.length - 240);
        const adjunct = TALKS_ADJUNCT.exec(content.slice(tailStart));
        const adjunctAt = adjunct ? tailStart + adjunct.index : -1;
        const adjunctDay = adjunct ? findDays(text, a + adjunctAt, b, date)[0]?.date ?? null : null;
        if (adjunct && adjunctDay && adjunctAt > 0 && adjunctAt + adjunct[0].length >= content.length - 1) {
          day = day ?? adjunctDay;
          b = a + adjunctAt;
          content = text.slice(a, b);
        }
        // "agreed … with Chairman Putin as well": both agreed.
        let speaker = p.speaker;
        const withWhom = p.hit.verb.act === 'agree' ? /\s+with\s+(?:the\s+)?([^,]*?)(?:\s+as well)?$/.exec(content.slice(tailStart)) : null;
        if (withWhom) {
          const at = a + tailStart + withWhom.index + withWhom[0].indexOf(withWhom[1]);
          const ref = actors.refsStartingAt(at).find((r) => r.kind === 'person');
          if (ref && ref.actor !== speaker) {
            speaker = groupOf(ctx, [speaker, ref.actor].flatMap((x) => (actors.byId.get(x)?.kind === 'group' ? actors.byId.get(x)!.members ?? [] : [x])), null);
            b = a + tailStart + withWhom.index;
            content = text.slice(a, b);
          }
        }
        if (!content.trim() && !/following points/.test(content)) continue;
        if (!day) day = leadDay ?? sectionDate?.date ?? null;
        const respondsTo = inResponse || p.hit.verb.act === 'respond'
          ? answered(out, speaker, seg.blocks[Math.max(0, block.index - 3)].span[0])
          : null;
        const verbText = text.slice(p.hit.start, p.hit.end).replace(/\s+/g, ' ').replace(/\s+that\s*$|\s+$/i, '');
        const st = add({
          speaker, act: p.hit.verb.act, verb: verbText, content, contentSpan: [a, b], addressee, topic, section: block.section,
          meeting: meetingFor(speaker, day), date: day, respondsTo, span: [Math.min(p.subjectStart, p.hit.start), b],
        });
        if (/\bfollowing\s+points?\s*:?$/i.test(content) || (/^\s*:\s*$/.test(text.slice(b, Math.min(s1 + 1, b + 8))) && k === planned.length - 1 && /following/.test(content))) {
          out.pop();
          ctx.history.pop();
          pendingPoints = { speaker, act: p.hit.verb.act, verb: verbText, statement: st, introNumber: block.number };
        }
      }
    }
  }
  return out;
}

/** "(i)" roman, "(a)" letter, "(1)" paren, "1." dot: a list's points use another scheme than its paragraph. */
function numberingScheme(n: string | null): string {
  if (!n) return 'none';
  if (/^\([ivx]+\)$/.test(n)) return 'roman';
  if (/^\([a-z]\)$/.test(n)) return 'letter';
  if (/^\(\d+\)$/.test(n)) return 'paren';
  return 'dot';
}

/** Words dropped from the start of a verb's content ("that", "on", "for"), compiled once per verb. */
const DROP_PATTERNS = new Map(REPORTING_VERBS.map((v) => [v, new RegExp(`^(?:(?:${v.drop ?? 'that'})\\s+|that\\s+)`, 'i')]));
const DROP_THAT = /^(?:(?:that)\s+|that\s+)/i;
function dropPattern(verb: ReportingVerb): RegExp {
  return DROP_PATTERNS.get(verb) ?? DROP_THAT;
}

/** The latest statement by someone else since `since`: what "In response, …" answers. */
function answered(out: Statement[], speaker: string, since: number): string | null {
  for (let i = out.length - 1; i >= 0 && out[i].span[0] >= since; i--) if (out[i].speaker !== speaker) return out[i].id;
  return null;
}

function membersOfPrincipal(ctx: SpeakerContext): string[] {
  return ctx.principal?.participants ?? [];
}

export const statementsComponent = component({
  name: 'statements',
  // documents: signatures settle signatories' countries, which "the two sides" are read from.
  requires: ['seg', 'actors', 'meetings', 'principal', 'head', 'documents'],
  provides: ['statements'],
  updates: ['actors'],
  run: ({ seg, actors, meetings, principal, head }) => ({ statements: extractStatements({ seg, actors, meetings, principal, date: head.date }) }),
});
