// The routes: one table of every API path and web page (path, parameters, store query), the
// parameter definitions the CLI shares, the errors they answer with and the named middleware.
export { API_ROUTES, PAGE_ROUTES, ROUTES, ROUTE_LIST, type ApiRoute, type PageRoute } from './table.ts';
export { defineRoute, queryValidator, readInput, validInput, type Returns, type Route, type RouteRequest } from './route.ts';
export {
  ParamError, MAX_PAGE, boolean, date, includeSuperseded, integer, oneOf, readParams, text,
  type Input, type IntegerParam, type Param, type Params,
} from './params.ts';
export { HttpInputError, clientError, errorBody, notFound, type ClientStatus } from './errors.ts';
export { securityHeaders, uploadSizeLimit, writeChecks, type WriteCheckOptions } from './middleware.ts';
export { DEFAULT_MAX_UPLOAD_BYTES } from './upload.ts';
export { partyName } from './party-name.ts';
export { UNTAGGED_ISSUE } from './people.ts';
export { ISSUES_VIEW } from './issues.ts';
export { COMMITMENT_STATUSES } from './commitments.ts';
export { SIGNED_SORTS, type SignedSort } from './signed.ts';
export type { HomeData } from './stats.ts';
export type { ReaderData } from './documents.ts';
