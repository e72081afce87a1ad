// Full-text search: the API (the words are required) and the page (without words, the form).
import { includeSuperseded, limit, offset, text } from './params.ts';
import { defineRoute } from './route.ts';

const WORDS = {
  description: 'Words match by stem (all of them: "pipelines" finds "pipeline"); "quoted phrase" (words in order); prefix*; a OR b (either); -word or -"phrase" (not). '
    + 'When fewer than 20 readouts have all the plain words, readouts with some of them follow, marked matchedAll: false.',
  maxLength: 500, placeholder: 'words',
} as const;

export const search = defineRoute({
  name: 'search', method: 'GET',
  api: { path: '/api/search', summary: 'Full-text search, best first, with highlighted snippets and the matching statements of each readout (speaker, date, span)', returns: { object: 'SearchPage' } },
  params: { q: text({ ...WORDS, required: 'give the words to search for' }), includeSuperseded, limit: limit(20), offset },
  load: async ({ store, input: { q, ...options } }) => {
    const page = await store.search(q, options);
    // Always say whether the total is exact: a very common word's total is a lower bound.
    return { ...page, totalIsLowerBound: page.totalIsLowerBound ?? false };
  },
});

export const searchPage = defineRoute({
  name: 'searchPage', method: 'GET', page: '/search',
  params: { ...search.params, q: text(WORDS) },
  load: async (req) => {
    const { q, limit: pageLimit, offset: pageOffset } = req.input;
    if (!q) return { items: [], total: 0, limit: pageLimit, offset: pageOffset };
    return search.load({ ...req, input: { ...req.input, q } });
  },
});
