// The as-of-independent half of commitment assessment: for every commitment, each piece of evidence
// that could be the one chosen as of some date. Which one is chosen as of a date is `assessAsOf`'s job
// (as-of.ts); the rules are at the top of assess.ts.
import type { Commitment, OutcomeDocument } from '../../record.ts';
import type { CommitmentEvidence, CorpusDocument, PersonEntity } from '../types.ts';
import { knownCountries } from '../countries.ts';
import { fold, sharedKeyWords, stem } from '../text.ts';
import { actionShape, mentionsDestination, type ActionShape } from './action.ts';
import { PartyResolver, partyPresent, type Party } from './parties.ts';
import {
  compareDates, dateOf, earliestPerPublication, EvidenceIndex, partyKeys,
  type DatedList, type DocumentEntry, type EntryBase, type MeetingEntry, type StatementEntry, type Window,
} from './evidence-index.ts';

/** 0 meeting, 1 signed document, 2 statement: on one date, the lower kind is chosen. */
export type EvidenceKind = 0 | 1 | 2;

export interface EvidenceCandidate {
  evidence: CommitmentEvidence;
  /** The date it shows the deed done (the meeting's, document's or statement's own date, else its document's). */
  date: string;
  /** Its document's date: it counts as of this date on. */
  docDate: string;
  kind: EvidenceKind;
  /** Place in corpus order among evidence of its kind (the earlier is chosen among equals). */
  seq: number;
  /** Meetings: position of the first of the commitment's party keys the meeting holds (chosen before seq). */
  keyAt?: number;
  /** Documents and statements: positions in `words` of the commitment's key words it holds. */
  holds?: number[];
}

export interface CommitmentCandidates {
  docId: string;
  commitmentId: string;
  due: { text: string; start: string; end: string } | null;
  /** Evidence dated in the window, and after it; each sorted by (date, kind, seq). */
  inTime: EvidenceCandidate[];
  late: EvidenceCandidate[];
  /**
   * Set when documents or statements of one kind tie on date: the key words, in order. Among tied ones
   * the one holding the rarest word (as of the date) is chosen, so the choice needs `wordCounts`.
   */
  words?: string[];
}

/** Distinct document dates (ascending) and how many entries holding a word were published up to each. */
export type WordCount = { dates: string[]; counts: number[] };

/** Plain data (JSON-serializable): the store may persist it and answer any as-of date from it. */
export interface CommitmentEvidenceIndex {
  commitments: CommitmentCandidates[];
  wordCounts: { documents: Record<string, WordCount>; statements: Record<string, WordCount> };
}

export function findCommitmentEvidence(docs: CorpusDocument[], persons: PersonEntity[], known?: Set<string>): CommitmentEvidenceIndex {
  const countries = known ?? knownCountries(docs.map((d) => d.record));
  const resolver = new PartyResolver(docs, persons, countries);
  const stateWords = new Set([...countries].flatMap((k) => k.split(' ')).map(stem));
  const ordered = [...docs].sort((a, b) => (dateOf(a) ?? '9999').localeCompare(dateOf(b) ?? '9999') || a.docId.localeCompare(b.docId));
  const index = new EvidenceIndex(ordered.filter((d) => dateOf(d) !== null), resolver);
  const out: CommitmentEvidenceIndex = { commitments: [], wordCounts: { documents: {}, statements: {} } };
  const promised = ordered.flatMap((doc) => (doc.record.commitments ?? []).map((c) => promise(doc, c, resolver, stateWords)));
  for (const p of promised) out.commitments.push(candidatesFor(p, index, out));
  return out;
}

/** A commitment read for matching: who promised, and what (kind of deed, destination, key words). */
interface Promised { doc: CorpusDocument; c: Commitment; parties: Party[]; shape: ActionShape }

function promise(doc: CorpusDocument, c: Commitment, resolver: PartyResolver, stateWords: Set<string>): Promised {
  const parties = resolver.parties(doc.docId, c.actors ?? []);
  const shape = actionShape(c.action ?? '', c.due?.text ?? null);
  // The states a commitment is between are its parties, not its topic ("economic ties between the
  // United States and Japan" is about economic ties): no word of a state's name is a key word.
  for (const p of parties) for (const country of p.countries) for (const w of country.split(' ')) shape.keys.delete(stem(w));
  for (const k of [...shape.keys]) if (stateWords.has(k)) shape.keys.delete(k);
  return { doc, c, parties, shape };
}

