// The pipeline on each store backend: real readouts (the seeds, the dev corpus, the examples)
// read, extracted and stored; people resolved across them. These tests need the extractor, so
// they sit here rather than in the store's contract (which uses hand-built records).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCorpusLogic } from '../store/corpus-logic.ts';
import { withStore, type BackendFactory } from '../store/contract.ts';
import { sharedFolder, EXAMPLES } from '../testing/shared.ts';
import { sqliteBackend, throwawayDatabases } from '../testing/backends.ts';
import { postgresUnavailable } from '../testing/postgres.ts';
import { expandInputs, ingestSources } from './index.ts';

function runPipelineOnStore(name: string, factory: BackendFactory): void {
  // The two tests at once: each has a store of its own.
  describe(`pipeline into a store: ${name}`, { concurrency: 2 }, () => {
    test('ingests the seeds, the dev corpus and the examples; a second run changes nothing', async (t) => {
      const folders = [sharedFolder('seeds', t), sharedFolder('corpus/dev', t), EXAMPLES].filter((f): f is string => !!f);
      await withStore(factory, defaultCorpusLogic(), async (store) => {
        const files = await expandInputs(folders);
        const first = await ingestSources(store, folders);
        assert.deepEqual(first.failed, []);
        assert.equal(first.added, files.length);
        const second = await ingestSources(store, folders);
        assert.deepEqual([second.added, second.updated, second.unchanged], [0, 0, files.length]);

        const docs = await store.listDocuments({ limit: 1000 });
        assert.equal(docs.total, files.length);
        let statements = 0;
        let commitments = 0;
        for (const summary of docs.items) {
          const doc = (await store.getDocument(summary.docId))!;
          const r = doc.record;
          assert.deepEqual(summary.counts, {
            actors: r.actors.length, meetings: r.meetings.length, statements: r.statements.length, documents: r.documents.length, commitments: r.commitments.length,
          });
          statements += r.statements.length;
          commitments += r.commitments.length;
          // Every readout is found by the words of its own title.
          const words = (r.document.title || r.document.text.split('\n')[0]).match(/[A-Za-z]{5,}/g) ?? [];
          if (words.length) {
            const hits = await store.search(words.slice(0, 3).join(' '), { limit: 1000 });
            assert.ok(hits.items.some((h) => h.docId === doc.docId), `search finds ${doc.sourceKey}`);
          }
        }
        const stats = await store.stats({ asOf: '2026-01-01' });
        assert.deepEqual([stats.documents, stats.statements, stats.commitments], [files.length, statements, commitments]);
        const commitmentRows = await store.listCommitments({ asOf: '2026-01-01', limit: 10000 });
        assert.equal(commitmentRows.total, commitments);
        let exported = 0;
        for await (const _ of store.exportRecords()) exported++;
        assert.equal(exported, files.length);
      });
    });

    test('named cases of the issue: one person across spellings, two people sharing a surname (needs the extractor)', async (t) => {
      const seeds = sharedFolder('seeds', t);
      const dev = sharedFolder('corpus/dev', t);
      if (!seeds || !dev) return;
      await withStore(factory, defaultCorpusLogic(), async (store) => {
        await ingestSources(store, [seeds, dev]);
        const kasyanov = await store.findPeople('Kasjyanov');
        assert.equal(kasyanov.length, 1, 'Kasjyanov is one person');
        assert.ok(kasyanov[0].names.some((n) => /Kasiyanov/.test(n)), 'Kasiyanov is the same person');
        assert.equal((await store.findPeople('Kishida')).filter((p) => /Fumio/.test(p.name)).length, 1, 'Kishida Fumio = Fumio Kishida');
        const kono = (await store.findPeople('Kono')).filter((p) => /^kono$/i.test(p.surname));
        assert.equal(kono.length, 2, 'two people named Kono');
        const koizumi = await store.getPerson('Junichiro Koizumi');
        assert.ok(koizumi && koizumi.person.roles.length >= 2, 'Koizumi: Prime Minister, then former Prime Minister');
      });
    });
  });
}

runPipelineOnStore('sqlite', sqliteBackend);

const unavailable = postgresUnavailable();
if (unavailable) {
  test('pipeline into a store: postgres', (t) => t.skip(unavailable));
} else {
  const databases = throwawayDatabases();
  after(databases.stop);
  runPipelineOnStore('postgres', databases.backend);
}
