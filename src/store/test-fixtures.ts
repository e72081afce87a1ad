// Hand-built records about fictional states (Corvania, Osterland), for store tests that must not
// depend on the extractor's current quality. Spans are found in the text, so they always match.
import { createHash } from 'node:crypto';
import { SCHEMA, type Act, type Actor, type Commitment, type Meeting, type OutcomeDocument, type ReadoutRecord, type Span, type Statement } from '../record.ts';
import type { Issue } from '../corpus/index.ts';

function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: "${part}" is not in the text`);
  return [start, start + part.length];
}

interface ActorSpec { id: string; kind: Actor['kind']; name: string; surname?: string; titles?: string[]; country?: string; members?: string[]; mention: string }
interface StatementSpec { id: string; speaker: string; act: Act; verb: string; content: string; topic?: string; sentence: string }
interface MeetingSpec { id: string; date: string | null; place: string | null; format: Meeting['format']; participants: string[]; sentence: string }
interface OutcomeSpec { id: string; title: string; kind: OutcomeDocument['kind']; parties: string[]; date: string | null; entryIntoForce: OutcomeDocument['entryIntoForce']; signedAtCeremony: boolean | null; signatories: string[] }
interface CommitmentSpec { id: string; actors: string[]; action: string; modality: Commitment['modality']; due: Commitment['due']; statement: string | null }

interface RecordSpec {
  title: string; date: string; body: string[]; path: string;
  actors: ActorSpec[]; meetings?: MeetingSpec[]; statements?: StatementSpec[]; outcomes?: OutcomeSpec[]; commitments?: CommitmentSpec[];
}

export function buildRecord(spec: RecordSpec): ReadoutRecord {
  const text = [spec.title, spec.date, ...spec.body].join('\n\n') + '\n';
  const sha256 = createHash('sha256').update(text).digest('hex');
  const statements: Statement[] = (spec.statements ?? []).map((s) => ({
    id: s.id, speaker: s.speaker, act: s.act, verb: s.verb, content: s.content, contentSpan: spanOf(text, s.content),
    addressee: null, topic: s.topic ?? null, section: null, meeting: null, date: null, respondsTo: null, span: spanOf(text, s.sentence),
  }));
  return {
    schema: SCHEMA,
    document: { title: spec.title, date: spec.date, kind: 'readout', source: { path: spec.path, sha256, format: 'txt', encoding: 'utf-8' }, text },
    sections: [],
    actors: spec.actors.map((a) => ({
      id: a.id, kind: a.kind, name: a.name, ...(a.surname ? { surname: a.surname } : {}), titles: a.titles ?? [], country: a.country ?? null,
      ...(a.members ? { members: a.members } : {}), mentions: [{ text: a.mention, span: spanOf(text, a.mention) }],
    })),
    meetings: (spec.meetings ?? []).map((m) => ({ id: m.id, date: m.date, endDate: null, place: m.place, format: m.format, participants: m.participants, span: spanOf(text, m.sentence) })),
    statements,
    documents: (spec.outcomes ?? []).map((o) => ({
      id: o.id, title: o.title, kind: o.kind, category: null, parties: o.parties, date: o.date, entryIntoForce: o.entryIntoForce,
      signedAtCeremony: o.signedAtCeremony, summary: null, span: spanOf(text, o.title),
      signatories: o.signatories.map((name) => ({ actor: null, name, title: null })),
    })),
    commitments: (spec.commitments ?? []).map((c) => ({
      id: c.id, actors: c.actors, action: c.action, modality: c.modality, due: c.due, statement: c.statement, span: spanOf(text, c.action),
    })),
  };
}

/** A small taxonomy for tests, so tagging does not depend on the shipped data file's contents. */
export const TEST_TAXONOMY: Issue[] = [
  { id: 'fisheries', name: 'Fisheries', terms: ['fisheries', 'fishing'] },
  { id: 'energy', name: 'Energy', terms: ['energy', 'gas pipeline'] },
  { id: 'visa', name: 'Visa', terms: ['visa'] },
];

const VARGA: ActorSpec = { id: 'a1', kind: 'person', name: 'Ilse Varga', surname: 'Varga', titles: ['Minister for Foreign Affairs'], country: 'CV', mention: 'Foreign Minister Ilse Varga' };
const LIND: ActorSpec = { id: 'a2', kind: 'person', name: 'Tobias Lind', surname: 'Lind', titles: ['Prime Minister'], country: 'OL', mention: 'Prime Minister Tobias Lind' };

/** 2021: Varga (Corvania) in Osterland; Lind promises a visit in the first half of 2022. */
export function corvaniaVisit(variant = ''): ReadoutRecord {
  const s1 = 'Foreign Minister Varga stated that Corvania would expand its fisheries cooperation with Osterland.';
  const s2 = 'Prime Minister Lind expressed his hope that the energy dialogue between the two countries would resume.';
  const s3 = 'Prime Minister Lind said that he would visit Corvania in the first half of 2022 to discuss energy security.';
  const s4 = 'Both ministers agreed to hold the next round of fisheries talks.';
  const meeting = 'Foreign Minister Ilse Varga of Corvania held talks with Prime Minister Tobias Lind of Osterland in Halvmark on March 3.';
  return buildRecord({
    title: 'Visit to Osterland by Foreign Minister Ilse Varga of the Republic of Corvania',
    date: '2021-03-04', path: '/fixtures/corvania-visit.txt',
    body: [meeting, s1, s2, s3, s4, 'The two sides signed the Agreement on Cooperation in Fisheries.', ...(variant ? [variant] : [])],
    actors: [VARGA, LIND, { id: 'a3', kind: 'group', name: 'Both ministers', members: ['a1', 'a2'], mention: 'Both ministers' }],
    meetings: [{ id: 'm1', date: '2021-03-03', place: 'Halvmark', format: 'talks', participants: ['a1', 'a2'], sentence: meeting }],
    statements: [
      { id: 's1', speaker: 'a1', act: 'state', verb: 'stated', content: 'Corvania would expand its fisheries cooperation with Osterland', sentence: s1 },
      { id: 's2', speaker: 'a2', act: 'express', verb: 'expressed his hope', content: 'the energy dialogue between the two countries would resume', sentence: s2 },
      { id: 's3', speaker: 'a2', act: 'state', verb: 'said', content: 'he would visit Corvania in the first half of 2022 to discuss energy security', sentence: s3 },
      { id: 's4', speaker: 'a3', act: 'agree', verb: 'agreed', content: 'hold the next round of fisheries talks', sentence: s4 },
    ],
    outcomes: [{ id: 'd1', title: 'Agreement on Cooperation in Fisheries', kind: 'agreement', parties: ['CV', 'OL'], date: '2021-03-03', entryIntoForce: 'after-approval', signedAtCeremony: true, signatories: ['Varga', 'Lind'] }],
    commitments: [
      { id: 'c1', actors: ['a2'], action: 'visit Corvania in the first half of 2022 to discuss energy security', modality: 'will', due: { text: 'in the first half of 2022', start: '2022-01-01', end: '2022-06-30' }, statement: 's3' },
      { id: 'c2', actors: ['a3'], action: 'hold the next round of fisheries talks', modality: 'agree', due: null, statement: 's4' },
    ],
  });
}

/** 2022: Lind visits Corvania; Varga promises ratification by the end of 2022. */
export function lindVisit(): ReadoutRecord {
  const meeting = 'Prime Minister Tobias Lind of Osterland visited Corvania and held talks with Foreign Minister Ilse Varga in Castellan on May 9.';
  const s1 = 'Prime Minister Lind stated that energy security was the first concern of his government.';
  const s2 = 'Foreign Minister Varga said that Corvania would complete the ratification of the fisheries agreement before the end of 2022.';
  return buildRecord({
    title: 'Visit to the Republic of Corvania by Prime Minister Tobias Lind of Osterland',
    date: '2022-05-10', path: '/fixtures/lind-visit.txt',
    body: [meeting, s1, s2, 'The visa waiver for students was not discussed.'],
    actors: [VARGA, LIND],
    meetings: [{ id: 'm1', date: '2022-05-09', place: 'Castellan', format: 'visit', participants: ['a2', 'a1'], sentence: meeting }],
    statements: [
      { id: 's1', speaker: 'a2', act: 'state', verb: 'stated', content: 'energy security was the first concern of his government', sentence: s1 },
      { id: 's2', speaker: 'a1', act: 'state', verb: 'said', content: 'Corvania would complete the ratification of the fisheries agreement before the end of 2022', sentence: s2 },
    ],
    commitments: [
      { id: 'c1', actors: ['a1'], action: 'complete the ratification of the fisheries agreement before the end of 2022', modality: 'will', due: { text: 'before the end of 2022', start: '2022-05-10', end: '2022-12-31' }, statement: 's2' },
    ],
  });
}