function candidatesFor({ doc, c, parties, shape }: Promised, index: EvidenceIndex, out: CommitmentEvidenceIndex): CommitmentCandidates {
  const due = c.due ? { text: c.due.text, start: c.due.start, end: c.due.end } : null;
  const result: CommitmentCandidates = { docId: doc.docId, commitmentId: c.id, due, inTime: [], late: [] };
  if (!parties.length) return result;

  const since = dateOf(doc) || null;
  const lowest = [since ?? '', due?.start ?? ''].reduce((a, b) => (a > b ? a : b));
  const find = (w: Window) => keepChoosable(shape.kind === 'other' ? byWords(index, shape, parties, w) : byMeetings(index, shape, parties, w));
  result.inTime = find({ from: lowest, strictFrom: false, to: due?.end ?? null, since, before: null, ownDocId: doc.docId });
  if (due) {
    // Late evidence is chosen only while no evidence in time is published: its document must come first.
    const before = result.inTime.reduce<string | null>((min, x) => (min === null || x.docDate < min ? x.docDate : min), null);
    if (before === null || before > due.end) {
      result.late = find({ from: due.end > lowest ? due.end : lowest, strictFrom: due.end >= lowest, to: null, since, before, ownDocId: doc.docId });
    }
  }
  if (shape.kind === 'other' && (hasTie(result.inTime) || hasTie(result.late))) {
    result.words = [...shape.keys];
    for (const word of result.words) {
      out.wordCounts.documents[word] ??= wordCount(index.documentsBy.get(word));
      out.wordCounts.statements[word] ??= wordCount(index.statementsBy.get(word));
    }
  }
  return result;
}

/** Meetings that show a visit made or a meeting held. */
function byMeetings(index: EvidenceIndex, shape: ActionShape, parties: Party[], w: Window): EvidenceCandidate[] {
  const order = parties.flatMap(partyKeys);
  const lists: DatedList<MeetingEntry>[] = [];
  let test: (e: MeetingEntry) => boolean;
  if (shape.kind === 'visit') {
    const destination = shape.destination!;
    const dest = fold(destination);
    // Whether a meeting took place in the destination depends on nothing else: filtered once per list.
    for (const k of order) lists.push(index.meetingsPassing(k, `visit\u0000${destination}`, (e) => e.where.includes(dest) && meetingAt(e, destination)));
    test = () => true;
  } else {
    // Every party must take part, so the lists of one party (the one with the fewest meetings) hold every
    // such meeting; which of them are on the topic is worked out once per list and set of key words.
    const keys = [...shape.keys];
    const need = Math.ceil(keys.length / 2);
    const size = (p: Party) => partyKeys(p).reduce((n, k) => n + (index.meetingsBy.get(k)?.all.length ?? 0), 0);
    const fewest = parties.reduce((a, b) => (size(b) < size(a) ? b : a));
    for (const k of partyKeys(fewest)) lists.push(index.meetingsOnTopic(keys, need, k));
    test = (e) => parties.every((p) => partyPresent(p, e.present));
  }
  const seen = new Set<MeetingEntry>();
  const found: EvidenceCandidate[] = [];
  for (const list of lists) {
    for (const e of earliestPerPublication(list, w, test)) {
      if (seen.has(e)) continue;
      seen.add(e);
      found.push(meetingCandidate(e, shape, order));
    }
  }
  return found;
}

function meetingCandidate(e: MeetingEntry, shape: ActionShape, order: string[]): EvidenceCandidate {
  const { doc, m, present, date } = e;
  const reason = shape.kind === 'visit'
    ? `${names(present)} in ${shape.destination} on ${date} (${titleOf(doc)})`
    : meetingReason(e, shape);
  return { evidence: { docId: doc.docId, span: m.span, reason }, date, docDate: e.docDate, kind: 0, seq: e.seq, keyAt: order.findIndex((k) => e.keys.has(k)) };
}

