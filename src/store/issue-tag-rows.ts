// The issue tags of one readout as rows (pure): its statements, commitments and signed documents
// tagged one by one, and the readout itself (its title and body, and whatever its items are
// about). Which rows are entries of a timeline is decided here, once, at write time: a statement
// repeated in the same readout, and a commitment whose statement carries the same issue, are not
// (the statement's entry shows its commitments); a readout is an entry only for the issues none
// of its items carry.
import type { ReadoutRecord, Span } from '../record.ts';
import { itemTagTexts } from '../corpus/index.ts';
import type { IssueTagsTable } from './schema.ts';
import type { CorpusLogic } from './types.ts';
import { UNDATED } from './record-rows.ts';

type Kind = 'statement' | 'commitment' | 'document' | 'readout';

/** The readout's own item id in issue_tags (one readout per document). */
export const READOUT_ITEM = 'readout';

/** Statement text compared for repeats: case, spacing and punctuation aside. */
const sameWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function issueTagRows(docId: string, record: ReadoutRecord, corpus: CorpusLogic, seq: number): IssueTagsTable[] {
  const docDate = record.document.date ?? null;
  const tag = (text: string) => (text ? corpus.tagIssues(text, corpus.taxonomy) : []);
  const rows: IssueTagsTable[] = [];
  const add = (kind: Kind, id: string, issues: string[], date: string | null, span: Span, inTimeline: (issue: string) => boolean) => {
    for (const issue_id of new Set(issues)) {
      rows.push({
        doc_id: docId, item_kind: kind, item_id: id, issue_id, sort_key: date ?? docDate ?? UNDATED, seq,
        span_start: span[0], span_end: span[1], in_timeline: inTimeline(issue_id) ? 1 : 0,
      });
    }
  };
  const texts = itemTagTexts(record);
  const statementIssues = new Map<string, Set<string>>();
  const seen = new Set<string>();
  record.statements.forEach((s, i) => {
    const issues = tag(texts.statements[i]);
    statementIssues.set(s.id, new Set(issues));
    const words = sameWords(s.content);
    const repeat = seen.has(words);
    seen.add(words);
    add('statement', s.id, issues, s.date ?? null, s.span, () => !repeat);
  });
  record.documents.forEach((d, i) => add('document', d.id, tag(texts.documents[i]), d.date ?? null, d.span, () => true));
  record.commitments.forEach((c, i) => {
    const own = c.statement ? statementIssues.get(c.statement) : undefined;
    add('commitment', c.id, tag(texts.commitments[i]), null, c.span, (issue) => !own?.has(issue));
  });
  const itemIssues = new Set(rows.map((r) => r.issue_id));
  const readout = new Map(corpus.tagReadout(record, corpus.taxonomy).map((t) => [t.issue, t.span] as const));
  // Issues only its items name are the readout's too, at their first item.
  for (const r of rows) if (!readout.has(r.issue_id)) readout.set(r.issue_id, [r.span_start, r.span_end ?? r.span_start]);
  for (const [issue, span] of readout) add('readout', READOUT_ITEM, [issue], docDate, span, () => !itemIssues.has(issue));
  return rows;
}
