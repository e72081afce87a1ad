// Statement rows with their speaker resolved and their issues, for person pages and timelines.
import type { Act, Span } from '../../record.ts';
import type { Db } from '../backend.ts';
import type { StatementRow } from '../types.ts';
import { actorResolverFor, inChunks, currentDocumentsAmong, issueTagsAmong, key, parseJson } from './context.ts';

/** Statements of current documents spoken by one of `actors` (doc, actor) or by a group that has one as a member. */
export async function statementsBy(db: Db, actors: { docId: string; actorId: string }[]): Promise<StatementRow[]> {
  if (!actors.length) return [];
  const docIds = [...new Set(actors.map((a) => a.docId))];
  const wanted = new Set(actors.map((a) => key(a.docId, a.actorId)));
  const groups = await inChunks(docIds, (chunk) => db.selectFrom('actors').select(['doc_id', 'actor_id', 'members_json'])
    .where('doc_id', 'in', chunk).where('kind', '=', 'group').execute());
  const viaGroup = new Set(groups
    .filter((g) => parseJson<string[]>(g.members_json, []).some((m) => wanted.has(key(g.doc_id, m))))
    .map((g) => key(g.doc_id, g.actor_id)));
  const rows = await inChunks(docIds, (chunk) => db.selectFrom('statements').selectAll().where('doc_id', 'in', chunk).execute());
  const picked = rows.filter((s) => wanted.has(key(s.doc_id, s.speaker)) || viaGroup.has(key(s.doc_id, s.speaker)));
  const pickedDocs = picked.map((s) => s.doc_id);
  // Only the documents these statements come from: never the whole corpus.
  const [docs, resolve, tags] = await Promise.all([currentDocumentsAmong(db, pickedDocs), actorResolverFor(db, pickedDocs), issueTagsAmong(db, 'statement', pickedDocs)]);
  return picked.filter((s) => docs.has(s.doc_id)).map((s) => {
    const doc = docs.get(s.doc_id)!;
    return {
      docId: s.doc_id, docTitle: doc.title, docDate: doc.date, statementId: s.statement_id, date: s.date ?? doc.date,
      speaker: resolve(s.doc_id, s.speaker), viaGroup: !wanted.has(key(s.doc_id, s.speaker)),
      act: s.act as Act, verb: s.verb, content: s.content, topic: s.topic, span: [s.span_start, s.span_end] as Span,
      issues: tags.get(key(s.doc_id, s.statement_id)) ?? [],
    };
  }).sort((a, b) => (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1
    : docs.get(a.docId)!.seq - docs.get(b.docId)!.seq || a.span[0] - b.span[0]);
}
