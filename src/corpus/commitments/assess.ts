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
import { fold, sharedKeyWords, stem, stemSet } from '../text.ts';
import { actionShape, mentionsDestination, type ActionShape } from './action.ts';
import { PartyResolver, partyPresent, type Party } from './parties.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Found { evidence: CommitmentEvidence; date: string; rank: number }

export function assessCommitments(docs: CorpusDocument[], persons: PersonEntity[], asOf: string): CommitmentAssessment[] {
  if (!ISO_DATE.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new Error(`as-of date "${asOf}": expected YYYY-MM-DD`);
  const known = knownCountries(docs.map((d) => d.record));
  const resolver = new PartyResolver(docs, persons, known);
  const stateWords = new Set([...known].flatMap((k) => k.split(' ')).map(stem));
  const ordered = [...docs].sort((a, b) => (dateOf(a) ?? '9999').localeCompare(dateOf(b) ?? '9999') || a.docId.localeCompare(b.docId));
  // Only dated documents published by the as-of date can be evidence; they are indexed once per call.
  const dated = ordered.filter((d) => { const date = dateOf(d); return date !== null && date <= asOf; });
  const index = new EvidenceIndex(dated, resolver);
  const out: CommitmentAssessment[] = [];
  for (const doc of ordered) {
    for (const c of doc.record.commitments ?? []) out.push(assessOne(doc, c, index, resolver, stateWords, asOf));
  }
  return out;
}

type MeetingEntry = { doc: CorpusDocument; m: Meeting; present: Party; context: Set<string>; sentence: string; where: string };
type DocumentEntry = { doc: CorpusDocument; d: OutcomeDocument; signers: Party; words: Set<string> };
type StatementEntry = { doc: CorpusDocument; s: Statement; speaker: Party; words: Set<string> };

/** The evidence documents offer, resolved once: meetings by who took part, statements and signed documents by word. */
class EvidenceIndex {
  private meetingsBy = new Map<string, MeetingEntry[]>();
  private statementsBy = new Map<string, StatementEntry[]>();
  private documentsBy = new Map<string, DocumentEntry[]>();
  private rankOf = new Map<string, number>();

  constructor(readonly dated: CorpusDocument[], resolver: PartyResolver) {
    dated.forEach((doc, i) => {
      this.rankOf.set(doc.docId, i);
      const record = doc.record;
      const text = record.document?.text ?? '';
      const statements = record.statements ?? [];
      for (const m of record.meetings ?? []) {
        const present = resolver.union(doc.docId, m.participants ?? []);
        const entry: MeetingEntry = {
          doc, m, present, sentence: sentenceAround(text, m.span),
          where: fold(`${m.place ?? ''} ${sentenceAround(text, m.span)}`),
          context: stemSet([paragraphAround(text, m.span), m.place ?? '', ...statementsOf(statements, m.id)].join(' ')),
        };
        for (const k of partyKeys(present)) push(this.meetingsBy, k, entry);
      }
      for (const d of record.documents ?? []) {
        const signers = resolver.union(doc.docId, (d.signatories ?? []).map((x) => x.actor));
        for (const p of d.parties ?? []) { const k = countryKey(p); if (k) signers.countries.add(k); signers.organizations.add(fold(p)); }
        const entry: DocumentEntry = { doc, d, signers, words: stemSet(`${d.title} ${d.summary ?? ''}`) };
        for (const w of entry.words) push(this.documentsBy, w, entry);
      }
      for (const st of statements) {
        const entry: StatementEntry = { doc, s: st, speaker: resolver.union(doc.docId, [st.speaker]), words: stemSet(st.content ?? '') };
        for (const w of entry.words) push(this.statementsBy, w, entry);
      }
    });
  }

  /** Position of a document in date order (to skip documents older than a commitment). */
  rank(doc: CorpusDocument): number { return this.rankOf.get(doc.docId) ?? -1; }

  meetingsWith(parties: Party[]): Set<MeetingEntry> {
    const out = new Set<MeetingEntry>();
    for (const p of parties) for (const k of partyKeys(p)) for (const e of this.meetingsBy.get(k) ?? []) out.add(e);
    return out;
  }

  /** Entries sharing at least `min` of the key words. */
  statementsSharing(keys: Set<string>, min: number): StatementEntry[] { return sharing(this.statementsBy, keys, min); }
  documentsSharing(keys: Set<string>, min: number): DocumentEntry[] { return sharing(this.documentsBy, keys, min); }
}

function partyKeys(p: Party): string[] {
  return [...[...p.persons].map((x) => `p:${x}`), ...[...p.countries].map((x) => `c:${x}`), ...[...p.organizations].map((x) => `o:${x}`)];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/**
 * Entries sharing at least `min` of the key words. An entry with `min` of k keys holds one of any k − min + 1
 * of them, so only the postings of the rarest k − min + 1 keys are read; the rest is checked on the entry.
 */
function sharing<T extends { words: Set<string> }>(postings: Map<string, T[]>, keys: Set<string>, min: number): T[] {
  const rarest = [...keys].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0)).slice(0, Math.max(1, keys.size - min + 1));
  const out = new Set<T>();
  for (const k of rarest) {
    for (const e of postings.get(k) ?? []) {
      if (out.has(e)) continue;
      let n = 0;
      for (const key of keys) if (e.words.has(key)) n++;
      if (n >= min) out.add(e);
    }
  }
  return [...out];
}

