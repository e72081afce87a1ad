// Statement-level search hits: in the documents of one page of search hits, the statements whose
// words match the query's (by stem, as the search index matches), with who said it and when.
// Read for the page's documents only, so it costs the same whatever the corpus size.
import type { Span } from '../../record.ts';
import { wordsOf } from '../../corpus/issues/words.ts';
import type { Db } from '../backend.ts';
import type { SearchHit, StatementHit } from '../types.ts';
import { readQuery } from '../sqlite/search.ts';
import { actorResolverFor, inChunks } from './context.ts';

/** Statements shown per document hit at most. */
export const STATEMENTS_PER_HIT = 3;

export async function withStatementHits(db: Db, query: string, hits: SearchHit[]): Promise<SearchHit[]> {
  if (!hits.length) return hits;
  const terms = readQuery(query);
  const wanted = terms.filter((t) => !t.exclude).map((t) => t.words.flatMap((w) => wordsOf(w).map((x) => x.stem)));
  const unwanted = terms.filter((t) => t.exclude).flatMap((t) => t.words.flatMap((w) => wordsOf(w).map((x) => x.stem)));
  const docIds = hits.map((h) => h.docId);
  const [rows, docs, resolve] = await Promise.all([
    inChunks(docIds, (chunk) => db.selectFrom('statements').select(['doc_id', 'statement_id', 'speaker', 'act', 'content', 'date', 'span_start', 'span_end'])
      .where('doc_id', 'in', chunk).execute()),
    inChunks(docIds, (chunk) => db.selectFrom('documents').select(['doc_id', 'date']).where('doc_id', 'in', chunk).execute()),
    actorResolverFor(db, docIds),
  ]);
  const dateOf = new Map(docs.map((d) => [d.doc_id, d.date]));
  const byDoc = new Map<string, { score: number; hit: StatementHit }[]>();
  for (const s of rows) {
    const stems = new Set(wordsOf(s.content).map((w) => w.stem));
    if (unwanted.some((u) => stems.has(u))) continue;
    // A term counts when all its words are there (a phrase's words, in any order).
    const score = wanted.filter((words) => words.every((w) => stems.has(w))).length;
    if (!score) continue;
    const list = byDoc.get(s.doc_id) ?? [];
    list.push({ score, hit: {
      statementId: s.statement_id, speaker: resolve(s.doc_id, s.speaker), act: s.act, date: s.date ?? dateOf.get(s.doc_id) ?? null,
      content: s.content, span: [s.span_start, s.span_end] as Span,
    } });
    byDoc.set(s.doc_id, list);
  }
  return hits.map((h) => {
    const found = (byDoc.get(h.docId) ?? []).sort((a, b) => b.score - a.score || a.hit.span[0] - b.hit.span[0]);
    const best = found[0]?.score ?? 0;
    const statements = found.filter((f) => f.score === best).slice(0, STATEMENTS_PER_HIT).map((f) => f.hit)
      .sort((a, b) => a.span[0] - b.span[0]);
    return { ...h, statements };
  });
}
