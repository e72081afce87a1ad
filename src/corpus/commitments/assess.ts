// Commitment status as of a date: open, kept or overdue, with the evidence.
//
// Rules:
// - Evidence comes from another document dated on or after the commitment's document, published by
//   the as-of date. Its date is the meeting's or statement's own date where the text gives one, else
//   its document's date; evidence dated before the commitment's document, or before the due window
//   starts, does not count.
// - A visit ("visit Osterland") is shown by a later meeting with the actor (the same person, or someone
//   of the same country) in or to the destination. A meeting ("hold the next round of talks on …") is
//   shown by a later meeting of all its parties whose paragraph names its topic. Anything else is shown
//   by a later statement of the actor, or a document it signed, sharing at least two key words and at
//   least half of the action's key words.
// - Window end: evidence dated on or before due.end is in time. Evidence after due.end makes the
//   commitment `overdue` as of any date before the evidence, and `kept` with `late: true` and the reason
//   "kept late (due by …, done …)" from the evidence date on.
// - `overdue` when due.end < as-of and no evidence; `open` otherwise (no due date, or not yet due).
import type { Commitment, Meeting, OutcomeDocument, Statement } from '../../record.ts';
import type { CommitmentAssessment, CommitmentEvidence, CorpusDocument, PersonEntity } from '../types.ts';
import { countryKey, knownCountries } from '../countries.ts';
import { fold, sharedKeyWords } from '../text.ts';
import { actionShape, mentionsDestination, type ActionShape } from './action.ts';
import { PartyResolver, partyPresent, type Party } from './parties.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Found { evidence: CommitmentEvidence; date: string; rank: number }

export function assessCommitments(docs: CorpusDocument[], persons: PersonEntity[], asOf: string): CommitmentAssessment[] {
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new Error(`as-of date "${asOf}": expected YYYY-MM-DD`);
  const known = knownCountries(docs.map((d) => d.record));
  const resolver = new PartyResolver(docs, persons, known);
  const ordered = [...docs].sort((a, b) => (dateOf(a) ?? '9999').localeCompare(dateOf(b) ?? '9999') || a.docId.localeCompare(b.docId));
  const out: CommitmentAssessment[] = [];
  for (const doc of ordered) {
    for (const c of doc.record.commitments ?? []) out.push(assessOne(doc, c, ordered, resolver, known, asOf));
  }
  return out;
}

function dateOf(doc: CorpusDocument): string | null {
  return doc.date ?? doc.record.document?.date ?? null;
}

function assessOne(doc: CorpusDocument, c: Commitment, docs: CorpusDocument[], resolver: PartyResolver, known: Set<string>, asOf: string): CommitmentAssessment {
  const due = c.due ? { text: c.due.text, start: c.due.start, end: c.due.end } : null;
  const parties = resolver.parties(doc.docId, c.actors ?? []);
  const shape = actionShape(c.action ?? '', due?.text ?? null);
  // The states a commitment is between are its parties, not its topic.
  for (const p of parties) for (const country of p.countries) shape.keys.delete(country);
  for (const k of [...shape.keys]) if (known.has(k)) shape.keys.delete(k);

  const since = dateOf(doc);
  let inTime: Found | null = null;
  let late: Found | null = null;
  if (parties.length) {
    for (const other of docs) {
      const published = dateOf(other);
      if (other.docId === doc.docId || !published || published > asOf) continue;
      if (since && published < since) continue;
      for (const found of evidenceIn(other, shape, parties, resolver)) {
        if (since && found.date < since) continue;
        if (due && found.date < due.start) continue;
        const onTime = !due || found.date <= due.end;
        const better = (best: Found | null) => !best || found.date < best.date || (found.date === best.date && found.rank < best.rank);
        if (onTime && better(inTime)) inTime = found;
        if (!onTime && better(late)) late = found;
      }
    }
  }

  const base = { docId: doc.docId, commitmentId: c.id, due };
  if (inTime) return { ...base, status: 'kept', evidence: inTime.evidence, evidenceDate: inTime.date, late: false, reason: `kept: ${inTime.evidence.reason}` };
  if (due && due.end < asOf) {
    if (late) return { ...base, status: 'kept', evidence: late.evidence, evidenceDate: late.date, late: true, reason: `kept late (due by ${due.end}, done ${late.date}): ${late.evidence.reason}` };
    return { ...base, status: 'overdue', evidence: null, evidenceDate: null, reason: `overdue: due by ${due.end} ("${due.text}"); no document up to ${asOf} shows it done` };
  }
  return {
    ...base, status: 'open', evidence: null, evidenceDate: null,
    reason: due ? `open: due by ${due.end} ("${due.text}"), not yet due as of ${asOf}` : 'open: no due date, and no later document shows it done',
  };
}

