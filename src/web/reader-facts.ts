// The facts of one record, as highlights for the reader: every person mention, statement
// (coloured by its act), commitment, due date, dateline and signed document, from its span.
import type { ReadoutRecord, Span } from '../record.ts';
import type { Fact } from './highlight.ts';
import { actFamily } from './format.ts';

export const factAnchor = (id: string): string => `fact-${id}`;

export function recordFacts(record: ReadoutRecord, cite?: Span | null): Fact[] {
  const facts: Fact[] = [];
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  for (const actor of record.actors) {
    if (actor.kind !== 'person') continue;
    for (const m of actor.mentions ?? []) facts.push({ anchor: factAnchor(actor.id), kind: 'person', span: m.span, label: actor.name });
  }
  for (const s of record.statements) {
    facts.push({
      anchor: factAnchor(s.id), kind: 'statement', span: s.span, classes: [`act-${actFamily(s.act)}`],
      label: `${names.get(s.speaker) ?? s.speaker} ${s.verb} (${s.act})`,
    });
  }
  for (const c of record.commitments) {
    facts.push({ anchor: factAnchor(c.id), kind: 'commitment', span: c.span, label: `commitment (${c.modality})` });
    if (c.due?.span) facts.push({ anchor: factAnchor(`${c.id}-due`), kind: 'date', span: c.due.span, label: `due ${c.due.start}..${c.due.end}` });
  }
  if (record.document.dateSpan && record.document.date) {
    facts.push({ anchor: factAnchor('dateline'), kind: 'date', span: record.document.dateSpan, label: `dated ${record.document.date}` });
  }
  for (const d of record.documents) facts.push({ anchor: factAnchor(d.id), kind: 'document', span: d.span, label: `${d.kind}: ${d.title}` });
  if (cite) facts.push({ anchor: 'cited', kind: 'cite', span: cite, label: 'the passage cited' });
  return facts;
}

/** Reads "?cite=START-END" into a span inside a text of `length` characters; null when absent or out of range. */
export function parseCite(value: string | undefined, length: number): Span | null {
  const m = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]), end = Number(m[2]);
  return start < end && end <= length ? [start, end] : null;
}
