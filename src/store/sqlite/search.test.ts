// SQLite search: the shared search cases, the FTS query reading, and a store made before the
// index was keyed by seq still finding its documents after the migration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openSqliteBackend } from './open.ts';
import { createSqliteSearch, toFtsQuery, unmarkSnippet } from './search.ts';
import { runSearchCases } from './search-cases.ts';
import { searchCacheEntries, withResultCache } from './search-cache.ts';

runSearchCases('sqlite', async (limits) => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-search-'));
  const backend = await openSqliteBackend(join(dir, 'readout.db'));
  const search = createSqliteSearch(limits);
  return { backend: { ...backend, search }, search, cleanup: () => rm(dir, { recursive: true, force: true }) };
});

test('toFtsQuery reads words, phrases, prefixes, OR and -exclusions, never FTS5 syntax', () => {
  assert.equal(toFtsQuery('gas pipeline'), '"gas" "pipeline"');
  assert.equal(toFtsQuery('"joint economic commission" visa*'), '"joint economic commission" "visa"*');
  assert.equal(toFtsQuery('visas OR fisheries OR'), '("visas" OR "fisheries")');
  assert.equal(toFtsQuery('harbour visas OR fisheries'), '"harbour" ("visas" OR "fisheries")', 'OR binds the two terms beside it');
  assert.equal(toFtsQuery('harbour -pilots -"lighthouse keepers"'), '("harbour") NOT ("pilots" OR "lighthouse keepers")');
  assert.equal(toFtsQuery('title: (NEAR'), '"title" "NEAR"');
  assert.equal(toFtsQuery('- a-b'), '"a b"', 'a lone dash is nothing; a hyphenated word is a phrase');
  assert.throws(() => toFtsQuery('-harbour'), /no words to look for/, 'only exclusions');
});

test('unmarkSnippet turns markers into ranges on the collapsed text', () => {
  assert.deepEqual(unmarkSnippet('the \u0001harbour\u0002  of\n\u0001Velmar\u0002'), { snippet: 'the harbour of Velmar', highlights: [[4, 11], [15, 21]] });
});

test('sqlite: a store indexed before search was keyed by seq finds its documents after the migration', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-search-'));
  try {
    const path = join(dir, 'readout.db');
    let backend = await openSqliteBackend(path);
    // Put the index back as migration 100 made it: keyed by doc_id, arbitrary rowids.
    await sql`drop table documents_fts`.execute(backend.db);
    await sql`create virtual table documents_fts using fts5(doc_id unindexed, title, text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(backend.db);
    await sql`delete from readout_migrations where name = '101-sqlite-fts-by-seq'`.execute(backend.db);
    await sql`insert into documents (doc_id, source_key, version, is_current, superseded_by, title, date, year, kind, format, record_json, ingest_json, ingested_at, extracted_at, seq)
      values ('d1', '/a.txt', 1, 1, null, 'Harbour Accord', '2020-01-01', 2020, 'readout', 'txt', '{}', '{}', '2020', '2020', 7)`.execute(backend.db);
    await sql`insert into documents_fts (rowid, doc_id, title, text) values (99, 'd1', 'Harbour Accord', 'The ministers signed the harbour accord.')`.execute(backend.db);
    await backend.close();
    backend = await openSqliteBackend(path);
    const found = await backend.search.search(backend.db, 'accord', { limit: 20, offset: 0, includeSuperseded: false });
    assert.deepEqual(found.hits.map((h) => h.docId), ['d1']);
    const rowids = await sql<{ rowid: number }>`select rowid from documents_fts`.execute(backend.db);
    assert.deepEqual(rowids.rows.map((r) => r.rowid), [7], 'the index row is keyed by the document seq');
    await backend.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('search cache: a result is reused until the corpus generation moves, and callers get copies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-search-'));
  try {
    const backend = await openSqliteBackend(join(dir, 'readout.db'));
    let calls = 0;
    const inner = createSqliteSearch();
    const counting = { ...inner, search: (...args: Parameters<typeof inner.search>) => { calls++; return inner.search(...args); } };
    const cached = withResultCache(counting, 8);
    const opts = { limit: 20, offset: 0, includeSuperseded: false };
    const add = async (seq: number, title: string) => {
      await sql`insert into documents (doc_id, source_key, version, is_current, superseded_by, title, date, year, kind, format, record_json, ingest_json, ingested_at, extracted_at, seq)
        values (${`d${seq}`}, ${`/${seq}.txt`}, 1, 1, null, ${title}, '2020-01-01', 2020, 'readout', 'txt', '{}', '{}', '2020', '2020', ${seq})`.execute(backend.db);
      await inner.indexDocument(backend.db, { docId: `d${seq}`, title, text: `${title}: talks in Velmar.` });
      await sql`update meta set value = cast(value as integer) + 1 where key = 'generation'`.execute(backend.db);
    };
    await add(1, 'Harbour Accord');
    const first = await cached.search(backend.db, 'harbour', opts);
    first.hits[0].title = 'changed by a caller';
    const again = await cached.search(backend.db, 'harbour', opts);
    assert.equal(calls, 1, 'the second search is served from the cache');
    assert.equal(again.hits[0].title, 'Harbour Accord', 'a caller changing its copy does not reach the cache');
    await add(2, 'Harbour Dues');
    const after = await cached.search(backend.db, 'harbour', opts);
    assert.equal(calls, 2, 'a new generation searches again');
    assert.equal(after.total, 2);
    await backend.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('search cache size comes from READOUT_SEARCH_CACHE; a bad value is a one-line error', () => {
  assert.equal(searchCacheEntries({}), 256);
  assert.equal(searchCacheEntries({ READOUT_SEARCH_CACHE: '0' }), 0);
  assert.throws(() => searchCacheEntries({ READOUT_SEARCH_CACHE: 'lots' }), /READOUT_SEARCH_CACHE: .*"lots"/);
});
