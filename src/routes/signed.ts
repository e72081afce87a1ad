// Treaties, agreements, memoranda and joint statements: the API's list (paged by the store) and
// the registry page's (sorted by any column, then paged).
import type { SignedDocumentRow } from '../store/index.ts';
import { partyName } from './party-name.ts';
import { limit, offset, oneOf, text, year } from './params.ts';
import { defineRoute } from './route.ts';

const ENTRY_INTO_FORCE = ['on-signature', 'after-approval'] as const;

const filters = {
  kind: text({ description: 'treaty, agreement, memorandum, mou, joint-statement, …' }),
  party: text({ description: 'a party as stored (country code or organization name)' }),
  year: year('year of signature'),
  entryIntoForce: oneOf(ENTRY_INTO_FORCE, { description: 'how it enters into force' }),
};

export const signedDocuments = defineRoute({
  name: 'signedDocuments', method: 'GET',
  api: { path: '/api/signed-documents', summary: 'Treaties, agreements, memoranda and joint statements signed or issued', returns: { page: 'SignedDocumentRow' } },
  params: { ...filters, limit: limit(50), offset },
  load: ({ store, input }) => store.listSignedDocuments(input),
});

const SIGNED_SORTS = ['date', 'title', 'kind', 'parties', 'entryIntoForce', 'source'] as const;
export type SignedSort = (typeof SIGNED_SORTS)[number];
const ALL = 10000;

const sortValue: Record<SignedSort, (r: SignedDocumentRow) => string> = {
  date: (r) => r.date ?? '9999',
  title: (r) => r.title.toLowerCase(),
  kind: (r) => r.kind,
  parties: (r) => r.parties.map(partyName).join(', ').toLowerCase(),
  entryIntoForce: (r) => r.entryIntoForce ?? 'zz',
  source: (r) => r.docTitle.toLowerCase(),
};

export const signedRegistry = defineRoute({
  name: 'signedRegistry', method: 'GET', page: '/signed-documents',
  params: {
    ...signedDocuments.params,
    sort: oneOf(SIGNED_SORTS, { description: 'the column to sort by', default: 'date' }),
    dir: oneOf(['asc', 'desc'], { description: 'ascending or descending', default: 'asc' }),
  },
  load: async ({ store, input }) => {
    const { sort, dir, limit: pageLimit, offset: pageOffset, ...where } = input;
    const matching = (await store.listSignedDocuments({ ...where, limit: ALL, offset: 0 })).items;
    const key = sortValue[sort];
    const sorted = [...matching].sort((a, b) => (dir === 'asc' ? 1 : -1) * key(a).localeCompare(key(b)) || (a.date ?? '').localeCompare(b.date ?? ''));
    const items = sorted.slice(pageOffset, pageOffset + pageLimit);
    return { items, total: sorted.length, limit: pageLimit, offset: pageOffset, sort, dir };
  },
});
