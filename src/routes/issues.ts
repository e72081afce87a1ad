// Issues of the taxonomy (API and page) and one issue's timeline (API and page).
import { notFound } from './errors.ts';
import { MAX_PAGE, boolean, integer, text } from './params.ts';
import { defineRoute } from './route.ts';

/** The issues page's own parameters (what its HTML lists; the data always has every issue). */
export const ISSUES_VIEW = { all: boolean({ description: 'also issues no stored readout raises' }) };

export const issues = defineRoute({
  name: 'issues', method: 'GET',
  api: { path: '/api/issues', summary: 'Issues of the taxonomy, with how often each is raised', returns: { list: 'IssueSummary' } },
  page: '/issues',
  params: {},
  // Issues never raised stay in the data; the page lists them only when asked.
  view: ISSUES_VIEW,
  load: async ({ store }) => ({ items: await store.listIssues() }),
});

export const issueTimeline = defineRoute({
  name: 'issueTimeline', method: 'GET',
  api: {
    path: '/api/issues/:id/timeline', returns: { object: 'IssueTimeline' },
    summary: 'One issue\'s statements, commitments and signed documents across readouts, oldest first',
  },
  page: '/issues/:id',
  pathParams: { id: 'issue id or name' },
  // The store's default page is 100 entries.
  params: {
    actor: text({ description: 'only entries of this person (id or name), country or group', placeholder: 'name' }),
    limit: integer({ description: 'entries per page (default 100)', min: 1, max: MAX_PAGE }),
    offset: integer({ description: 'entries to skip', min: 0 }),
  },
  load: async ({ store, path, input }) => {
    const timeline = await store.issueTimeline(path.id, input);
    if (!timeline) throw notFound(`no issue ${path.id}`);
    return timeline;
  },
});
