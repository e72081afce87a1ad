// What a page is: it loads its data from the store (served as-is by its .json twin) and renders it.
import type { Child } from 'hono/jsx';
import type { Store } from '../store/index.ts';
import type { Query } from '../api/options.ts';
import type { Section } from './layout.tsx';

export interface PageRequest {
  store: Store;
  /** Path parameters, with a trailing ".json" already removed. */
  params: Record<string, string>;
  query: Query;
  /** The page's path without ".json". */
  path: string;
}

export interface PageResult {
  title: string;
  section: Section;
  /** What the .json twin serves. */
  data: unknown;
  body: () => Child;
  searchQuery?: string;
  /** Script files the page loads (small islands; the page works without them). */
  scripts?: string[];
}

export type PageLoader = (req: PageRequest) => Promise<PageResult>;
