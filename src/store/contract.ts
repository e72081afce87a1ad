// The store's contract tests, as a function any backend runs with its own factory:
// `runStoreContract('sqlite', async () => ({ backend, cleanup }))`. Records are hand-built
// (./test-fixtures.ts) so the store's behaviour is checked apart from the extractor's quality.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadoutRecord } from '../record.ts';
import type { CommitmentEvidenceIndex } from '../corpus/index.ts';
import type { StoreBackend } from './backend.ts';
import { KyselyStore } from './kysely-store.ts';
import { defaultCorpusLogic } from './corpus-logic.ts';
import { StoreInputError, type CorpusLogic, type Store } from './types.ts';
import { buildRecord, corvaniaVisit, lindVisit, TEST_TAXONOMY } from './test-fixtures.ts';
import type { PersonDetail } from './types.ts';
import { backfillCorpusInputs } from './corpus-inputs.ts';

export type BackendFactory = () => Promise<{ backend: StoreBackend; cleanup: () => Promise<void> }>;

/** The real corpus logic with a small fixed taxonomy. */
export function testCorpus(overrides: Partial<CorpusLogic> = {}): CorpusLogic {
  return { ...defaultCorpusLogic(), taxonomy: TEST_TAXONOMY, ...overrides };
}

/** Runs `fn` on a store over a fresh backend, closed and removed afterwards. */
export async function withStore(factory: BackendFactory, corpus: CorpusLogic, fn: (store: Store, backend: StoreBackend) => Promise<void>): Promise<void> {
  const { backend, cleanup } = await factory();
  const store = new KyselyStore(backend, corpus);
  try {
    await fn(store, backend);
  } finally {
    await store.close();
    await cleanup();
  }
}

/** Rows left in every table for one document: all zero after a failed ingest. */
async function rowsFor(backend: StoreBackend, docId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['documents', 'actors', 'meetings', 'meeting_participants', 'statements', 'outcomes', 'outcome_parties', 'commitments', 'issue_tags'] as const) {
    const r = await backend.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('doc_id', '=', docId).executeTakeFirst();
    counts[table] = Number(r?.n ?? 0);
  }
  return counts;
}

/** Contract tests at once: each has a backend of its own, and a PostgreSQL backend spends most of its time waiting on the server. */
const CONTRACT_CONCURRENCY = 4;

