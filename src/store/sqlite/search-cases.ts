// Search cases both backends run (./search.test.ts, ../postgres/search.test.ts) with small
// candidate limits, so "a large match set" takes a handful of documents: ranking among the newest
// matches, older title matches kept, a total that says when it is a lower bound, and paging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoreBackend } from '../backend.ts';
import { KyselyStore } from '../kysely-store.ts';
import { testCorpus } from '../contract.ts';
import { buildRecord } from '../test-fixtures.ts';
import { SEARCH_LIMITS, type RankedSearchIndex, type SearchLimits } from './search.ts';

/** A backend whose search is `search` (built with the given limits). */
export type SearchBackendFactory = (limits: SearchLimits) => Promise<{ backend: StoreBackend; search: RankedSearchIndex; cleanup: () => Promise<void> }>;

/** A readout of the fictional Osterland–Corvania talks; `n` makes each one distinct. */
function harbourReadout(n: number, title: string, body: string, path = `/talks/${n}.txt`) {
  return buildRecord({ title, date: `2020-01-${String(n).padStart(2, '0')}`, body: [body, `Round ${n} of the talks closed in Velmar.`], path, actors: [] });
}

const LIMITS: SearchLimits = { candidates: 4, titleCandidates: 2 };

export function runSearchCases(name: string, factory: SearchBackendFactory): void {
  test(`${name}: a large match set is ranked among its newest matches plus older title matches, its total a lower bound`, async () => {
    const { backend, search: index, cleanup } = await factory(LIMITS);
    const store = new KyselyStore(backend, testCorpus());
    const search = (q: string, o: { limit?: number; offset?: number; includeSuperseded?: boolean } = {}) =>
      index.search(backend.db, q, { limit: o.limit ?? 20, offset: o.offset ?? 0, includeSuperseded: o.includeSuperseded ?? false });
    try {
      // Oldest first: one with the word in its title, then body-only mentions.
      await store.ingestDocument(harbourReadout(1, 'Harbour Accord of Osterland and Corvania', 'The ministers signed the accord on the harbour of Velmar.'));
      for (let n = 2; n <= 8; n++) {
        await store.ingestDocument(harbourReadout(n, `Talks of Osterland and Corvania, round ${n}`, `The delegations discussed the harbour pilots and the lighthouse ${n < 4 ? 'keepers' : 'tariffs'}.`));
      }
      const all = await search('harbour', { limit: 4 });
      assert.equal(all.totalIsLowerBound, true, '8 matches, 4 ranked: the total is a lower bound');
      assert.equal(all.total, 5, 'the 4 newest matches and the older title match');
      assert.equal(all.hits[0].title, 'Harbour Accord of Osterland and Corvania', 'a title match stays first whatever its age');
      const rounds = all.hits.slice(1).map((h) => Number(h.title.match(/round (\d+)/)?.[1]));
      assert.ok(rounds.length === 3 && rounds.every((n) => n >= 5), `only the newest body matches, got rounds ${rounds.join(', ')}`);
      const second = await search('harbour', { limit: 4, offset: 4 });
      assert.equal(second.hits.length, 1, 'the second page holds the last candidate');
      assert.equal(new Set([...all.hits, ...second.hits].map((h) => h.docId)).size, 5, 'pages do not repeat a hit');
      assert.ok(all.hits.every((h) => h.highlights.length > 0 && /harbour/i.test(h.snippet)), 'every hit has a highlighted snippet');

      const few = await search('keepers');
      assert.deepEqual([few.total, few.totalIsLowerBound], [2, false], 'a small match set is counted exactly');
      const phrase = await search('"harbour pilots"', { limit: 2 });
      assert.deepEqual([phrase.total, phrase.totalIsLowerBound], [4, true], 'phrases: the 4 newest of 7 matches, no title match');
      assert.equal((await search('"pilots harbour"')).total, 0, 'a phrase is words in order');

      const past = await search('harbour', { limit: 5, offset: 50 });
      assert.deepEqual([past.total, past.totalIsLowerBound, past.hits.length], [5, true, 0], 'a page past the candidates is empty but has the total');
      const pastFew = await search('keepers', { limit: 5, offset: 50 });
      assert.deepEqual([pastFew.total, pastFew.totalIsLowerBound, pastFew.hits.length], [2, false, 0]);

      // A new version of round 8 (same source) supersedes it: only the current one is found.
      await store.ingestDocument(harbourReadout(8, 'Talks of Osterland and Corvania, round 8', 'The delegations discussed the harbour dues again.', '/talks/8.txt'));
      assert.equal((await search('dues')).total, 1);
      assert.equal((await search('lighthouse tariffs round 8')).hits.filter((h) => h.matchedAll).length, 0, 'the superseded text is not found by default');
      const withOld = await search('round 8', { includeSuperseded: true });
      assert.equal(withOld.hits.filter((h) => /round 8/.test(h.title)).length, 2, 'both versions with includeSuperseded');
      const latest = await search('round 8');
      assert.equal(latest.hits.filter((h) => /round 8/.test(h.title)).length, 1, 'only the current version by default');
    } finally {
      await store.close();
      await cleanup();
    }
  });

  test(`${name}: OR, "phrases" and -exclusions; few matches of all the words are followed by matches of some`, async () => {
    const { backend, search: index, cleanup } = await factory(SEARCH_LIMITS);
    const store = new KyselyStore(backend, testCorpus());
    try {
      await store.ingestDocument(harbourReadout(1, 'Harbour Accord', 'The ministers signed the accord on the harbour of Velmar and its semiconductor plants.'));
      await store.ingestDocument(harbourReadout(2, 'Talks on chips', 'The delegations discussed the export of semiconductors from Velmar.'));
      await store.ingestDocument(harbourReadout(3, 'Lighthouse talks', 'The delegations discussed the lighthouse keepers and their pay.'));
      const ids = async (q: string) => (await store.search(q)).items.map((h) => h.title);
      assert.deepEqual((await ids('semiconductor')).sort(), ['Harbour Accord', 'Talks on chips'], 'stems: semiconductors');
      assert.deepEqual((await ids('accord OR lighthouse')).sort(), ['Harbour Accord', 'Lighthouse talks']);
      assert.deepEqual(await ids('delegations -lighthouse'), ['Talks on chips']);
      assert.deepEqual(await ids('delegations -"lighthouse keepers"'), ['Talks on chips']);
      assert.deepEqual(await ids('"keepers lighthouse"'), [], 'a phrase is its words in order');
      const loose = await store.search('semiconductor export controls');
      assert.equal(loose.items[0].title, 'Talks on chips', 'the document with most of the words first');
      assert.deepEqual(loose.items.map((h) => [h.title, h.matchedAll]), [['Talks on chips', false], ['Harbour Accord', false]],
        'no document has all three words: those with some of them, marked');
      const hit = (await store.search('"lighthouse keepers"')).items[0];
      assert.equal(hit.matchedAll, true);
      void index;
    } finally {
      await store.close();
      await cleanup();
    }
  });
}
