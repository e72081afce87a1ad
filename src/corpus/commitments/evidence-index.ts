// The evidence every dated document offers, resolved once per corpus: meetings by who took part,
// statements and signed documents by word. Each list is sorted by the evidence's own date, so a
// commitment reads only what lies in its window, and stops once nothing later can be chosen.
import type { Meeting, OutcomeDocument, Statement } from '../../record.ts';
import type { CorpusDocument } from '../types.ts';
import { countryKey } from '../countries.ts';
import { fold, stemSet } from '../text.ts';
import { paragraphAround, sentenceAround } from './passages.ts';
import type { Party, PartyResolver } from './parties.ts';

/** What every entry has: its document, the document's date, its own date (else the document's), and its place in corpus order. */
export interface EntryBase { doc: CorpusDocument; docDate: string; date: string; seq: number }
export interface MeetingEntry extends EntryBase { m: Meeting; present: Party; keys: Set<string>; context: Set<string>; sentence: string; where: string }
export interface DocumentEntry extends EntryBase { d: OutcomeDocument; signers: Party; keys: Set<string>; words: Set<string> }
export interface StatementEntry extends EntryBase { s: Statement; speaker: Party; keys: Set<string>; words: Set<string> }

/** Entries sorted by their own date, with the few dated after their document apart (they break the "later date, later document" order). */
export interface DatedList<E extends EntryBase> { all: E[]; ahead: E[] }

export class EvidenceIndex {
  readonly meetingsBy = new Map<string, DatedList<MeetingEntry>>();
  readonly statementsBy = new Map<string, DatedList<StatementEntry>>();
  readonly documentsBy = new Map<string, DatedList<DocumentEntry>>();
  /** Signed documents and statements by party key (who signed, who spoke). */
  readonly documentsByParty = new Map<string, DatedList<DocumentEntry>>();
  readonly statementsByParty = new Map<string, DatedList<StatementEntry>>();
  /** Every meeting, in corpus order. */
  private meetings: MeetingEntry[] = [];
  private mentioning = new Map<string, MeetingEntry[]>();
  private topics = new Map<string, Topic<MeetingEntry>>();
  private filtered = new Map<string, DatedList<MeetingEntry>>();
  private sharing = new Map<string, Topic<EntryBase>>();

  /** `dated`: the dated documents in corpus order (date, then docId). */
  constructor(dated: CorpusDocument[], resolver: PartyResolver) {
    const meetings = new Map<string, MeetingEntry[]>();
    const statements = new Map<string, StatementEntry[]>();
    const documentsByParty = new Map<string, DocumentEntry[]>();
    const statementsByParty = new Map<string, StatementEntry[]>();
    const documents = new Map<string, DocumentEntry[]>();
    let meetingSeq = 0, documentSeq = 0, statementSeq = 0;
    for (const doc of dated) {
      const docDate = dateOf(doc)!;
      const record = doc.record;
      const text = record.document?.text ?? '';
      const recordStatements = record.statements ?? [];
      for (const m of record.meetings ?? []) {
        const present = resolver.union(doc.docId, m.participants ?? []);
        const sentence = sentenceAround(text, m.span);
        const entry: MeetingEntry = {
          doc, docDate, date: m.date ?? docDate, seq: meetingSeq++, m, present, keys: new Set(partyKeys(present)), sentence,
          where: fold(`${m.place ?? ''} ${sentence}`),
          context: stemSet([paragraphAround(text, m.span), m.place ?? '', ...statementsOf(recordStatements, m.id)].join(' ')),
        };
        this.meetings.push(entry);
        for (const k of entry.keys) push(meetings, k, entry);
      }
      for (const d of record.documents ?? []) {
        const signers = resolver.union(doc.docId, (d.signatories ?? []).map((x) => x.actor));
        for (const p of d.parties ?? []) { const k = countryKey(p); if (k) signers.countries.add(k); signers.organizations.add(fold(p)); }
        const entry: DocumentEntry = { doc, docDate, date: d.date ?? docDate, seq: documentSeq++, d, signers, keys: new Set(partyKeys(signers)), words: stemSet(`${d.title} ${d.summary ?? ''}`) };
        for (const w of entry.words) push(documents, w, entry);
        for (const k of entry.keys) push(documentsByParty, k, entry);
      }
      for (const st of recordStatements) {
        const speaker = resolver.union(doc.docId, [st.speaker]);
        const entry: StatementEntry = { doc, docDate, date: st.date ?? docDate, seq: statementSeq++, s: st, speaker, keys: new Set(partyKeys(speaker)), words: stemSet(st.content ?? '') };
        for (const w of entry.words) push(statements, w, entry);
        for (const k of entry.keys) push(statementsByParty, k, entry);
      }
    }
    for (const [k, list] of meetings) this.meetingsBy.set(k, datedList(list));
    for (const [k, list] of documents) this.documentsBy.set(k, datedList(list));
    for (const [k, list] of statements) this.statementsBy.set(k, datedList(list));
    for (const [k, list] of documentsByParty) this.documentsByParty.set(k, datedList(list));
    for (const [k, list] of statementsByParty) this.statementsByParty.set(k, datedList(list));
  }