/** Index of the first document (sorted by date) dated on or after `date`. */
function firstOnOrAfter(sorted: CorpusDocument[], date: string): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dateOf(sorted[mid]) ?? '') < date) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function dateOf(doc: CorpusDocument): string | null {
  return doc.date ?? doc.record.document?.date ?? null;
}

function assessOne(doc: CorpusDocument, c: Commitment, index: EvidenceIndex, resolver: PartyResolver, stateWords: Set<string>, asOf: string): CommitmentAssessment {
  const due = c.due ? { text: c.due.text, start: c.due.start, end: c.due.end } : null;
  const parties = resolver.parties(doc.docId, c.actors ?? []);
  const shape = actionShape(c.action ?? '', due?.text ?? null);
  // The states a commitment is between are its parties, not its topic ("economic ties between the
  // United States and Japan" is about economic ties): no word of a state's name is a key word.
  for (const p of parties) for (const country of p.countries) for (const w of country.split(' ')) shape.keys.delete(stem(w));
  for (const k of [...shape.keys]) if (stateWords.has(k)) shape.keys.delete(k);

  const since = dateOf(doc);
  let inTime: Found | null = null;
  let late: Found | null = null;
  if (parties.length) {
    {
      const from = since ? firstOnOrAfter(index.dated, since) : 0;
      for (const found of evidenceFor(doc, from, index, shape, parties)) {
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

/** Every piece of evidence, in documents at or after position `from` other than the commitment's own. */
function* evidenceFor(own: CorpusDocument, from: number, index: EvidenceIndex, shape: ActionShape, parties: Party[]): Generator<Found> {
  const usable = (doc: CorpusDocument) => doc.docId !== own.docId && index.rank(doc) >= from;
  const titleOf = (doc: CorpusDocument) => doc.record.document?.title || doc.title;
  if (shape.kind === 'visit' || shape.kind === 'meeting') {
    const dest = shape.destination ? fold(shape.destination) : '';
    for (const { doc, m, present, context, sentence, where } of index.meetingsWith(parties)) {
      if (!usable(doc)) continue;
      if (shape.kind === 'visit' && !where.includes(dest)) continue; // cheap test before the full one
      const date = m.date ?? dateOf(doc)!;
      if (shape.kind === 'visit') {
        if (!meetingAt(m, sentence, shape.destination!)) continue;
        yield { date, rank: 0, evidence: { docId: doc.docId, span: m.span, reason: `${names(present)} in ${shape.destination} on ${date} (${titleOf(doc)})` } };
      } else {
        if (!parties.every((p) => partyPresent(p, present))) continue;
        const shared = sharedKeyWords(shape.keys, context);
        if (shape.keys.size && shared.length < Math.ceil(shape.keys.size / 2)) continue;
        yield { date, rank: 0, evidence: { docId: doc.docId, span: m.span, reason: `${m.format} of ${names(present)} on ${date}${shared.length ? ` on ${shared.join(', ')}` : ''} (${titleOf(doc)})` } };
      }
    }
    return;
  }
  // At least two key words, and at least half of them.
  const min = Math.max(2, Math.ceil(shape.keys.size / 2));
  if (shape.keys.size < 2) return;
  for (const { doc, d, signers } of index.documentsSharing(shape.keys, min)) {
    if (!usable(doc) || !parties.some((p) => partyPresent(p, signers))) continue;
    const date = d.date ?? dateOf(doc)!;
    yield { date, rank: 1, evidence: { docId: doc.docId, span: d.span, reason: `"${clip(d.title, 90)}" signed${signerNames(d)} on ${date} (${titleOf(doc)})` } };
  }
  for (const { doc, s, speaker } of index.statementsSharing(shape.keys, min)) {
    if (!usable(doc) || !parties.some((p) => partyPresent(p, speaker))) continue;
    const date = s.date ?? dateOf(doc)!;
    yield { date, rank: 2, evidence: { docId: doc.docId, span: s.span, reason: `${names(speaker)} ${s.verb || s.act} on ${date}: "${clip(s.content, 100)}" (${titleOf(doc)})` } };
  }
}

/** The meeting took place in or went to the destination: its place, or the sentence that reports it. */
function meetingAt(m: Meeting, sentence: string, destination: string): boolean {
  const dest = fold(destination);
  if (m.place && fold(m.place).split(/[^\p{L}]+/u).join(' ').includes(dest)) return true;
  return mentionsDestination(sentence, destination);
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
