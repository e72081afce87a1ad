// What a route is: a path in the JSON API and/or a web page, its parameters as data, and the
// store query that loads its data. The JSON API, each page's .json twin (the page's data as-is)
// and the OpenAPI document are all made from the table of routes (table.ts), as Datasette makes
// every page and its JSON from one query.
import type { Context, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { Store } from '../store/index.ts';
import { readParams, type Input, type Params } from './params.ts';

/** What the API answers with, by the name of a schema of the OpenAPI document. */
export type Returns =
  | { object: string }
  | { page: string } // { items: [schema…], total, limit, offset }
  | { list: string } // { items: [schema…] }
  | { text: string }; // a text body of this media type

export interface RouteRequest<P extends Params> {
  store: Store;
  /** The query parameters, read and checked. */
  input: Input<P>;
  /** Path parameters (a page's ".json" removed). */
  path: Record<string, string>;
  /** The request itself, for a route that reads its body (null when a page is loaded outside a request). */
  context: Context | null;
}

// Methods, not function properties, so a route of any parameters fits the table's Route[].
export interface Route<P extends Params = Params, D = unknown, V extends Params = Params> {
  /** The route's name in the table and in the docs. */
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** Its place in the JSON API: the path (Hono pattern, /api included) and how the OpenAPI document describes it. */
  readonly api?: { path: string; summary: string; description?: string; returns: Returns };
  /** Its web page's path (Hono pattern); the page's .json twin serves the data as-is. */
  readonly page?: string;
  /** Path parameters: name → what it names. A route with path parameters can answer 404. */
  readonly pathParams?: Readonly<Record<string, string>>;
  /** Query parameters: they decide the data. */
  readonly params: P;
  /** Query parameters of the page only: what its HTML shows of the data (the twin ignores them). */
  readonly view?: V;
  /** A rule across parameters (dueFrom ≤ dueTo), after each is read; throws a ParamError. */
  check?(input: Input<P>, label: (name: string) => string): void;
  /** The data: what the API answers, the page shows and its twin serves; throws notFound(…) for a missing id. */
  load(req: RouteRequest<P>): Promise<D>;
  /** The API's answer when it is not the data as JSON with 200. */
  respond?(c: Context, data: D): Response;
  /** Changes the store: the write checks (middleware.ts) run before anything else. */
  readonly write?: boolean;
}

/** Declares a route (types the load, check and respond by its parameters). */
export const defineRoute = <P extends Params, D, V extends Params = Record<never, never>>(route: Route<P, D, V>): Route<P, D, V> => route;

/** Reads a route's query parameters, then its rule across them: the one place parameters are checked. */
export function readInput<P extends Params>(route: Route<P, unknown, Params>, raw: Record<string, string | undefined>, label: (name: string) => string = (n) => n): Input<P> {
  const input = readParams(route.params, raw, label);
  route.check?.(input, label);
  return input;
}

/** Hono's validator for a route's query: a malformed parameter is a 400 (a ParamError) before the handler runs. */
export function queryValidator(route: Route): MiddlewareHandler {
  return validator('query', (query) => readInput(route, Object.fromEntries(
    // A parameter given twice counts once, as Hono's c.req.query() reads it: the first.
    Object.entries(query).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
  )));
}

/** The query parameters queryValidator read for this request. */
export function validInput<P extends Params>(c: Context, _route: Route<P, unknown, Params>): Input<P> {
  return (c.req as unknown as { valid(target: 'query'): Input<P> }).valid('query');
}