  /**
   * Signed documents or statements of one party key holding at least `min` of `keys`. The entries holding
   * the words are found once per set of key words (many commitments promise the same deed), then
   * narrowed to the party once per party key.
   */
  sharingOf<E extends EntryBase & { words: Set<string>; keys: Set<string> }>(kind: 'documents' | 'statements', keys: string[], min: number, partyKey: string): DatedList<E> {
    const postings = (kind === 'documents' ? this.documentsBy : this.statementsBy) as unknown as Map<string, DatedList<E>>;
    const id = `${kind}\u0000${min}\u0000${[...keys].sort().join(' ')}`;
    let topic = this.sharing.get(id) as Topic<E> | undefined;
    if (!topic) {
      // An entry with `min` of k keys holds one of any k − min + 1 of them: read the rarest ones' lists only.
      const rarest = [...keys].sort((a, b) => (postings.get(a)?.all.length ?? 0) - (postings.get(b)?.all.length ?? 0)).slice(0, keys.length - min + 1);
      topic = newTopic(rarest.map((k) => postings.get(k)?.all ?? []), (e) => { let n = 0; for (const key of keys) if (e.words.has(key)) n++; return n >= min; });
      this.sharing.set(id, topic as Topic<EntryBase>);
    }
    const byParty = (kind === 'documents' ? this.documentsByParty : this.statementsByParty) as unknown as Map<string, DatedList<E>>;
    return narrow(topic, partyKey, byParty.get(partyKey));
  }

  /** Meetings of one party key whose paragraph holds at least `need` of `keys` (found once per set of key words, narrowed once per key). */
  meetingsOnTopic(keys: string[], need: number, partyKey: string): DatedList<MeetingEntry> {
    const list = this.meetingsBy.get(partyKey);
    if (!keys.length) return list ?? { all: [], ahead: [] };
    const id = `${need}\u0000${[...keys].sort().join(' ')}`;
    let topic = this.topics.get(id);
    if (!topic) {
      const rarest = keys.map((k) => this.meetingsMentioning(k)).sort((a, b) => a.length - b.length).slice(0, keys.length - need + 1);
      topic = newTopic(rarest, (e) => { let n = 0; for (const key of keys) if (e.context.has(key)) n++; return n >= need; });
      this.topics.set(id, topic);
    }
    return narrow(topic, partyKey, list);
  }

  /** Meetings whose paragraph holds a word, in corpus order (built on first use: only commitments' key words are asked for). */
  private meetingsMentioning(word: string): MeetingEntry[] {
    let hit = this.mentioning.get(word);
    if (!hit) { hit = this.meetings.filter((e) => e.context.has(word)); this.mentioning.set(word, hit); }
    return hit;
  }

  /** The meetings under `key` that pass `test`, worked out once per `cacheKey` (many commitments share an actor and a destination). */
  meetingsPassing(key: string, cacheKey: string, test: (e: MeetingEntry) => boolean): DatedList<MeetingEntry> {
    const id = `${key}\u0000${cacheKey}`;
    let hit = this.filtered.get(id);
    if (!hit) {
      const list = this.meetingsBy.get(key);
      hit = list ? { all: list.all.filter(test), ahead: list.ahead.filter(test) } : { all: [], ahead: [] };
      this.filtered.set(id, hit);
    }
    return hit;
  }
}

export function dateOf(doc: CorpusDocument): string | null {
  return doc.date ?? doc.record.document?.date ?? null;
}

export function partyKeys(p: Party): string[] {
  return [...[...p.persons].map((x) => `p:${x}`), ...[...p.countries].map((x) => `c:${x}`), ...[...p.organizations].map((x) => `o:${x}`)];
}

/** Code-unit order, the order every date comparison here uses. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function datedList<E extends EntryBase>(list: E[]): DatedList<E> {
  const all = sortByDate(list);
  return { all, ahead: all.filter((e) => e.date > e.docDate) };
}

function sortByDate<E extends EntryBase>(list: E[]): E[] {
  return list.sort((a, b) => compareDates(a.date, b.date) || a.seq - b.seq);
}

/** The entries on one topic (sorted by own date, and as a set), with their narrowing to each party key. */
interface Topic<E extends EntryBase> { sorted: E[]; members: Set<E>; byParty: Map<string, DatedList<E>>; asked: number; grouped: boolean }

