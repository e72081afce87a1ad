// Parallel ingest (extraction on worker threads, one writer) stores exactly what a serial ingest
// stores, reports in input order, and skips extraction for content already stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/index.ts';
import { EXAMPLES, SHARED } from '../testing/shared.ts';
import { expandInputs, ingestSources } from './index.ts';
import { existsSync } from 'node:fs';

// The shared readouts when present (more documents, real people recurring); the examples always.
const FOLDERS = [EXAMPLES, ...['seeds', 'corpus/dev'].map((s) => SHARED + s).filter((p) => existsSync(p))];

async function snapshot(store: Store) {
  const records = [];
  for await (const r of store.exportRecords({ includeSuperseded: true })) records.push(r);
  const people = (await store.listPeople({ limit: 10000 })).items.map((p) => ({ id: p.id, name: p.name, names: p.names, documents: p.documents, statements: p.statements }));
  const docs = (await store.listDocuments({ limit: 10000, includeSuperseded: true })).items.map((d) => ({ docId: d.docId, sourceKey: d.sourceKey, version: d.version, counts: d.counts }));
  return { records, people, docs };
}

/** Counts the records handed to the store (extractions that reached the writer). */
function counting(store: Store): { store: Store; ingested: () => number } {
  let n = 0;
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'ingestDocument') return (...args: Parameters<Store['ingestDocument']>) => { n++; return target.ingestDocument(...args); };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: wrapped, ingested: () => n };
}

test('parallel ingest gives the same store as serial ingest, results in input order', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-parallel-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const missing = join(dir, 'no-such-readout.txt');
  const args = [...FOLDERS, missing];
  const inputs = await expandInputs(args);

  const serial = await openStore({ db: join(dir, 'serial.db') });
  const parallel = await openStore({ db: join(dir, 'parallel.db') });
  try {
    const s = await ingestSources(serial, args, { jobs: 1 });
    const p = await ingestSources(parallel, args, { jobs: 3 });
    assert.deepEqual(p.results.map((r) => r.input), inputs, 'results follow the input order');
    assert.deepEqual([p.added, p.updated, p.unchanged], [s.added, s.updated, s.unchanged]);
    assert.equal(p.added, inputs.length - 1);
    assert.deepEqual(p.failed.map((f) => f.input), [missing], 'a bad input fails alone');
    assert.match(p.failed[0].message, /no-such-readout\.txt/);
    assert.equal(p.failed[0].message, s.failed[0].message, 'the same one-line reason either way');

    const [a, b] = [await snapshot(serial), await snapshot(parallel)];
    assert.deepEqual(b.docs, a.docs, 'same documents, versions and row counts');
    assert.deepEqual(b.records, a.records, 'same records, in the same ingest order');
    assert.deepEqual(b.people, a.people, 'same people');
    assert.ok(b.people.length > 0);
  } finally {
    await serial.close();
    await parallel.close();
  }
});

test('a re-run with workers extracts nothing already stored, and stores new content', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'readout-parallel-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const store = await openStore({ db: join(dir, 'store.db') });
  try {
    const first = await ingestSources(store, [EXAMPLES], { jobs: 2 });
    assert.ok(first.added >= 5);
    const fresh = join(dir, 'fresh.txt');
    await writeFile(fresh, 'Meeting between the Foreign Ministers of Corvania and Osterland\n\nMay 4, 2024\n\nForeign Minister Edda Holm of Corvania met Foreign Minister Rurik Salo of Osterland in Halvmark.\n');
    const { store: watched, ingested } = counting(store);
    const again = await ingestSources(watched, [EXAMPLES, fresh], { jobs: 2 });
    assert.deepEqual([again.added, again.unchanged, again.failed.length], [1, first.added, 0]);
    assert.equal(ingested(), 1, 'only the new readout reached extraction and the writer');
    const unchanged = again.results.filter((r) => r.result?.status === 'unchanged');
    assert.deepEqual(unchanged.map((r) => r.result!.docId), first.results.map((r) => r.result!.docId));
    assert.deepEqual(unchanged.map((r) => r.result!.version), first.results.map(() => 1));
  } finally {
    await store.close();
  }
});
