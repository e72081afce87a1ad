// Full-text search on SQLite: an FTS5 table over each document's title and text, ranked by
// BM25 (title weighted up), with snippets whose matches come back as ranges, not markup.
import { sql } from 'kysely';
import type { Db, SearchIndex } from '../backend.ts';
import type { SearchHit } from '../types.ts';
import { StoreInputError } from '../types.ts';

const START = '\u0001';
const END = '\u0002';

/** Reads a user's query as words and "quoted phrases" (a trailing * makes a prefix; OR between terms is kept), so FTS5 syntax errors cannot happen. */
export function toFtsQuery(query: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2];
    if (raw === 'OR' && parts.length && parts.at(-1) !== 'OR') { parts.push('OR'); continue; }
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    parts.push(`"${words.join(' ')}"${raw.endsWith('*') ? '*' : ''}`);
  }
  while (parts.at(-1) === 'OR') parts.pop();
  if (!parts.length) throw new StoreInputError(`search: "${query}" has no words to look for`);
  return parts.join(' ');
}

/** Turns a snippet with START/END markers into plain text plus highlight ranges. */
export function unmarkSnippet(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === START) open = snippet.length;
    else if (ch === END) { if (open >= 0) highlights.push([open, snippet.length]); open = -1; }
    else snippet += ch;
  }
  return { snippet: snippet.replace(/\s+/g, ' '), highlights: normalizeRanges(snippet, highlights) };
}

/** Collapsing white space shifts offsets: recompute each range on the collapsed text. */
function normalizeRanges(raw: string, ranges: [number, number][]): [number, number][] {
  const map: number[] = [];
  let out = 0;
  for (let i = 0; i < raw.length; i++) {
    map[i] = out;
    if (!(/\s/.test(raw[i]) && i > 0 && /\s/.test(raw[i - 1]))) out++;
  }
  map[raw.length] = out;
  return ranges.map(([s, e]) => [map[s], map[e]]);
}

export const sqliteSearch: SearchIndex = {
  async indexDocument(trx, doc) {
    await sql`insert into documents_fts (doc_id, title, text) values (${doc.docId}, ${doc.title}, ${doc.text})`.execute(trx);
  },
  async removeDocument(trx, docId) {
    await sql`delete from documents_fts where doc_id = ${docId}`.execute(trx);
  },
  async search(db: Db, query, { limit, offset, includeSuperseded }) {
    const match = toFtsQuery(query);
    const current = includeSuperseded ? sql`1 = 1` : sql`d.is_current = 1`;
    const rows = await sql<{ doc_id: string; title: string; date: string | null; source_key: string; rank: number; marked: string }>`
      select f.doc_id, d.title, d.date, d.source_key, bm25(documents_fts, 0.0, 5.0, 1.0) as rank,
             snippet(documents_fts, -1, ${START}, ${END}, '…', 24) as marked
      from documents_fts f join documents d on d.doc_id = f.doc_id
      where documents_fts match ${match} and ${current}
      order by rank, d.seq
      limit ${limit} offset ${offset}`.execute(db);
    const count = await sql<{ n: number }>`
      select count(*) as n from documents_fts f join documents d on d.doc_id = f.doc_id
      where documents_fts match ${match} and ${current}`.execute(db);
    const hits: SearchHit[] = rows.rows.map((r) => ({
      docId: r.doc_id, title: r.title, date: r.date, sourceKey: r.source_key,
      score: -r.rank, ...unmarkSnippet(r.marked),
    }));
    return { hits, total: Number(count.rows[0]?.n ?? 0) };
  },
};
