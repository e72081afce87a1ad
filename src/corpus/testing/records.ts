// Builds small hand-made records for the corpus tests: only the fields the corpus reads.
import { SCHEMA, type Actor, type Commitment, type Meeting, type OutcomeDocument, type ReadoutRecord, type Statement } from '../../record.ts';
import type { CorpusDocument } from '../types.ts';

export interface DocSpec {
  docId: string;
  date: string | null;
  title?: string;
  text?: string;
  actors?: Partial<Actor>[];
  meetings?: Partial<Meeting>[];
  statements?: Partial<Statement>[];
  documents?: Partial<OutcomeDocument>[];
  commitments?: Partial<Commitment>[];
}

/** A person actor: `person('a1', 'Junichiro Koizumi', ['Prime Minister'], 'JP')`. */
export function person(id: string, name: string, titles: string[] = [], country: string | null = null, extra: Partial<Actor> = {}): Partial<Actor> {
  return { id, kind: 'person', name, titles, country, ...extra };
}

export function country(id: string, name: string, code: string | null = null): Partial<Actor> {
  return { id, kind: 'country', name, code, country: code };
}

export function group(id: string, name: string, members: string[]): Partial<Actor> {
  return { id, kind: 'group', name, members };
}

/** The span of the first occurrence of `phrase` in `text` (the phrase must be there). */
export function spanOf(text: string, phrase: string): [number, number] {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`test setup: "${phrase}" is not in the text`);
  return [i, i + phrase.length];
}

export function doc(spec: DocSpec): CorpusDocument {
  const text = spec.text ?? '';
  const record: ReadoutRecord = {
    schema: SCHEMA,
    document: { title: spec.title ?? spec.docId, date: spec.date, kind: 'readout', source: { sha256: spec.docId }, text },
    sections: [],
    actors: (spec.actors ?? []).map((a, i) => ({ id: `a${i + 1}`, kind: 'person', name: '', mentions: [], ...a }) as Actor),
    meetings: (spec.meetings ?? []).map((m, i) => ({ id: `m${i + 1}`, date: null, endDate: null, place: null, format: 'talks', participants: [], span: [0, text.length], ...m }) as Meeting),
    statements: (spec.statements ?? []).map((s, i) => ({
      id: `s${i + 1}`, speaker: '', act: 'state', verb: 'stated', content: '', contentSpan: [0, 0], addressee: null, topic: null,
      section: null, meeting: null, date: null, respondsTo: null, span: [0, text.length], ...s,
    }) as Statement),
    documents: (spec.documents ?? []).map((d, i) => ({
      id: `d${i + 1}`, title: '', kind: 'agreement', category: null, signatories: [], parties: [], date: null,
      signedAtCeremony: null, entryIntoForce: null, summary: null, span: [0, text.length], ...d,
    }) as OutcomeDocument),
    commitments: (spec.commitments ?? []).map((c, i) => ({ id: `c${i + 1}`, actors: [], action: '', modality: 'will', due: null, statement: null, span: [0, 0], ...c }) as Commitment),
  };
  return { docId: spec.docId, date: spec.date, title: spec.title ?? spec.docId, record };
}
