// Meetings: talks, calls, meals, ceremonies and visits with named participants. Each
// sentence is cut at its meeting phrases ("held talks with", "had a breakfast meeting
// with", "was hosted to lunch by", "in the presence of"); what follows a phrase, up to the
// next, names the other participants; the sentence's subject is the first.
import type { Meeting, MeetingFormat, Span } from '../../record.ts';
import type { Segmented } from '../../segment/index.ts';
import { component } from '../compose.ts';
import type { DocumentActors } from '../doc.ts';
import { findDays, reportedDay } from '../dates.ts';
import { parseDueDate } from '../due/index.ts';
import { matchesOf } from '../patterns.ts';

interface Trigger { re: RegExp; format: (m: RegExpMatchArray) => MeetingFormat; objectless?: boolean }

const TRIGGERS: Trigger[] = [
  { re: /\bheld\s+(?:separate\s+|bilateral\s+|a\s+|the\s+|summit\s+|official\s+|working\s+|brief\s+)*(talks|meeting|meetings|consultations|(?:tele)?phone\s+(?:call|conversation|talks)|video\s*(?:conference|call)|videoconference)(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+with\b/g,
    format: (m) => (/phone/.test(m[1]) ? 'telephone' : 'talks') },
  { re: /\b(?:had|enjoyed)\s+(?:a\s+|an\s+)?(?:(?:working\s+)?(breakfast|lunch|luncheon|dinner|tea)\s+)?(?:meeting|talks|conversation|discussions?|(?:tele)?phone\s+(?:call|conversation))\s+with\b/g,
    format: (m) => (m[1] ? 'meal' : /phone/.test(m[0]) ? 'telephone' : 'talks') },
  { re: /(?:,|\band)\s+(?:a\s+)?(?:(breakfast|lunch|luncheon|dinner)\s+meeting|talks|meeting)\s+with\b/g, format: (m) => (m[1] ? 'meal' : 'talks') },
  { re: /\bfollowed\s+by\s+(?:a\s+)?(?:talks|meeting|(breakfast|lunch|dinner))\s+with\b/g, format: (m) => (m[1] ? 'meal' : 'talks') },
  { re: /\b(?:a\s+)?(breakfast|lunch|luncheon|dinner|tea)\s+(?:meeting\s+)?hosted\s+by\b/g, format: () => 'meal' },
  { re: /\b(?:was|were)\s+(?:also\s+)?hosted\s+to\s+(?:a\s+)?(?:working\s+)?(breakfast|lunch|luncheon|dinner|tea)\s+by\b/g, format: () => 'meal' },
  { re: /\bhosted\s+(?:a\s+)?(?:working\s+|state\s+|official\s+)?(breakfast|lunch|luncheon|dinner|banquet)\s+for\b/g, format: () => 'meal' },
  { re: /\bmet(?:\s+(?:virtually|today|separately|briefly|again|later|also|yesterday|this\s+(?:morning|afternoon|evening)|(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))*\s+(?:with\s+)?(?=[A-Z]|the\s+[A-Z]|his\s|her\s)/g, format: (m) => (/virtual/.test(m[0]) ? 'other' : 'talks') },
  { re: /\bspoke(?:\s+(?:today|yesterday|by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|virtually))*\s+with\b/g, format: (m) => (/phone/.test(m[0]) ? 'telephone' : 'talks') },
  { re: /\b(?:telephone|phone)\s+(?:call|conversation|talks)\s+with\b/g, format: () => 'telephone' },
  { re: /\b(?:called\s+on|paid\s+a\s+courtesy\s+call\s+on|made\s+a\s+courtesy\s+call\s+on)\b/g, format: () => 'talks' },
  { re: /\b(?:received|accepted)\s+a\s+(?:courtesy\s+)?(?:call|visit)\s+from\b/g, format: () => 'talks' },
  { re: /\b(?:hosted|gave|held)\s+(?:a\s+)?(?:working\s+|state\s+|official\s+)?(breakfast|lunch|luncheon|dinner|banquet|reception)\s+in\s+hono(?:u)?r\s+of\b/g, format: () => 'meal' },
  { re: /\b(?:visited|received)\s+(?=(?:President|Prime|Chairman|Minister|Secretary|King|Queen|Emperor|Ambassador|His|Her|H\.E\.|Mr\.?|Ms\.?|Dr\.?)\b)/g, format: () => 'talks' },
  { re: /\bin\s+the\s+presence\s+of\b/g, format: () => 'ceremony', objectless: true },
];
/** Phrases that end a list of participants without starting a meeting ("…, and attended the Forum"). */
const BOUNDARY = /,?\s+and\s+(?:also\s+)?(?:attended|visited|toured|delivered|gave|laid|inspected|attended)\b|\bto\s+(?:discuss|highlight|reaffirm|advance|review)\b|\bon\s+the\s+sidelines\b|\bwho\s/g;
const JOINED = /\bparticipated\s+in\s+(?:this|the)\s+(?:event|ceremony|meeting)\b/;
const GROUP_PHRASE = /(?:,|\band)\s+(?:other\s+)?(?:representatives|members|business\s+(?:people|leaders)|officials|executives|leaders)\b/;

const VISIT = /\b(?:paid|made|pays|is paying|was paying)\s+(?:a|an|his|her|their|its)\s+(?:(?:first|second|third|official|state|working|brief|historic|\w+-day)\s+){0,3}visit\s+to\s+|\bvisited\s+(?=(?:the\s+)?[A-Z])/g;
const DAY_RANGE = /^\s*(?:from\s+[^,.;]{1,30}?\s+to\s+(?:[A-Z][a-z]+\.?\s+)?\d{1,2}(?:,?\s+\d{4})?(?:\s+[A-Z][a-z]+(?:,?\s+\d{4})?)?|on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+and\s+\d{1,2})/;

export interface MeetingContext {
  seg: Segmented;
  actors: DocumentActors;
  date: string | null;
}

function personRefsIn(actors: DocumentActors, a: number, b: number): { actor: string; span: Span }[] {
  return actors.refsIn(a, b, 'person');
}

export function extractMeetings({ seg, actors, date }: MeetingContext): Meeting[] {
  const { text } = seg;
  const meetings: Meeting[] = [];
  let lastSubject: string | null = null;
  let paragraphDate: string | null = null;
  let paragraph = -1;
  for (const s of seg.sentences) {
    const block = seg.blocks[s.block];
    if (block.kind === 'front' || block.kind === 'note' || block.kind === 'heading') continue;
    if (s.block !== paragraph) { paragraph = s.block; paragraphDate = null; }
    const sentence = text.slice(s.span[0], s.span[1]);
    const days = findDays(text, s.span[0], s.span[1], date);
    const refs = personRefsIn(actors, s.span[0], s.span[1]);

    // "… participated in this event": join the last ceremony.
    if (JOINED.test(sentence) && meetings.length) {
      const last = meetings[meetings.length - 1];
      for (const r of refs) if (!last.participants.includes(r.actor)) last.participants.push(r.actor);
    }

    const hits: { start: number; end: number; format: MeetingFormat; objectless: boolean }[] = [];
    for (const t of TRIGGERS) {
      for (const m of matchesOf(t.re, sentence)) {
        const start = s.span[0] + m.index, end = start + m[0].length;
        if (hits.some((h) => start < h.end && end > h.start)) continue;
        hits.push({ start, end, format: t.format(m), objectless: !!t.objectless });
      }
    }
    // "…, and with Prime Minister Koizumi …" continues the last "held talks with".
    for (const m of matchesOf(/\band\s+with\b/g, sentence)) {
      let start = s.span[0] + m.index!;
      while (start > s.span[0] && /[\s,]/.test(text[start - 1])) start--;
      const prev = hits.filter((h) => h.start < start).sort((a, b) => b.start - a.start)[0];
      if (prev && !hits.some((h) => start < h.end && start + m[0].length > h.start)) hits.push({ start, end: start + m[0].length, format: prev.format, objectless: false });
    }
    const bounds: number[] = matchesOf(BOUNDARY, sentence).map((m) => s.span[0] + m.index!);
    // A visit that spans days: "paid an official visit to Japan from December 15 to December 17".
    for (const m of matchesOf(VISIT, sentence)) {
      const at = s.span[0] + m.index! + m[0].length;
      const host = actors.refsStartingAt(at + (/^the\s/.test(text.slice(at, at + 4)) ? 4 : 0)).find((r) => r.kind === 'country');
      // The visitor is the subject right before the verb ("At the invitation of A, B paid a visit").
      const before = refs.filter((r) => r.span[1] <= s.span[0] + m.index!);
      const visitor = before[before.length - 1]?.actor ?? (/^(?:[^,]*,\s*)?(?:he|she)\b/i.test(sentence) ? lastSubject : null);
      if (!host || !visitor) continue;
      const range = DAY_RANGE.exec(text.slice(host.span[1], Math.min(s.span[1], host.span[1] + 80)));
      const days = range ? parseDueDate(range[0].trim().replace(/^on\s+(\w+\.?\s+\d{1,2})\s+and\s+(\d{1,2})/, 'from $1 to $2'), date ?? '2000-01-01') : null;
      if (!days || !date) continue;
      const [start, end] = [reportedDay(days.start, date), reportedDay(days.end, date)];
      meetings.push({ id: '', date: start, endDate: end === start ? null : end, place: actors.byId.get(host.actor)?.name ?? null, format: 'visit',
        participants: [visitor, host.actor], span: [s.span[0] + m.index!, host.span[1] + range!.index + range![0].length] });
    }
    hits.sort((a, b) => a.start - b.start);
    if (!hits.length) {
      if (days.length) paragraphDate = days[days.length - 1].date;
      const first = refs[0];
      if (first) lastSubject = first.actor;
      continue;
    }

    // The subject: the first person named before the first meeting phrase, or a pronoun's antecedent.
    const before = refs.filter((r) => r.span[1] <= hits[0].start);
    let subject: string | null = before[0]?.actor ?? null;
    if (!subject && /^(?:[^,]*,\s*)?(?:he|she|He|She)\b/.test(sentence)) subject = lastSubject;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      const segEnd = Math.min(hits[k + 1]?.start ?? s.span[1], ...bounds.filter((b) => b > h.end), s.span[1]);
      const objects = personRefsIn(actors, h.end, segEnd).map((r) => r.actor).filter((x, i, all) => all.indexOf(x) === i && x !== subject);
      if (!objects.length) continue;
      const segText = text.slice(h.end, segEnd);
      const segDays = findDays(text, h.start, segEnd, date);
      const day = segDays[0]?.date ?? days.find((d) => d.span[0] < h.start)?.date ?? days[0]?.date ?? paragraphDate ?? null;
      const place = /\b(?:at|in)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*(?:,\s*[A-Z]{2}\b)?)/.exec(text.slice(h.start, Math.min(s.span[1], h.start + 300)));
      const separate = /\bseparate\b/.test(text.slice(h.start, h.end)) || objects.length > 2 || (objects.length === 2 && GROUP_PHRASE.test(segText));
      const base = h.objectless ? [] : subject ? [subject] : [];
      const groups = separate ? objects.map((o) => [...base, o]) : [[...base, ...objects]];
      for (const participants of groups) {
        if (participants.length < 2) continue;
        const span: Span = [h.start, segEnd];
        const same = meetings.find((m) => m.date === day && m.participants.length === participants.length && participants.every((p) => m.participants.includes(p)));
        if (same) continue;
        meetings.push({ id: '', date: day, endDate: null, place: place ? place[1].replace(/^the\s+/, '') : null, format: h.format, participants, span });
      }
    }
    if (subject) lastSubject = subject;
    if (days.length) paragraphDate = days[days.length - 1].date;
  }
  meetings.forEach((m, i) => { m.id = `m${i + 1}`; });
  return meetings;
}

export const meetingsComponent = component({
  name: 'meetings',
  requires: ['seg', 'actors', 'head'],
  provides: ['meetings'],
  run: ({ seg, actors, head }) => ({ meetings: extractMeetings({ seg, actors, date: head.date }) }),
});
