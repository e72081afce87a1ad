// The table of routes: every path of the JSON API and every web page, one line each. The API
// (api/app.ts), the pages and their .json twins (web/app.tsx), the OpenAPI document
// (api/openapi.ts) and the CLI's flags (cli/flags.ts) are all made from it.
import type { Route } from './route.ts';
import { home, stats } from './stats.ts';
import { document, documentText, documents, reader } from './documents.ts';
import { upload } from './upload.ts';
import { people, person } from './people.ts';
import { issueTimeline, issues } from './issues.ts';
import { signedDocuments, signedRegistry } from './signed.ts';
import { commitmentTracker, commitments } from './commitments.ts';
import { search, searchPage } from './search.ts';

export const ROUTES = {
  stats,
  home,
  documents,
  upload,
  document,
  documentText,
  reader,
  people,
  person,
  issues,
  issueTimeline,
  signedDocuments,
  signedRegistry,
  commitments,
  commitmentTracker,
  search,
  searchPage,
};

/** Every route, in the order they are served. */
const ROUTE_LIST: readonly Route[] = Object.values(ROUTES);

export type ApiRoute = Route & { api: NonNullable<Route['api']> };
export type PageRoute = Route & { page: string };

/** The routes of the JSON API. */
export const API_ROUTES: readonly ApiRoute[] = ROUTE_LIST.filter((r): r is ApiRoute => r.api !== undefined);
/** The routes with a web page (and its .json twin). */
export const PAGE_ROUTES: readonly PageRoute[] = ROUTE_LIST.filter((r): r is PageRoute => r.page !== undefined);
