// The corpus at a glance: GET /api/stats, and the home page (/ and /index.json) built on it.
import type { CommitmentRow, DocumentSummary, StoreStats } from '../store/index.ts';
import { asOf, integer } from './params.ts';
import { defineRoute } from './route.ts';

const statsParams = {
  asOf,
  soonDays: integer({ description: 'how many days ahead count as "due soon" (default 30)', min: 1, max: 3660 }),
};

export const stats = defineRoute({
  name: 'stats', method: 'GET',
  api: { path: '/api/stats', summary: 'The corpus at a glance', returns: { object: 'StoreStats' } },
  params: statsParams,
  load: ({ store, input }) => store.stats(input),
});

export interface HomeData { stats: StoreStats; soonDays: number; dueSoon: CommitmentRow[]; overdue: CommitmentRow[]; latest: DocumentSummary[] }

function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const home = defineRoute({
  name: 'home', method: 'GET', page: '/',
  params: statsParams,
  load: async ({ store, input }): Promise<HomeData> => {
    const stats = await store.stats(input);
    const soonDays = input.soonDays ?? 30;
    const asOf = stats.asOf;
    const soonEnd = addDays(asOf, soonDays);
    // "Due soon" as the stats count it: still open, with a due window ending within soonDays.
    const open = await store.listCommitments({ status: 'open', dueFrom: asOf, asOf, limit: 10000 });
    const dueSoon = open.items.filter((c) => c.due && c.due.end <= soonEnd);
    const overdue = (await store.listCommitments({ status: 'overdue', asOf, limit: 10000 })).items
      .sort((a, b) => (b.due?.end ?? '').localeCompare(a.due?.end ?? ''));
    const latest = (await store.listDocuments({ limit: 5 })).items;
    return { stats, soonDays, dueSoon, overdue, latest };
  },
});
