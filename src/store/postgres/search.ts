// Full-text search on PostgreSQL: a tsvector per document (title weighted A, text D) under a GIN
// index, ranked by ts_rank_cd, with ts_headline snippets whose matches come back as ranges.
import { sql } from 'kysely';
import type { Db, SearchIndex } from '../backend.ts';
import type { SearchHit } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { unmarkSnippet } from '../sqlite/search.ts';

const START = '\u0001';
const END = '\u0002';
const HEADLINE = `StartSel=${START}, StopSel=${END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Reads a user's query as words and "quoted phrases" (a trailing * makes a prefix; OR between
 * terms is kept) and writes it as to_tsquery input built only from letters and digits, so a
 * query syntax error cannot happen. The same reading as the SQLite backend's.
 */
export function toTsQuery(query: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  const push = (term: string) => {
    if (parts.length && parts.at(-1) !== '|') parts.push('&');
    parts.push(term);
  };
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) push(`(${words.join(' <-> ')})`);
      continue;
    }
    const raw = m[2];
    if (raw === 'OR' && parts.length && parts.at(-1) !== '|') { parts.push('|'); continue; }
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const prefix = raw.endsWith('*') ? ':*' : '';
    push(words.length === 1 ? `${words[0]}${prefix}` : `(${words.join(' <-> ')}${prefix})`);
  }
  while (parts.at(-1) === '|' || parts.at(-1) === '&') parts.pop();
  if (!parts.length) throw new StoreInputError(`search: "${query}" has no words to look for`);
  return parts.join(' ');
}

export const postgresSearch: SearchIndex = {
  async indexDocument(trx, doc) {
    await sql`insert into documents_search (doc_id, title, body, tsv) values (${doc.docId}, ${doc.title}, ${doc.text},
      setweight(to_tsvector('english', ${doc.title}), 'A') || setweight(to_tsvector('english', ${doc.text}), 'D'))`.execute(trx);
  },
  async removeDocument(trx, docId) {
    await sql`delete from documents_search where doc_id = ${docId}`.execute(trx);
  },
  async search(db: Db, query, { limit, offset, includeSuperseded }) {
    const tsquery = toTsQuery(query);
    const current = includeSuperseded ? sql`true` : sql`d.is_current = 1`;
    // Rank and page first; headlines (which re-read the text) only for the page's rows.
    const rows = await sql<{ doc_id: string; title: string; date: string | null; source_key: string; rank: number; marked: string }>`
      with q as (select to_tsquery('english', ${tsquery}) as query),
      page as (
        select s.doc_id, d.title, d.date, d.source_key, d.seq, ts_rank_cd(s.tsv, q.query) as rank
        from documents_search s join documents d on d.doc_id = s.doc_id, q
        where s.tsv @@ q.query and ${current}
        order by rank desc, d.seq
        limit ${limit} offset ${offset}
      )
      select p.doc_id, p.title, p.date, p.source_key, p.rank,
             ts_headline('english', s.body, q.query, ${HEADLINE}) as marked
      from page p join documents_search s on s.doc_id = p.doc_id, q
      order by p.rank desc, p.seq`.execute(db);
    const count = await sql<{ n: string }>`
      select count(*) as n from documents_search s join documents d on d.doc_id = s.doc_id
      where s.tsv @@ to_tsquery('english', ${tsquery}) and ${current}`.execute(db);
    const hits: SearchHit[] = rows.rows.map((r) => ({
      docId: r.doc_id, title: r.title, date: r.date, sourceKey: r.source_key,
      score: Number(r.rank), ...unmarkSnippet(r.marked),
    }));
    return { hits, total: Number(count.rows[0]?.n ?? 0) };
  },
};
