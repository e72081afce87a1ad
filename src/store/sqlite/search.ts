// Full-text search on SQLite: an FTS5 table over each document's title and text (rowid = the
// document's seq), ranked by BM25 (title weighted up), with snippets whose matches come back as
// ranges, not markup. A query matching more than SEARCH_LIMITS.candidates (1000) documents is
// ranked among its newest 1000 matches plus its newest older title matches, and its total is then
// a lower bound: ranking (and counting) every match of a word in half the corpus took seconds at 100k.
import { sql } from 'kysely';
import type { Db, QueryTerm, RankedSearchIndex } from '../backend.ts';
import type { SearchHit, SearchOptions } from '../types.ts';
import { StoreInputError } from '../types.ts';
import { searchCacheEntries, withResultCache } from './search-cache.ts';

export type { QueryTerm, RankedSearchIndex };

const START = '\u0001';
const END = '\u0002';


/**
 * Reads a user's query: words (all must match), "quoted phrases" (words in order), a trailing *
 * (a prefix), OR between two terms (either), and -word or -"phrase" (must not match). Anything else
 * is read as words, so a query syntax error cannot happen. Both backends read queries this way.
 */
export function readQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  let orNext = false;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const phrase = m[2] !== undefined;
    let raw = phrase ? m[2] : m[3];
    if (!phrase && raw === 'OR') { if (terms.length) orNext = true; continue; }
    let exclude = phrase ? m[1] === '-' : false;
    if (!phrase && raw.startsWith('-') && raw.length > 1) { exclude = true; raw = raw.slice(1); }
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    const prefix = !phrase && raw.endsWith('*');
    terms.push({ words, prefix, phrase, exclude, orBefore: orNext && !exclude && !terms.at(-1)!.exclude });
    orNext = false;
  }
  if (!terms.some((t) => !t.exclude)) throw new StoreInputError(`search: "${query}" has no words to look for`);
  return terms;
}

