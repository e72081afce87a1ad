// Turns one readout record into the rows of the shared schema (pure; no database here).
import type { ReadoutRecord } from '../record.ts';
import type {
  ActorsTable, CommitmentsTable, MeetingParticipantsTable, MeetingsTable, OutcomePartiesTable,
  OutcomesTable, StatementsTable,
} from './schema.ts';

export function yearOf(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

const toFlag = (b: boolean | null | undefined): number | null => (b == null ? null : b ? 1 : 0);

export function actorRows(docId: string, record: ReadoutRecord): ActorsTable[] {
  return record.actors.map((a) => ({
    doc_id: docId, actor_id: a.id, kind: a.kind, name: a.name, surname: a.surname ?? null,
    country: a.country ?? null, titles_json: JSON.stringify(a.titles ?? []), members_json: JSON.stringify(a.members ?? []),
  }));
}

export function meetingRows(docId: string, record: ReadoutRecord): { meetings: MeetingsTable[]; participants: MeetingParticipantsTable[] } {
  const meetings: MeetingsTable[] = [];
  const participants: MeetingParticipantsTable[] = [];
  for (const m of record.meetings) {
    meetings.push({
      doc_id: docId, meeting_id: m.id, date: m.date, end_date: m.endDate, year: yearOf(m.date ?? record.document.date),
      place: m.place, format: m.format, participants_json: JSON.stringify(m.participants), span_start: m.span[0], span_end: m.span[1],
    });
    for (const actor of new Set(m.participants)) participants.push({ doc_id: docId, meeting_id: m.id, actor_id: actor });
  }
  return { meetings, participants };
}

export function statementRow(docId: string, record: ReadoutRecord, index: number): StatementsTable {
  const s = record.statements[index];
  return {
    doc_id: docId, statement_id: s.id, speaker: s.speaker, act: s.act, verb: s.verb, content: s.content,
    topic: s.topic, section: s.section, meeting_id: s.meeting, date: s.date, span_start: s.span[0], span_end: s.span[1], ord: index,
  };
}

export function outcomeRows(docId: string, record: ReadoutRecord, index: number): { outcome: OutcomesTable; parties: OutcomePartiesTable[] } {
  const d = record.documents[index];
  return {
    outcome: {
      doc_id: docId, outcome_id: d.id, title: d.title, kind: d.kind, category: d.category,
      parties_json: JSON.stringify(d.parties), signatories_json: JSON.stringify(d.signatories),
      date: d.date ?? record.document.date, year: yearOf(d.date ?? record.document.date),
      signed_at_ceremony: toFlag(d.signedAtCeremony), entry_into_force: d.entryIntoForce, summary: d.summary,
      span_start: d.span[0], span_end: d.span[1], ord: index,
    },
    parties: [...new Set(d.parties)].map((party) => ({ doc_id: docId, outcome_id: d.id, party })),
  };
}

export function commitmentRow(docId: string, record: ReadoutRecord, index: number): CommitmentsTable {
  const c = record.commitments[index];
  return {
    doc_id: docId, commitment_id: c.id, actors_json: JSON.stringify(c.actors), action: c.action, modality: c.modality,
    due_text: c.due?.text ?? null, due_start: c.due?.start ?? null, due_end: c.due?.end ?? null,
    statement_id: c.statement, span_start: c.span[0], span_end: c.span[1], ord: index,
  };
}

/** The sort key of an undated item: after every date, whatever the collation (digits only). */
export const UNDATED = '9999-99-99';