function meetingReason(e: MeetingEntry, shape: ActionShape): string {
  const shared = sharedKeyWords(shape.keys, e.context);
  return `${e.m.format} of ${names(e.present)} on ${e.date}${shared.length ? ` on ${shared.join(', ')}` : ''} (${titleOf(e.doc)})`;
}

/** Signed documents and statements of the actor sharing at least two key words, and at least half of them. */
function byWords(index: EvidenceIndex, shape: ActionShape, parties: Party[], w: Window): EvidenceCandidate[] {
  if (shape.keys.size < 2) return [];
  const keys = [...shape.keys];
  const min = Math.max(2, Math.ceil(keys.length / 2));
  const holds = (words: Set<string>) => keys.flatMap((k, i) => (words.has(k) ? [i] : []));
  // Entries of any party sharing the key words: every entry under a party's key is evidence.
  const ofParties = [...new Set(parties.flatMap(partyKeys))];
  const sharing = <E extends EntryBase & { words: Set<string>; keys: Set<string> }>(kind: 'documents' | 'statements'): E[] => {
    const seen = new Set<E>();
    for (const k of ofParties) for (const e of earliestPerPublication(index.sharingOf<E>(kind, keys, min, k), w, () => true)) seen.add(e);
    return [...seen];
  };
  const found: EvidenceCandidate[] = [];
  for (const e of sharing<DocumentEntry>('documents')) {
    const { doc, d, date } = e;
    const reason = `"${clip(d.title, 90)}" signed${signerNames(d)} on ${date} (${titleOf(doc)})`;
    found.push({ evidence: { docId: doc.docId, span: d.span, reason }, date, docDate: e.docDate, kind: 1, seq: e.seq, holds: holds(e.words) });
  }
  for (const e of sharing<StatementEntry>('statements')) {
    const { doc, s, date } = e;
    const reason = `${names(e.speaker)} ${s.verb || s.act} on ${date}: "${clip(s.content, 100)}" (${titleOf(doc)})`;
    found.push({ evidence: { docId: doc.docId, span: s.span, reason }, date, docDate: e.docDate, kind: 2, seq: e.seq, holds: holds(e.words) });
  }
  return found;
}

/** Sorted by (date, kind, seq), without any that one with an earlier (date, kind) published no later always beats. */
function keepChoosable(candidates: EvidenceCandidate[]): EvidenceCandidate[] {
  const sorted = candidates.sort((a, b) => compareDates(a.date, b.date) || a.kind - b.kind || a.seq - b.seq);
  const out: EvidenceCandidate[] = [];
  let minBefore = '\uffff', minHere = '\uffff';
  let here = '';
  for (const c of sorted) {
    const at = `${c.date}\u0000${c.kind}`;
    if (at !== here) { if (minHere < minBefore) minBefore = minHere; minHere = '\uffff'; here = at; }
    if (c.docDate >= minBefore) continue;
    out.push(c);
    if (c.docDate < minHere) minHere = c.docDate;
  }
  return out;
}

function hasTie(list: EvidenceCandidate[]): boolean {
  return list.some((c, i) => i > 0 && c.date === list[i - 1].date && c.kind === list[i - 1].kind);
}

function wordCount(list: DatedList<EntryBase> | undefined): WordCount {
  const dates = (list?.all ?? []).map((e) => e.docDate).sort(compareDates);
  const out: WordCount = { dates: [], counts: [] };
  dates.forEach((d, i) => {
    if (out.dates[out.dates.length - 1] === d) out.counts[out.counts.length - 1] = i + 1;
    else { out.dates.push(d); out.counts.push(i + 1); }
  });
  return out;
}

/** The meeting took place in or went to the destination: its place, or the sentence that reports it. */
function meetingAt(e: MeetingEntry, destination: string): boolean {
  const dest = fold(destination);
  if (e.m.place && fold(e.m.place).split(/[^\p{L}]+/u).join(' ').includes(dest)) return true;
  return mentionsDestination(e.sentence, destination);
}

function titleOf(doc: CorpusDocument): string {
  return doc.record.document?.title || doc.title;
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
