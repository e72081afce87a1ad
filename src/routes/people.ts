// People across documents (API and page) and one person's page (API and page).
import { notFound } from './errors.ts';
import { MAX_PAGE, integer, limit, offset, text } from './params.ts';
import { defineRoute } from './route.ts';

export const people = defineRoute({
  name: 'people', method: 'GET',
  api: { path: '/api/people', summary: 'People across documents, most documents first', returns: { page: 'PersonSummary' } },
  page: '/people',
  params: { q: text({ description: 'only people whose name or spelling contains these words', placeholder: 'words' }), limit: limit(50), offset },
  load: ({ store, input }) => store.listPeople(input),
});

/** The untagged statements' group, as the `issue` parameter names it. */
export const UNTAGGED_ISSUE = 'untagged';

export const person = defineRoute({
  name: 'person', method: 'GET',
  api: {
    path: '/api/people/:id', returns: { object: 'PersonDetail' },
    summary: 'One person: names, roles over time, meetings (most recent first), statements grouped by issue (each group most recent first)',
  },
  page: '/people/:id',
  pathParams: { id: 'person id, or a name or alias' },
  // The store pages a person's meetings and each issue group's statements (its defaults: 20 and 5).
  params: {
    meetingsLimit: integer({ description: 'meetings per page (default 20)', min: 1, max: MAX_PAGE }),
    meetingsOffset: integer({ description: 'meetings to skip', min: 0 }),
    statementsLimit: integer({ description: 'statements per issue group (default 5)', min: 1, max: MAX_PAGE }),
    statementsOffset: integer({ description: 'statements to skip in each group', min: 0 }),
    issue: text({ description: `only this issue's statements (an issue id, or "${UNTAGGED_ISSUE}")` }),
  },
  load: async ({ store, path, input }) => {
    const { issue, ...paging } = input;
    const detail = await store.getPerson(path.id, { ...paging, ...(issue === undefined ? {} : { issue: issue === UNTAGGED_ISSUE ? null : issue }) });
    if (!detail) throw notFound(`no person ${path.id}`);
    return detail;
  },
});
