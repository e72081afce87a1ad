// The search page says when a count is exact and when it is a lower bound (a very common word).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, SearchPage } from '../../store/types.ts';
import { searchPage } from './search.tsx';

function storeAnswering(page: SearchPage): Store {
  return { search: async () => page } as unknown as Store;
}

const hit = { docId: 'd1', title: 'Talks of Osterland and Corvania', date: '2020-01-02', sourceKey: '/talks/1.txt', score: 1, snippet: 'the harbour of Velmar', highlights: [[4, 11]] as [number, number][] };

async function render(page: SearchPage): Promise<{ html: string; data: unknown }> {
  const result = await searchPage({ store: storeAnswering(page), params: {}, query: { q: 'harbour' }, path: '/search' });
  return { html: String(await result.body()), data: result.data };
}

test('search page: an exact count reads as a count', async () => {
  const { html, data } = await render({ items: [hit], total: 1, limit: 20, offset: 0 });
  assert.match(html, /1 readout match “harbour”/);
  assert.doesNotMatch(html, /At least/);
  assert.equal((data as SearchPage).totalIsLowerBound, false, 'the .json twin says the total is exact');
});

test('search page: a capped count reads as "at least" and says how the hits were chosen', async () => {
  const { html, data } = await render({ items: [hit], total: 1004, limit: 20, offset: 0, totalIsLowerBound: true });
  assert.match(html, /At least 1,004 readouts match “harbour”/);
  assert.match(html, /most recently\s+added matches/);
  assert.match(html, /<mark>harbour<\/mark>/);
  assert.equal((data as SearchPage).totalIsLowerBound, true);
});
