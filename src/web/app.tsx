// The web UI: every route of the table with a page path, rendered on the server from the data its
// route loads, each with a .json twin serving that data as-is (/people/tomas-hallvik and
// /people/tomas-hallvik.json), plus the stylesheet and the reader's script.
import { Hono, type Context } from 'hono';
import type { Store } from '../store/index.ts';
import { PAGE_ROUTES, clientError, errorBody } from '../routes/index.ts';
import { Layout } from './layout.tsx';
import { STYLESHEET } from './styles.ts';
import { READER_SCRIPT } from './reader-script.ts';
import type { PageLoader, PageView } from './page.ts';
import { homePage } from './pages/home.tsx';
import { documentsPage } from './pages/documents.tsx';
import { documentPage } from './pages/document.tsx';
import { peoplePage } from './pages/people.tsx';
import { personPage } from './pages/person.tsx';
import { issuesPage } from './pages/issues.tsx';
import { issuePage } from './pages/issue.tsx';
import { signedPage } from './pages/signed.tsx';
import { commitmentsPage } from './pages/commitments.tsx';
import { searchPage } from './pages/search.tsx';

/** Every page: a route of the table (its path and data) and how that data reads as HTML. */
export const PAGES: PageLoader[] = [
  homePage, documentsPage, documentPage, peoplePage, personPage, issuesPage, issuePage, signedPage, commitmentsPage, searchPage,
];

/** The .json twin of a page path: /people → /people.json, / → /index.json. */
export const jsonPath = (path: string): string => (path === '/' ? '/index.json' : `${path}.json`);

async function renderHtml(c: Context, view: PageView, status: number, jsonHref: string): Promise<Response> {
  const html = (
    <Layout title={view.title} section={view.section} jsonHref={jsonHref} searchQuery={view.searchQuery} scripts={view.scripts}>
      {view.body()}
    </Layout>
  );
  return c.html('<!doctype html>\n' + (await html.toString()), status as 200);
}

const ErrorBody = ({ status, message }: { status: number; message: string }) => (
  <>
    <h1>{status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Cannot show this page'}</h1>
    <p role="alert">{message}</p>
    <p><a href="/">Back to the home page</a></p>
  </>
);

/** An error as a page, or as JSON for a .json twin. */
async function answerError(c: Context, e: unknown): Promise<Response> {
  const known = clientError(e);
  const status = known?.status ?? 500;
  const message = known?.message ?? 'the server could not answer this request';
  if (!known) process.stderr.write(`readout serve: ${c.req.method} ${c.req.path}: ${(e as Error)?.message ?? e}\n`);
  if (c.req.path.endsWith('.json')) return c.json(errorBody(status, message), status as 400);
  return renderHtml(c, { title: 'Error', section: 'home', body: () => <ErrorBody status={status} message={message} /> }, status, '/index.json');
}

function register(app: Hono, store: Store, page: PageLoader): void {
  const path = page.route.page;
  const hasParam = path.includes(':');
  const handle = async (c: Context, json: boolean) => {
    const params: Record<string, string> = { ...c.req.param() };
    let basePath = c.req.path;
    if (json && hasParam) {
      const last = Object.keys(params).at(-1)!;
      params[last] = params[last].replace(/\.json$/, '');
      basePath = basePath.replace(/\.json$/, '');
    } else if (json) basePath = path;
    const req = { store, params, query: c.req.query(), path: basePath, context: c };
    if (json) return c.json(await page.data(req));
    return renderHtml(c, await page(req), 200, jsonPath(basePath) + new URL(c.req.url).search);
  };
  if (hasParam) {
    app.get(path, (c) => handle(c, c.req.path.endsWith('.json')));
  } else {
    app.get(path, (c) => handle(c, false));
    app.get(jsonPath(path), (c) => handle(c, true));
  }
}

/** The answer for a path nothing serves: an HTML page, or JSON for a .json path. */
export function notFoundPage(c: Context): Response | Promise<Response> {
  const message = `there is no page at ${c.req.path}`;
  if (c.req.path.endsWith('.json')) return c.json(errorBody(404, message), 404);
  return renderHtml(c, { title: 'Not found', section: 'home', body: () => <ErrorBody status={404} message={message} /> }, 404, '/index.json');
}

export function createWebApp(store: Store): Hono {
  const web = new Hono();
  web.onError((e, c) => answerError(c, e));
  web.get('/static/style.css', (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  web.get('/static/reader.js', (c) => c.body(READER_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  const shown = new Set(PAGES.map((p) => p.route));
  const missing = PAGE_ROUTES.filter((r) => !shown.has(r)).map((r) => r.name);
  if (missing.length) throw new Error(`routes with a page path but no page in PAGES: ${missing.join(', ')}`);
  for (const page of PAGES) register(web, store, page);
  return web;
}
