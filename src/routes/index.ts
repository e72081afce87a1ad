// The routes: one table of every API path and web page (path, parameters, store query), the
// parameter definitions the CLI shares, the errors they answer with and the named middleware.
export { API_ROUTES, PAGE_ROUTES, ROUTES, type ApiRoute, type PageRoute } from './table.ts';
export { queryValidator, readInput, validInput, type Returns, type Route } from './route.ts';
export { includeSuperseded, integer, oneOf, readParams, type Input, type Param, type Params } from './params.ts';
export { clientError, errorBody } from './errors.ts';
export { LOOPBACK_HOSTS, allowedHosts, isLoopback, securityHeaders, writeChecks } from './middleware.ts';
export { DEFAULT_MAX_UPLOAD_BYTES } from './upload.ts';
export { partyName } from './party-name.ts';
export { UNTAGGED_ISSUE } from './people.ts';
export { ISSUES_VIEW } from './issues.ts';
export type { SignedSort } from './signed.ts';