/** After this many party keys asked of one topic, all its entries are grouped by party key at once. */
const GROUP_AFTER = 4;
const NO_ENTRIES: DatedList<never> = { all: [], ahead: [] };

/** The entries of `lists` that pass `test`. */
function newTopic<E extends EntryBase>(lists: E[][], test: (e: E) => boolean): Topic<E> {
  const members = new Set<E>();
  for (const list of lists) for (const e of list) if (!members.has(e) && test(e)) members.add(e);
  return { sorted: sortByDate([...members]), members, byParty: new Map(), asked: 0, grouped: false };
}

/**
 * The topic's entries under one party key: the smaller of the two lists is filtered by the other (same
 * order either way); a topic asked for many keys is grouped by every key once, which costs less.
 */
function narrow<E extends EntryBase & { keys: Set<string> }>(topic: Topic<E>, partyKey: string, ofParty: DatedList<E> | undefined): DatedList<E> {
  let hit = topic.byParty.get(partyKey);
  if (!hit && topic.grouped) return NO_ENTRIES;
  if (!hit && ++topic.asked > GROUP_AFTER) {
    const groups = new Map<string, E[]>();
    for (const e of topic.sorted) for (const k of e.keys) push(groups, k, e);
    for (const [k, all] of groups) topic.byParty.set(k, { all, ahead: all.filter((e) => e.date > e.docDate) });
    topic.grouped = true;
    return topic.byParty.get(partyKey) ?? NO_ENTRIES;
  }
  if (!hit) {
    const hasKey = (e: E) => e.keys.has(partyKey);
    const party = ofParty?.all ?? [];
    const all = party.length < topic.sorted.length ? party.filter((e) => topic.members.has(e)) : topic.sorted.filter(hasKey);
    hit = { all, ahead: all.filter((e) => e.date > e.docDate) };
    topic.byParty.set(partyKey, hit);
  }
  return hit;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

function statementsOf(statements: Statement[], meetingId: string): string[] {
  return statements.filter((s) => s.meeting === meetingId).map((s) => s.content ?? '');
}

/** Index of the first entry dated on or after `date` (`strict`: after it). */
export function firstFrom<E extends EntryBase>(sorted: E[], date: string, strict: boolean): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const d = sorted[mid].date;
    if (d < date || (strict && d === date)) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export interface Window {
  /** Own dates from `from` (after it when `strictFrom`) to `to` (null: no end). */
  from: string; strictFrom: boolean; to: string | null;
  /** Documents dated from `since` (null: any) and before `before` (null: any), other than `ownDocId`. */
  since: string | null; before: string | null; ownDocId: string;
}

/**
 * The entries of `list` in the window that pass `test` and could be the earliest evidence as of some date:
 * an entry is passed over when one found with an earlier own date has a document published no later.
 * Reads in date order, and stops once every later entry would be passed over: past the earliest
 * document found, only entries dated after their own document (the `ahead` list) can still count.
 */
export function earliestPerPublication<E extends EntryBase>(list: DatedList<E>, w: Window, test: (e: E) => boolean): E[] {
  const out: E[] = [];
  const NONE = '\uffff';
  let minBefore = w.before ?? NONE; // earliest document among entries found with an earlier own date (or the bound)
  let minHere = NONE;   // the same among entries found with the current own date
  let here: string | null = null;
  const visit = (e: E): void => {
    if (e.doc.docId === w.ownDocId || (w.since && e.docDate < w.since)) return;
    if (e.docDate >= minBefore) return;
    if (test(e)) { out.push(e); if (e.docDate < minHere) minHere = e.docDate; }
  };
  const enter = (date: string): void => {
    if (date === here) return;
    if (minHere < minBefore) minBefore = minHere;
    minHere = NONE;
    here = date;
  };
  const all = list.all;
  let i = firstFrom(all, w.from, w.strictFrom);
  for (; i < all.length; i++) {
    const e = all[i];
    if (w.to !== null && e.date > w.to) return out;
    enter(e.date);
    if (e.date > minBefore) break;
    if (w.since && minBefore <= w.since) return out;
    visit(e);
  }
  if (i >= all.length) return out;
  const ahead = list.ahead;
  for (let j = firstFrom(ahead, all[i].date, false); j < ahead.length; j++) {
    const e = ahead[j];
    if (w.to !== null && e.date > w.to) break;
    enter(e.date);
    visit(e);
  }
  return out;
}