export function runStoreContract(name: string, factory: BackendFactory): void {
  describe(`store contract: ${name}`, { concurrency: CONTRACT_CONCURRENCY }, () => {
    test('ingests a record once; the same content again is unchanged', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const record = corvaniaVisit();
        const first = await store.ingestDocument(record);
        assert.equal(first.status, 'added');
        assert.equal(first.docId, record.document.source.sha256);
        assert.equal(first.version, 1);
        const again = await store.ingestDocument(corvaniaVisit());
        assert.equal(again.status, 'unchanged');
        assert.equal(again.docId, first.docId);
        const docs = await store.listDocuments();
        assert.equal(docs.total, 1);
        const doc = await store.getDocument(first.docId);
        assert.ok(doc);
        assert.deepEqual(doc.record, record);
        assert.equal(doc.text, record.document.text);
        assert.deepEqual(doc.counts, { actors: 3, meetings: 1, statements: 4, documents: 1, commitments: 2 });
        assert.equal((await store.getDocument(first.docId.slice(0, 10)))?.docId, first.docId, 'a unique id prefix finds it');
        assert.equal((await store.getDocument('corvania-visit.txt'))?.docId, first.docId, 'a file name finds it');
        assert.equal(await store.getDocument('no-such-document'), null);
      });
    });

    test('a changed source keeps its earlier version, superseded but queryable', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const v1 = await store.ingestDocument(corvaniaVisit());
        const v2 = await store.ingestDocument(corvaniaVisit('The talks were held in a friendly atmosphere in Halvmark.'));
        assert.equal(v2.status, 'updated');
        assert.equal(v2.version, 2);
        assert.equal(v2.supersedes, v1.docId);
        assert.equal((await store.listDocuments()).total, 1);
        assert.equal((await store.listDocuments({ includeSuperseded: true })).total, 2);
        const old = await store.getDocument(v1.docId);
        assert.equal(old?.current, false);
        assert.equal(old?.supersededBy, v2.docId);
        assert.deepEqual(old?.versions.map((v) => [v.version, v.current]), [[1, false], [2, true]]);
        assert.equal((await store.getDocument('/fixtures/corvania-visit.txt'))?.docId, v2.docId, 'the source names its current version');
        // Queries read current versions only: statements are not doubled.
        const lind = await store.getPerson('Tobias Lind');
        assert.equal(lind?.statementsByIssue.flatMap((g) => g.statements).filter((s) => s.statementId === 's2').length, 1);
        assert.equal((await store.search('friendly atmosphere')).total, 1);
        assert.equal((await store.search('Halvmark')).items.length, 1);
        assert.equal((await store.search('Halvmark', { includeSuperseded: true })).items.length, 2);
        // Re-ingesting the old content again is a no-op: it is already stored.
        assert.equal((await store.ingestDocument(corvaniaVisit())).status, 'unchanged');
      });
    });

    test('a document that fails mid-transaction leaves nothing behind', async () => {
      // Tagging runs inside the transaction after the document's first rows are written.
      const failing = testCorpus({
        tagIssues: (text, taxonomy) => {
          if (text.includes('ratification')) throw new Error('tagger failed');
          return defaultCorpusLogic().tagIssues(text, taxonomy);
        },
      });
      await withStore(factory, failing, async (store, backend) => {
        const good = await store.ingestDocument(corvaniaVisit());
        const bad = lindVisit();
        await assert.rejects(store.ingestDocument(bad), /tagger failed/);
        assert.deepEqual(Object.values(await rowsFor(backend, bad.document.source.sha256)), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert.equal(await store.getDocument(bad.document.source.sha256), null);
        assert.equal((await store.search('Castellan')).total, 0, 'nothing of it in the search index');
        // A failed new version leaves the earlier one current.
        const changed = corvaniaVisit('The ratification of the agreement was discussed.');
        changed.statements[3].content += ' and the ratification of the agreement';
        await assert.rejects(store.ingestDocument(changed), /tagger failed/);
        const current = await store.getDocument(good.docId);
        assert.equal(current?.current, true);
        assert.equal(current?.supersededBy, null);
        assert.equal((await store.listDocuments({ includeSuperseded: true })).total, 1);
      });
    });

    test('a batch is stored in one transaction; a record that fails there fails alone', async () => {
      const failing = testCorpus({
        tagIssues: (text, taxonomy) => {
          if (text.includes('ratification')) throw new Error('tagger failed');
          return defaultCorpusLogic().tagIssues(text, taxonomy);
        },
      });
      await withStore(factory, failing, async (store, backend) => {
        const good = corvaniaVisit();
        const bad = lindVisit();
        const noHash = corvaniaVisit('Another text.');
        noHash.document.source.sha256 = '';
        const results = await store.ingestBatch([{ record: good }, { record: bad }, { record: noHash }, { record: corvaniaVisit() }]);
        assert.equal((results[0] as { status: string }).status, 'added');
        assert.match((results[1] as Error).message, /tagger failed/);
        assert.ok(results[2] instanceof StoreInputError);
        assert.equal((results[3] as { status: string }).status, 'unchanged', 'the same content twice in one batch is stored once');
        assert.deepEqual(Object.values(await rowsFor(backend, bad.document.source.sha256)), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert.equal((await store.listDocuments()).total, 1);
        assert.equal((await store.search('Castellan')).total, 0, 'nothing of the failed record in the search index');
      });
    });

    test('documents stored before the corpus-input columns existed get them filled once migrated', async () => {
      await withStore(factory, testCorpus(), async (store, backend) => {
        await store.ingestBatch([{ record: corvaniaVisit() }, { record: lindVisit() }]);
        const before = await backend.db.selectFrom('documents').select(['doc_id', 'persons_json', 'countries_json']).orderBy('doc_id').execute();
        assert.ok(before.every((r) => JSON.parse(r.persons_json!).length > 0 && JSON.parse(r.countries_json!).length > 0));
        await backend.db.updateTable('documents').set({ persons_json: null, countries_json: null }).execute();
        await backfillCorpusInputs(backend.db, 1);
        const after = await backend.db.selectFrom('documents').select(['doc_id', 'persons_json', 'countries_json']).orderBy('doc_id').execute();
        assert.deepEqual(after, before);
      });
    });

    test('bad records and bad arguments get one-line errors', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const noHash = corvaniaVisit();
        noHash.document.source.sha256 = '';
        await assert.rejects(store.ingestDocument(noHash), StoreInputError);
        await assert.rejects(store.listDocuments({ limit: 0 }), StoreInputError);
        await assert.rejects(store.listCommitments({ asOf: '2023-02-30' }), StoreInputError);
        await assert.rejects(store.listCommitments({ status: 'done' as never }), StoreInputError);
        await assert.rejects(store.search('  ?! '), StoreInputError);
      });
    });

    test('search ranks by relevance and returns highlighted snippets', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const mk = (title: string, body: string[], path: string) => buildRecord({ title, date: '2020-01-01', body, path, actors: [] });
        const many = mk('Talks on the gas pipeline', ['The gas pipeline was discussed.', 'Both sides agreed that the gas pipeline matters.'], '/f/many.txt');
        const once = mk('Talks on fisheries', ['A gas pipeline was mentioned once, among many other subjects of the day.'], '/f/once.txt');
        const none = mk('Talks on visas', ['Visa rules were eased.'], '/f/none.txt');
        for (const r of [once, none, many]) await store.ingestDocument(r);
        const hits = await store.search('gas pipeline');
        assert.equal(hits.total, 2);
        assert.deepEqual(hits.items.map((h) => h.docId), [many.document.source.sha256, once.document.source.sha256]);
        assert.ok(hits.items[0].score >= hits.items[1].score);
        for (const hit of hits.items) {
          assert.ok(hit.highlights.length > 0, 'every hit highlights its matches');
          for (const [s, e] of hit.highlights) assert.match(hit.snippet.slice(s, e), /^(gas|pipeline)$/i);
        }
        assert.equal((await store.search('pipelines')).total, 2, 'stemming: plural finds singular');
        assert.equal((await store.search('"pipeline was mentioned"')).total, 1, 'quoted phrases');
        assert.equal((await store.search('visas OR fisheries')).total, 2);
        assert.equal((await store.search('pipe*')).total, 2, 'prefix');
        assert.equal((await store.search('gas ( pipeline" -')).total, 2, 'stray syntax is read as words, never an error');
        const loose = await store.search('gas AND "unclosed');
        assert.deepEqual(loose.items.filter((h) => h.matchedAll), [], 'no readout has all the words ("AND" is a word)');
        assert.ok(loose.items.length > 0 && loose.items.every((h) => /gas/i.test(h.snippet)), 'those with some of them follow');
        assert.equal((await store.search('gas pipeline', { limit: 1, offset: 1 })).items[0].docId, once.document.source.sha256);
      });
    });

    test('query methods: people, issues, timelines, signed documents, commitments, stats, export', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const a = corvaniaVisit();
        const b = lindVisit();
        await store.ingestDocument(a);
        await store.ingestDocument(b);

        const people = await store.listPeople();
        const names = people.items.map((p) => p.name).sort();
        assert.deepEqual(names, ['Ilse Varga', 'Tobias Lind']);
        const lindSummary = people.items.find((p) => p.name === 'Tobias Lind')!;
        assert.equal(lindSummary.documents, 2);
        assert.equal(lindSummary.statements, 3);
        assert.equal((await store.listPeople({ q: 'varg' })).total, 1);

        const lind = await store.getPerson('lind');
        assert.ok(lind);
        assert.equal(lind.person.name, 'Tobias Lind');
        assert.equal(lind.meetings.length, 2);
        assert.deepEqual(lind.meetings.map((m) => m.date), ['2022-05-09', '2021-03-03'], 'the most recent first');
        assert.deepEqual([lind.meetingsTotal, lind.meetingsOffset], [2, 0]);
        const energy = lind.statementsByIssue.find((g) => g.issue?.id === 'energy');
        assert.deepEqual(energy?.statements.map((s) => [s.docId === a.document.source.sha256 ? 'a' : 'b', s.statementId]), [['b', 's1'], ['a', 's3'], ['a', 's2']], 'the most recent first');
        assert.equal(energy?.total, 3);
        const viaGroup = lind.statementsByIssue.flatMap((g) => g.statements).filter((s) => s.viaGroup);
        assert.deepEqual(viaGroup.map((s) => s.statementId), ['s4'], '"Both ministers" counts for each member');
        assert.equal(await store.getPerson('Nobody Atall'), null);
        assert.equal((await store.getPerson(lind.person.id))?.person.id, lind.person.id);

        const issues = await store.listIssues();
        const fisheries = issues.find((i) => i.id === 'fisheries')!;
        assert.deepEqual([fisheries.statements, fisheries.commitments, fisheries.signedDocuments, fisheries.readouts], [3, 2, 1, 2]);
        assert.deepEqual([fisheries.firstSeen, fisheries.lastSeen], ['2021-03-04', '2022-05-10']);
        const visa = issues.find((i) => i.id === 'visa')!;
        assert.equal(visa.statements + visa.commitments + visa.signedDocuments, 0, 'no statement names it');
        assert.equal(visa.readouts, 1, 'the readout whose text names it is tagged');
        const visaTimeline = (await store.issueTimeline('visa'))!;
        assert.deepEqual(visaTimeline.entries.map((e) => [e.itemKind, e.docTitle, b.document.text.slice(...e.span)]),
          [['readout', b.document.title, 'The visa waiver for students was not discussed.']], 'the readout itself, at the passage naming it');

        const timeline = await store.issueTimeline('Fisheries');
        assert.ok(timeline);
        const dates = timeline.entries.map((e) => e.date);
        assert.deepEqual(dates, [...dates].sort(), 'oldest first');
        // A commitment is shown with its statement, once: not as an entry of its own.
        assert.deepEqual(timeline.entries.map((e) => `${e.itemKind}:${e.itemId}:${(e.commitments ?? []).map((c) => c.commitmentId).join('+')}`),
          ['document:d1:', 'statement:s1:', 'statement:s4:c2', 'statement:s2:c1']);
        assert.deepEqual([timeline.total, timeline.offset], [4, 0]);
        assert.ok(timeline.entries.every((e) => e.issues.includes('fisheries')), 'each entry lists its issues');
        const varga = await store.issueTimeline('fisheries', { actor: 'Ilse Varga' });
        assert.deepEqual(varga?.entries.map((e) => `${e.itemKind}:${e.itemId}`), ['statement:s1', 'statement:s2']);
        assert.equal(await store.issueTimeline('no such issue'), null);

        // Statement-level hits beside the document hit: who said it, when, and where in the text.
        const found = (await store.search('fisheries cooperation')).items.find((h) => h.docId === a.document.source.sha256)!;
        assert.deepEqual(found.statements?.map((x) => [x.statementId, x.speaker.name, x.date]), [['s1', 'Ilse Varga', '2021-03-04']]);
        assert.match(a.document.text.slice(...found.statements![0].span), /^Foreign Minister Varga stated that Corvania would expand its fisheries cooperation/);

        const signed = await store.listSignedDocuments({ party: 'ol', kind: 'agreement', entryIntoForce: 'after-approval', year: 2021 });
        assert.equal(signed.total, 1);
        assert.equal(signed.items[0].title, 'Agreement on Cooperation in Fisheries');
        assert.deepEqual(signed.items[0].issues, ['fisheries']);
        assert.equal((await store.listSignedDocuments({ year: 2020 })).total, 0);

        const before = await store.listCommitments({ asOf: '2022-06-01' });
        assert.equal(before.total, 3);
        const ratification = (rows: typeof before.items) => rows.find((c) => c.action.includes('ratification'))!;
        assert.equal(ratification(before.items).status, 'open');
        const after = await store.listCommitments({ asOf: '2023-01-01' });
        assert.equal(ratification(after.items).status, 'overdue');
        assert.ok(ratification(after.items).reason.length > 0);
        assert.equal(after.items.find((c) => c.commitmentId === 'c2')?.status, 'open', 'no due date: open');
        assert.ok((await store.listCommitments({ asOf: '2023-01-01', status: 'overdue' })).items.every((c) => c.status === 'overdue'));
        assert.deepEqual((await store.listCommitments({ asOf: '2023-01-01', actor: 'Varga' })).items.map((c) => c.action), [ratification(after.items).action]);
        assert.equal((await store.listCommitments({ dueFrom: '2022-07-01', dueTo: '2022-12-31' })).total, 1);
        // One readout's commitments: exactly those of that document, however many the corpus holds.
        for (const docId of new Set(after.items.map((c) => c.docId))) {
          const own = await store.listCommitments({ asOf: '2023-01-01', docId });
          assert.deepEqual(own.items.map((c) => c.commitmentId).sort(), after.items.filter((c) => c.docId === docId).map((c) => c.commitmentId).sort());
        }
        assert.equal((await store.listCommitments({ docId: 'no-such-document' })).total, 0);

        // Facets: each value's count is the number of rows that choosing it shows, on every backend.
        const faceted = await store.listCommitments({ asOf: '2023-01-01' });
        const counted = (page: { facets: Record<string, { value: string; count: number }[]> }, facet: string) =>
          Object.fromEntries(page.facets[facet]!.map((v) => [v.value, v.count]));
        const tally = (statuses: string[]) => statuses.reduce<Record<string, number>>((t, x) => ({ ...t, [x]: (t[x] ?? 0) + 1 }), {});
        assert.deepEqual(counted(faceted, 'status'), tally(faceted.items.map((c) => c.status)));
        assert.equal(Object.keys(counted(faceted, 'status')).length, 3, 'the fixture has a kept, an open and an overdue commitment');
        for (const facet of ['status', 'modality', 'country', 'issue', 'year'] as const) {
          for (const { value, count } of faceted.facets[facet]!) {
            const narrowed = await store.listCommitments({ asOf: '2023-01-01', [facet]: facet === 'year' ? Number(value) : value });
            assert.equal(narrowed.total, count, `commitments ${facet}=${value}`);
          }
        }
        assert.ok(faceted.facets.issue!.some((v) => v.value === 'fisheries'), 'the issue facet lists the tagged issue');
        const overdueOnly = await store.listCommitments({ asOf: '2023-01-01', status: 'overdue' });
        assert.deepEqual(counted(overdueOnly, 'status'), counted(faceted, 'status'), 'a chosen facet still counts the values one could switch to');
        assert.equal(overdueOnly.facets.status!.find((v) => v.value === 'overdue')?.selected, true);
        assert.equal(overdueOnly.facets.modality!.reduce((n, v) => n + v.count, 0), 1, 'other facets count the rows shown');
        const byAction = await store.listCommitments({ asOf: '2023-01-01', sort: 'action', dir: 'desc' });
        const actions = byAction.items.map((c) => c.action.toLowerCase());
        assert.deepEqual(actions, [...actions].sort().reverse());
        await assert.rejects(store.listCommitments({ sort: 'nonsense' }), StoreInputError);
        const signedFacets = await store.listSignedDocuments({});
        for (const facet of ['kind', 'party', 'year', 'issue'] as const) {
          for (const { value, count } of signedFacets.facets[facet]!) {
            assert.equal((await store.listSignedDocuments({ [facet]: facet === 'year' ? Number(value) : value })).total, count, `signed ${facet}=${value}`);
          }
        }
        const byTitle = (await store.listSignedDocuments({ sort: 'title', dir: 'desc' })).items.map((r) => r.title);
        assert.deepEqual(byTitle, [...byTitle].sort((x, y) => y.localeCompare(x, 'en', { sensitivity: 'base' })));

        const stats = await store.stats({ asOf: '2023-01-01' });
        assert.equal(stats.documents, 2);
        assert.equal(stats.statements, 6);
        assert.equal(stats.commitments, 3);
        assert.equal(stats.signedDocuments, 1);
        assert.equal(stats.people, 2);
        assert.deepEqual(stats.meetingsByYear, [{ year: 2021, meetings: 1 }, { year: 2022, meetings: 1 }]);
        assert.equal(stats.commitmentsOverdue, after.items.filter((c) => c.status === 'overdue').length);
        assert.equal((await store.stats({ asOf: '2022-12-15' })).commitmentsDueSoon, 1, 'the ratification is due within 30 days');

        const exported: ReadoutRecord[] = [];
        for await (const r of store.exportRecords()) exported.push(r);
        assert.deepEqual(exported, [a, b]);
      });
    });

    test('commitment evidence is resolved to its document and text', async () => {
      const a = corvaniaVisit();
      const b = lindVisit();
      const start = b.document.text.indexOf('Prime Minister Tobias Lind of Osterland visited');
      const span: [number, number] = [start, start + 'Prime Minister Tobias Lind of Osterland'.length];
      // An evidence index as the corpus logic would find it: one visit shown by the other document.
      const evidence = (): CommitmentEvidenceIndex => ({
        commitments: [{
          docId: a.document.source.sha256, commitmentId: 'c1', due: a.commitments[0].due,
          inTime: [{ evidence: { docId: b.document.source.sha256, span, reason: 'the visit was made' }, date: '2022-05-10', docDate: '2022-05-10', kind: 0, seq: 0 }],
          late: [],
        }],
        wordCounts: { documents: {}, statements: {} },
      });
      await withStore(factory, testCorpus({ findCommitmentEvidence: evidence }), async (store) => {
        await store.ingestDocument(a);
        await store.ingestDocument(b);
        const kept = (await store.listCommitments({ asOf: '2023-01-01', status: 'kept' })).items;
        assert.equal(kept.length, 1);
        assert.equal(kept[0].reason, 'kept: the visit was made');
        assert.equal(kept[0].evidence?.docTitle, b.document.title);
        assert.equal(kept[0].evidence?.date, '2022-05-10');
        assert.equal(kept[0].evidence?.excerpt, 'Prime Minister Tobias Lind of Osterland');
      });
    });

    test('person corrections survive reindex; reindex re-extracts and reports failures', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const a = corvaniaVisit();
        const b = lindVisit();
        await store.ingestDocument(a);
        await store.ingestDocument(b);
        assert.equal((await store.findPeople('Lind')).length, 1);
        const split = await store.addCorrection({
          kind: 'split', a: { docId: a.document.source.sha256, name: 'Tobias Lind' }, b: { docId: b.document.source.sha256, name: 'Tobias Lind' },
        });
        assert.equal(split.id, 1);
        assert.equal((await store.findPeople('Tobias Lind')).length, 2, 'split applied');
        await assert.rejects(store.getPerson('Tobias Lind'), StoreInputError, 'two people now answer to the name');

        // An "improved" extractor: adds a statement to every record.
        const byHash = new Map([a, b].map((r) => [r.document.source.sha256, r]));
        const improved = (input: { sha256: string; text: string }) => {
          const r = structuredClone(byHash.get(input.sha256)!);
          r.statements.push({ ...r.statements[0], id: 's99' });
          return r;
        };
        const result = await store.reindex(improved);
        assert.deepEqual(result, { reindexed: 2, changed: 2, failed: [] });
        assert.equal((await store.stats()).statements, 8);
        assert.equal((await store.findPeople('Tobias Lind')).length, 2, 'the split survives reindex');
        assert.equal((await store.listCorrections()).length, 1);

        // A merge of the two appearances' clusters back, then a failing extractor for one document.
        await store.addCorrection({
          kind: 'merge', a: { docId: a.document.source.sha256, name: 'Tobias Lind' }, b: { docId: a.document.source.sha256, name: 'Ilse Varga' },
        });
        const merged = await store.findPeople('Ilse Varga');
        assert.ok(merged[0].names.includes('Tobias Lind') && merged[0].names.includes('Ilse Varga'), 'merge unions the two people');
        const failing = (input: { sha256: string }) => {
          if (input.sha256 === b.document.source.sha256) throw new Error('extractor crashed');
          return improved(input as never);
        };
        const partial = await store.reindex(failing as never);
        assert.equal(partial.reindexed, 1);
        assert.deepEqual(partial.failed.map((f) => [f.docId, f.reason]), [[b.document.source.sha256, 'extractor crashed']]);
        assert.equal((await store.getDocument(b.document.source.sha256))?.record.statements.length, 3, 'the failed document keeps its record');

        // An edited file re-ingested: its new version inherits the corrections on the old one.
        const edited = await store.ingestDocument(corvaniaVisit('A paragraph added in a later edit.'));
        assert.equal(edited.status, 'updated');
        const inherited = (await store.listCorrections()).filter((c) => c.a.docId === edited.docId || c.b.docId === edited.docId);
        assert.deepEqual(inherited.map((c) => c.kind), ['split', 'merge']);
        assert.equal((await store.findPeople('Tobias Lind')).filter((p) => p.name === 'Tobias Lind' || p.names.includes('Tobias Lind')).length, 2, 'the split survives re-ingest');

        await assert.rejects(store.addCorrection({ kind: 'merge', a: { docId: 'f00', name: 'X' }, b: { docId: 'f00', name: 'Y' } }), StoreInputError);
        await assert.rejects(store.addCorrection({ kind: 'merge', a: { docId: a.document.source.sha256, name: 'Nobody' }, b: { docId: a.document.source.sha256, name: 'Ilse Varga' } }), StoreInputError);
      });
    });

    test('person pages and issue timelines come a page at a time, with totals; names are found in any order or accent', async () => {
      const corpus = testCorpus();
      await withStore(factory, corpus, async (store, backend) => {
        const a = corvaniaVisit();
        await store.ingestDocument(a);
        const lindId = (await store.findPeople('Tobias Lind'))[0].id;
        assert.equal((await store.getPerson(lindId))?.meetingsTotal, 1);
        // A write since the persons were computed: a lookup by id still answers from fresh entities.
        await store.ingestDocument(lindVisit());
        const whole = (await store.getPerson(lindId))!;
        assert.equal(whole.meetingsTotal, 2);
        assert.equal(whole.statementsTotal, 4, 'three spoken, one as a member of "both ministers"');

        const first = (await store.getPerson(lindId, { meetingsLimit: 1 }))!;
        const second = (await store.getPerson(lindId, { meetingsLimit: 1, meetingsOffset: 1 }))!;
        assert.deepEqual([first.meetings.map((m) => m.date), second.meetings.map((m) => m.date)], [['2022-05-09'], ['2021-03-03']]);
        assert.deepEqual([first.meetingsTotal, first.meetingsLimit, second.meetingsOffset], [2, 1, 1]);
        assert.deepEqual((await store.getPerson(lindId, { meetingsOffset: 5 }))!.meetings, []);

        const energy = (d: PersonDetail | null) => d?.statementsByIssue.find((g) => g.issue?.id === 'energy');
        const paged = await store.getPerson(lindId, { statementsLimit: 1, statementsOffset: 1 });
        assert.deepEqual([energy(paged)?.total, energy(paged)?.statements.map((s) => s.statementId)], [3, ['s3']]);
        assert.deepEqual(energy(whole)?.statements.slice(1, 2), energy(paged)?.statements);
        for (const g of paged!.statementsByIssue) assert.equal(g.total, whole.statementsByIssue.find((w) => w.issue?.id === g.issue?.id)?.total, 'every group keeps its size');
        const onlyEnergy = (await store.getPerson(lindId, { issue: 'energy' }))!;
        assert.deepEqual(onlyEnergy.statementsByIssue.map((g) => g.issue?.id), ['energy']);
        const untagged = (await store.getPerson(lindId, { issue: null }))!;
        assert.ok(untagged.statementsByIssue.every((g) => g.issue === null && g.statements.every((s) => s.issues.length === 0)));
        await assert.rejects(store.getPerson(lindId, { meetingsLimit: 0 }), StoreInputError);

        const full = (await store.issueTimeline('fisheries'))!;
        const middle = (await store.issueTimeline('fisheries', { limit: 2, offset: 2 }))!;
        assert.deepEqual([middle.total, middle.limit, middle.offset], [4, 2, 2]);
        assert.deepEqual(middle.entries, full.entries.slice(2, 4));
        const vargaSecond = await store.issueTimeline('fisheries', { actor: 'Ilse Varga', limit: 1, offset: 1 });
        assert.deepEqual([vargaSecond?.total, vargaSecond?.entries.map((e) => `${e.itemKind}:${e.itemId}`)], [2, ['statement:s2']]);
        // Not a person: words of an actor's name (here a party of the signed agreement), folded.
        const byParty = (await store.issueTimeline('fisheries', { actor: 'ÓL' }))!;
        assert.ok(byParty.total >= 1 && byParty.entries.length === byParty.total);
        assert.ok(byParty.entries.every((e) => e.actors.some((x) => x.name.toLowerCase().includes('ol'))));
        assert.deepEqual((await store.issueTimeline('fisheries', { actor: 'ÓL', limit: 1, offset: byParty.total - 1 }))?.entries, byParty.entries.slice(-1));

        assert.deepEqual((await store.findPeople('varga ilse')).map((p) => p.name), ['Ilse Varga'], 'word order');
        assert.deepEqual((await store.findPeople('ILSE VÁRGA')).map((p) => p.name), ['Ilse Varga'], 'case and accents');
        assert.deepEqual((await store.listPeople({ q: 'obias' })).items.map((p) => p.name), ['Tobias Lind'], 'part of a name');
        assert.equal((await store.listPeople({ q: 'zzz' })).total, 0);
        assert.equal((await store.getPerson(lindId.toUpperCase()))?.person.id, lindId, 'an id in other case');
      });
    });

    test('person page rows follow new versions and reindex; the page sends a compact person', async () => {
      await withStore(factory, testCorpus(), async (store) => {
        const old = corvaniaVisit();
        await store.ingestDocument(old);
        await store.ingestDocument(lindVisit());
        const lindId = (await store.findPeople('Tobias Lind'))[0].id;
        const before = (await store.getPerson(lindId))!;
        assert.deepEqual([before.statementsTotal, before.meetingsTotal], [4, 2]);
        assert.deepEqual([before.person.appearancesTotal, before.person.documentsTotal], [2, 2]);
        assert.ok(!('appearances' in before.person), 'no appearance list in the page');
        assert.ok(before.person.roles.every((r) => typeof r.documentsCount === 'number' && !('documents' in r)));
        assert.equal(before.person.firstAppearance?.name, 'Tobias Lind');

        // A new version of the first readout: the superseded one's statements and meeting leave the page.
        const edited = corvaniaVisit('A paragraph added in a later edit.');
        await store.ingestDocument(edited);
        const after = (await store.getPerson(lindId))!;
        assert.deepEqual([after.statementsTotal, after.meetingsTotal], [4, 2]);
        const docIds = new Set([...after.meetings, ...after.statementsByIssue.flatMap((g) => g.statements)].map((x) => x.docId));
        assert.ok(!docIds.has(old.document.source.sha256), 'nothing from the superseded version');
        assert.ok(docIds.has(edited.document.source.sha256));

        // Reindex with an extractor that drops Lind's energy hope (s2): the page follows.
        const byHash = new Map([edited, lindVisit()].map((r) => [r.document.source.sha256, r]));
        await store.reindex((input: { sha256: string }) => {
          const r = structuredClone(byHash.get(input.sha256)!);
          r.statements = r.statements.filter((s) => !(s.id === 's2' && s.speaker === 'a2'));
          return r;
        });
        const reindexed = (await store.getPerson(lindId))!;
        assert.equal(reindexed.statementsTotal, 3);
        const energy = reindexed.statementsByIssue.find((g) => g.issue?.id === 'energy')!;
        assert.deepEqual([energy.total, energy.statements.map((s) => s.content)],
          [2, ['energy security was the first concern of his government', 'he would visit Corvania in the first half of 2022 to discuss energy security']]);
      });
    });
  });
}
