// Test-only helpers for the extract and segment tests: build a small readout about
// fictional states, extract it, and look things up in the record the way a reader would
// (by the words of the text, not by ids).
import assert from 'node:assert/strict';
import type { Actor, Commitment, Meeting, OutcomeDocument, ReadoutRecord, Span, Statement } from '../record.ts';
import { extractRecord, type ExtractOptions } from './index.ts';

/** Extracts a record from text exactly as given. */
export function extractText(text: string, options: ExtractOptions = {}): ReadoutRecord {
  return extractRecord({ text, format: 'txt', encoding: 'utf-8', sha256: 'test', path: 'x.txt' }, options);
}

/** A realistic readout: title line, blank line, dateline, blank line, then the body paragraphs. */
export function readout(body: string, { title = 'Visit to the Kingdom of Kestria by the President of the Republic of Varenia', date = 'March 4, 2021' } = {}): string {
  return `${title}\n\n${date}\n\n${body.trim()}\n`;
}

/** Extracts a realistic readout built from `body`. */
export function extractReadout(body: string, head: { title?: string; date?: string } = {}, options: ExtractOptions = {}): ReadoutRecord {
  return extractText(readout(body, head), options);
}

export function sliceOf(record: ReadoutRecord, span: Span): string {
  return record.document.text.slice(span[0], span[1]);
}

export function actorById(record: ReadoutRecord, id: string | null | undefined): Actor {
  const a = record.actors.find((x) => x.id === id);
  assert.ok(a, `no actor with id ${id}`);
  return a;
}

/** The person whose surname is `surname` (or whose name contains it). */
export function personNamed(record: ReadoutRecord, surname: string): Actor {
  const found = record.actors.filter((a) => a.kind === 'person' && (a.surname === surname || a.name.split(/\s+/).includes(surname)));
  assert.equal(found.length, 1, `expected one person "${surname}", found: ${describeActors(record)}`);
  return found[0];
}

export function countryNamed(record: ReadoutRecord, name: string): Actor {
  const found = record.actors.filter((a) => a.kind === 'country' && (a.name === name || a.name.endsWith(` of ${name}`) || a.code === name));
  assert.equal(found.length, 1, `expected one country "${name}", found: ${describeActors(record)}`);
  return found[0];
}

export function organizationCoded(record: ReadoutRecord, code: string): Actor {
  const found = record.actors.filter((a) => a.kind === 'organization' && a.code === code);
  assert.equal(found.length, 1, `expected one organization "${code}", found: ${describeActors(record)}`);
  return found[0];
}

/** The display name of an actor; for a group, its members' names sorted. */
export function who(record: ReadoutRecord, id: string | null | undefined): string {
  if (!id) return '(none)';
  const a = record.actors.find((x) => x.id === id);
  if (!a) return `(unknown ${id})`;
  if (a.kind === 'group') return `group[${(a.members ?? []).map((m) => who(record, m)).sort().join(' + ')}]`;
  return a.surname ?? a.name;
}

export function describeActors(record: ReadoutRecord): string {
  return record.actors.map((a) => `${a.id}:${a.kind}:${a.name}`).join(', ') || '(no actors)';
}

/** Statements whose content includes `words`. */
export function statementsAbout(record: ReadoutRecord, words: string): Statement[] {
  return record.statements.filter((s) => s.content.includes(words));
}

/** The one statement whose content includes `words`. */
export function statementAbout(record: ReadoutRecord, words: string): Statement {
  const found = statementsAbout(record, words);
  assert.equal(found.length, 1, `expected one statement about "${words}", got: ${describeStatements(record)}`);
  return found[0];
}

export function describeStatements(record: ReadoutRecord): string {
  return record.statements.map((s) => `\n  ${s.id} ${who(record, s.speaker)} ${s.act}/${s.verb}: «${s.content}»`).join('') || '(no statements)';
}

export function describeMeetings(record: ReadoutRecord): string {
  return record.meetings.map((m) => `\n  ${m.id} ${m.format} ${m.date} [${m.participants.map((p) => who(record, p)).sort().join(', ')}]`).join('') || '(no meetings)';
}

/** Each meeting as "date: sorted participant names", for comparing whole lists. */
export function meetingSummaries(record: ReadoutRecord): string[] {
  return record.meetings.map((m: Meeting) => `${m.date}: ${m.participants.map((p) => who(record, p)).sort().join(', ')}`);
}

export function documentTitled(record: ReadoutRecord, words: string): OutcomeDocument {
  const found = record.documents.filter((d) => d.title.includes(words));
  assert.equal(found.length, 1, `expected one document titled "…${words}…", got: ${record.documents.map((d) => `\n  ${d.kind}: ${d.title}`).join('') || '(none)'}`);
  return found[0];
}

export function describeCommitments(record: ReadoutRecord): string {
  return record.commitments.map((c) => `\n  ${c.id} [${c.actors.map((a) => who(record, a)).join(', ')}] ${c.modality}: «${c.action}» due ${c.due ? `${c.due.start}..${c.due.end}` : 'null'}`).join('') || '(no commitments)';
}

/** The one commitment whose action includes `words`. */
export function commitmentAbout(record: ReadoutRecord, words: string): Commitment {
  const found = record.commitments.filter((c) => c.action.includes(words));
  assert.equal(found.length, 1, `expected one commitment about "${words}", got: ${describeCommitments(record)}`);
  return found[0];
}

/** Every [start, end) offset pair anywhere in a value, with where it was found. */
export function allSpans(value: unknown, path = '$'): { path: string; span: Span }[] {
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((x) => typeof x === 'number')) return [{ path, span: value as Span }];
    return value.flatMap((x, i) => allSpans(x, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'text' && path === '$.document' ? [] : allSpans(v, `${path}.${k}`)));
  }
  return [];
}
