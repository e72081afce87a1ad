// What a page is: a route of the table with a page path, whose data (loaded by the route, served
// as-is by the page's .json twin) a renderer shows as HTML.
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { readInput, readParams, type Input, type PageRoute, type Params, type Route } from '../routes/index.ts';
import type { Store } from '../store/index.ts';
import type { Section } from './layout.tsx';

/** The URL query as it came (for links that keep it). */
export type Query = Record<string, string | undefined>;

export interface PageRequest {
  store: Store;
  /** Path parameters, with a trailing ".json" already removed. */
  params: Record<string, string>;
  query: Query;
  /** The page's path without ".json". */
  path: string;
  context?: Context;
}

export interface RenderRequest<P extends Params, D, V extends Params> {
  /** What the route loaded: what the .json twin serves. */
  data: D;
  /** The route's parameters, read and checked. */
  input: Input<P>;
  /** The page's own parameters (what its HTML shows of the data), read and checked. */
  view: Input<V>;
  query: Query;
  path: string;
  /** For what only the HTML shows (the choices of a filter), never for the data. */
  store: Store;
}

export interface PageView {
  title: string;
  section: Section;
  body: () => Child;
  searchQuery?: string;
  /** Script files the page loads (small islands; the page works without them). */
  scripts?: string[];
}

export interface PageResult extends PageView {
  /** What the .json twin serves. */
  data: unknown;
}

/** A page: loads its route's data and renders it. `data` loads the data alone (the .json twin). */
export interface PageLoader {
  (req: PageRequest): Promise<PageResult>;
  readonly route: PageRoute;
  data(req: PageRequest): Promise<unknown>;
}

/** A page of `route`, shown by `render`. */
export function definePage<P extends Params, D, V extends Params>(
  route: Route<P, D, V>, render: (req: RenderRequest<P, D, V>) => PageView | Promise<PageView>,
): PageLoader {
  if (!route.page) throw new Error(`the route ${route.name} has no page path`);
  const load = async (req: PageRequest) => {
    const input = readInput(route, req.query);
    return { input, data: await route.load({ store: req.store, input, path: req.params, context: req.context ?? null }) };
  };
  const loader = async (req: PageRequest): Promise<PageResult> => {
    const { input, data } = await load(req);
    const view = readParams(route.view ?? ({} as V), req.query);
    return { ...await render({ data, input, view, query: req.query, path: req.path, store: req.store }), data };
  };
  return Object.assign(loader, { route: route as PageRoute, data: async (req: PageRequest) => (await load(req)).data });
}