/** Every piece of evidence one document holds for a commitment of this shape and these parties. */
function* evidenceIn(doc: CorpusDocument, shape: ActionShape, parties: Party[], resolver: PartyResolver): Generator<Found> {
  const record = doc.record;
  const text = record.document?.text ?? '';
  const published = dateOf(doc)!;
  const title = record.document?.title || doc.title;
  if (shape.kind === 'visit' || shape.kind === 'meeting') {
    for (const m of record.meetings ?? []) {
      const present = resolver.union(doc.docId, m.participants ?? []);
      const date = m.date ?? published;
      if (shape.kind === 'visit') {
        if (!parties.some((p) => partyPresent(p, present))) continue;
        if (!meetingAt(m, text, shape.destination!)) continue;
        yield { date, rank: 0, evidence: { docId: doc.docId, span: m.span, reason: `${names(present)} in ${shape.destination} on ${date} (${title})` } };
      } else {
        if (!parties.every((p) => partyPresent(p, present))) continue;
        const context = [paragraphAround(text, m.span), m.place ?? '', ...statementsOf(record.statements ?? [], m.id)].join(' ');
        const shared = sharedKeyWords(shape.keys, context);
        if (shape.keys.size && shared.length < Math.ceil(shape.keys.size / 2)) continue;
        yield { date, rank: 0, evidence: { docId: doc.docId, span: m.span, reason: `${m.format} of ${names(present)} on ${date}${shared.length ? ` on ${shared.join(', ')}` : ''} (${title})` } };
      }
    }
    return;
  }
  const enough = (shared: string[]) => shared.length >= 2 && shared.length * 2 >= shape.keys.size;
  for (const d of record.documents ?? []) {
    const signers = resolver.union(doc.docId, (d.signatories ?? []).map((s) => s.actor));
    for (const p of d.parties ?? []) { const k = countryKey(p); if (k) signers.countries.add(k); signers.organizations.add(fold(p)); }
    if (!parties.some((p) => partyPresent(p, signers))) continue;
    const shared = sharedKeyWords(shape.keys, `${d.title} ${d.summary ?? ''}`);
    if (!enough(shared)) continue;
    const date = d.date ?? published;
    yield { date, rank: 1, evidence: { docId: doc.docId, span: d.span, reason: `"${clip(d.title, 90)}" signed${signerNames(d)} on ${date} (${title})` } };
  }
  for (const s of record.statements ?? []) {
    const speaker = resolver.union(doc.docId, [s.speaker]);
    if (!parties.some((p) => partyPresent(p, speaker))) continue;
    const shared = sharedKeyWords(shape.keys, s.content ?? '');
    if (!enough(shared)) continue;
    const date = s.date ?? published;
    yield { date, rank: 2, evidence: { docId: doc.docId, span: s.span, reason: `${names(speaker)} ${s.verb || s.act} on ${date}: "${clip(s.content, 100)}" (${title})` } };
  }
}

/** The meeting took place in or went to the destination: its place, or the sentence that reports it. */
function meetingAt(m: Meeting, text: string, destination: string): boolean {
  const dest = fold(destination);
  if (m.place && fold(m.place).split(/[^\p{L}]+/u).join(' ').includes(dest)) return true;
  return mentionsDestination(sentenceAround(text, m.span), destination);
}

function statementsOf(statements: Statement[], meetingId: string): string[] {
  return statements.filter((s) => s.meeting === meetingId).map((s) => s.content ?? '');
}

/** The paragraph (between blank lines) holding a span. */
function paragraphAround(text: string, span: [number, number]): string {
  const start = Math.max(0, text.lastIndexOf('\n\n', Math.max(0, span[0] - 1)));
  const endAt = text.indexOf('\n\n', span[1]);
  return text.slice(start, endAt < 0 ? text.length : endAt);
}

/** The sentence(s) a span lies in. */
function sentenceAround(text: string, span: [number, number]): string {
  let start = span[0];
  while (start > 0 && !/[.!?]\s$|\n$/.test(text.slice(Math.max(0, start - 2), start))) start--;
  const after = /[.!?](?=\s|$)|\n/g;
  after.lastIndex = Math.max(span[1], start);
  const m = after.exec(text);
  return text.slice(start, m ? m.index + 1 : text.length);
}

function names(p: Party): string {
  const list = [...new Set(p.names)];
  return list.length ? list.join(', ') : 'the parties';
}

function signerNames(d: OutcomeDocument): string {
  const list = (d.signatories ?? []).map((s) => s.name).filter(Boolean);
  return list.length ? ` by ${list.join(' and ')}` : '';
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