/** The query as FTS5 syntax built only from quoted words: AND (implicit), OR, NOT. */
export function toFtsQuery(query: string | QueryTerm[]): string {
  const terms = typeof query === 'string' ? readQuery(query) : query;
  const quoted = (t: QueryTerm) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`;
  const groups: string[][] = [];
  for (const t of terms.filter((x) => !x.exclude)) {
    if (t.orBefore && groups.length) groups.at(-1)!.push(quoted(t)); else groups.push([quoted(t)]);
  }
  const positive = groups.map((g) => (g.length > 1 ? `(${g.join(' OR ')})` : g[0])).join(' ');
  const excluded = terms.filter((x) => x.exclude).map(quoted);
  return excluded.length ? `(${positive}) NOT (${excluded.join(' OR ')})` : positive;
}

/** For a query of plain words (no OR, phrase or exclusion), the same words with any of them enough: a fallback for few matches. */
export function anyWordQuery(terms: QueryTerm[]): QueryTerm[] | null {
  const plain = terms.filter((t) => !t.exclude);
  if (plain.length < 2 || terms.some((t) => t.orBefore || t.exclude || t.phrase)) return null;
  return plain.map((t, i) => ({ ...t, orBefore: i > 0 }));
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

/** How much of a large match set a query ranks; both backends use the same numbers. */
export interface SearchLimits {
  /** Matches ranked at most: the newest ones. Pages past them are empty (the total says there are more). */
  candidates: number;
  /** Older documents whose title matches, ranked too, so title matches stay up whatever their age. */
  titleCandidates: number;
}

export const SEARCH_LIMITS: SearchLimits = { candidates: 1000, titleCandidates: 200 };

/** The same query restricted to the title column. */
function titleOnly(match: string): string {
  return `title : (${match})`;
}

/** A match and its rank: lower ranks first (BM25's sign; PostgreSQL negates its score). */
export type Candidate = { seq: number; rank: number };

/** What differs between backends in a search: three queries; the rest is ./search.ts's `rankedSearch`. */
export interface SearchQueries {
  /** The newest `n` matches of the query, newest first, ranked on the full query. */
  newest(db: Db, n: number): Promise<Candidate[]>;
  /** The newest `n` matches older than `below` whose title matches, ranked on their title alone. */
  olderTitles(db: Db, below: number, n: number): Promise<Candidate[]>;
  /** Snippets with START/END markers around matched words, by seq. */
  snippets(db: Db, docs: { seq: number; docId: string }[]): Promise<Map<number, string>>;
}

/** The seqs of superseded documents, read once per corpus generation (few: only re-ingested sources have them). */
const supersededCache = new WeakMap<Db, { generation: string; seqs: Set<number> }>();
async function supersededSeqs(db: Db): Promise<Set<number>> {
  const generation = (await sql<{ value: string }>`select value from meta where key = 'generation'`.execute(db)).rows[0]?.value ?? '';
  const cached = supersededCache.get(db);
  if (cached?.generation === generation) return cached.seqs;
  const rows = await sql<{ seq: number | string }>`select seq from documents where is_current = 0`.execute(db);
  const seqs = new Set(rows.rows.map((r) => Number(r.seq)));
  supersededCache.set(db, { generation, seqs });
  return seqs;
}

/**
 * The search both backends run: the newest `candidates` matches (plus older title matches when
 * there are more), superseded documents dropped, sorted by rank, one page of them with their
 * documents' titles and snippets. A capped match set's total counts only the candidates.
 */
export async function rankedSearch(db: Db, queries: SearchQueries, limits: SearchLimits, { limit, offset, includeSuperseded }: Required<SearchOptions>) {
  const newest = await queries.newest(db, limits.candidates + 1);
  const capped = newest.length > limits.candidates;
  const candidates = newest.slice(0, limits.candidates);
  if (capped) candidates.push(...await queries.olderTitles(db, candidates.at(-1)!.seq, limits.titleCandidates));
  const superseded = includeSuperseded ? new Set<number>() : await supersededSeqs(db);
  const ranked = candidates.filter((c) => !superseded.has(c.seq)).sort((x, y) => x.rank - y.rank || x.seq - y.seq);
  const page = ranked.slice(offset, offset + limit);
  const docs = new Map<number, { doc_id: string; title: string; date: string | null; source_key: string }>();
  if (page.length) {
    const found = await sql<{ seq: number | string; doc_id: string; title: string; date: string | null; source_key: string }>`
      select seq, doc_id, title, date, source_key from documents where seq in (${sql.join(page.map((c) => c.seq))})`.execute(db);
    for (const r of found.rows) docs.set(Number(r.seq), r);
  }
  const rows = page.filter((c) => docs.has(c.seq)).map((c) => ({ ...docs.get(c.seq)!, seq: c.seq, rank: c.rank }));
  // Snippets (which re-read and re-tokenize the text) only for the page's rows.
  const marked = rows.length ? await queries.snippets(db, rows.map((r) => ({ seq: r.seq, docId: r.doc_id }))) : new Map<number, string>();
  const hits: SearchHit[] = rows.map((r) => ({
    docId: r.doc_id, title: r.title, date: r.date, sourceKey: r.source_key,
    score: -r.rank, ...unmarkSnippet(marked.get(r.seq) ?? ''),
  }));
  return { hits, total: ranked.length, totalIsLowerBound: capped };
}

type SearchResult = { hits: SearchHit[]; total: number; totalIsLowerBound: boolean };

/** Below this many matches of all the words, documents matching some of them follow (both backends). */
export const FEW_MATCHES = 20;

/**
 * A query of plain words that matches few documents with all of them ("semiconductor export
 * controls") is followed by the documents matching some of the words, ranked below (matchedAll
 * false): a reader asking about a topic in their own words still finds the readouts about it.
 */
export async function searchWithFallback(
  terms: QueryTerm[], options: Required<SearchOptions>, run: (terms: QueryTerm[], options: Required<SearchOptions>) => Promise<SearchResult>,
): Promise<SearchResult> {
  const strict = await run(terms, options);
  const loose = anyWordQuery(terms);
  if (!loose || strict.totalIsLowerBound || strict.total >= FEW_MATCHES) return { ...strict, hits: strict.hits.map((h) => ({ ...h, matchedAll: true })) };
  const all = strict.total > strict.hits.length || options.offset > 0
    ? await run(terms, { ...options, limit: strict.total, offset: 0 }) : strict;
  const some = await run(loose, { ...options, limit: options.offset + options.limit + all.hits.length, offset: 0 });
  const strictIds = new Set(all.hits.map((h) => h.docId));
  const combined = [...all.hits.map((h) => ({ ...h, matchedAll: true })),
    ...some.hits.filter((h) => !strictIds.has(h.docId)).map((h) => ({ ...h, matchedAll: false }))];
  return {
    hits: combined.slice(options.offset, options.offset + options.limit),
    total: Math.max(combined.length, strict.total + some.total - all.hits.length),
    totalIsLowerBound: some.totalIsLowerBound,
  };
}

/** The FTS5 search index; `limits` only differ from the defaults in tests. */
export function createSqliteSearch(limits: SearchLimits = SEARCH_LIMITS): RankedSearchIndex {
  return {
    async indexDocument(trx, doc) {
      const row = await sql<{ seq: number }>`select seq from documents where doc_id = ${doc.docId}`.execute(trx);
      if (!row.rows.length) throw new Error(`search index: document ${doc.docId} is not stored`);
      await sql`insert into documents_fts (rowid, title, text) values (${row.rows[0].seq}, ${doc.title}, ${doc.text})`.execute(trx);
    },
    async removeDocument(trx, docId) {
      await sql`delete from documents_fts where rowid = (select seq from documents where doc_id = ${docId})`.execute(trx);
    },
    search(db, query, options) {
      return searchWithFallback(readQuery(query), options, (terms, opts) => this.searchTerms(db, terms, opts));
    },
    searchTerms(db, terms, options) {
      const match = toFtsQuery(terms);
      return rankedSearch(db, {
        // Walking the index backwards (rowid = seq) reads only the newest matches.
        newest: async (q, n) => (await sql<Candidate>`
          select rowid as seq, bm25(documents_fts, 5.0, 1.0) as rank from documents_fts
          where documents_fts match ${match} order by rowid desc limit ${n}`.execute(q)).rows,
        olderTitles: async (q, below, n) => (await sql<Candidate>`
          select rowid as seq, bm25(documents_fts, 5.0, 1.0) as rank from documents_fts
          where documents_fts match ${titleOnly(match)} and rowid < ${below} order by rowid desc limit ${n}`.execute(q)).rows,
        snippets: async (q, docs) => {
          const rows = await sql<{ seq: number; marked: string }>`
            select rowid as seq, snippet(documents_fts, -1, ${START}, ${END}, '…', 24) as marked from documents_fts
            where documents_fts match ${match} and rowid in (${sql.join(docs.map((d) => d.seq))})`.execute(q);
          return new Map(rows.rows.map((r) => [Number(r.seq), r.marked]));
        },
      }, limits, options);
    },
  };
}

/** The store's FTS5 search, results cached until the corpus changes (./search-cache.ts). */
export const sqliteSearch: RankedSearchIndex = withResultCache(createSqliteSearch(), searchCacheEntries());
