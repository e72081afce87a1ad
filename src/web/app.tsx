// The web UI: server-rendered pages over the store, each with a .json twin serving the data it
// shows (/people/tomas-hallvik and /people/tomas-hallvik.json), plus the stylesheet.
import { Hono, type Context } from 'hono';
import type { Store } from '../store/index.ts';
import { clientError } from '../api/params.ts';
import { errorBody } from '../routes/index.ts';
import { Layout } from './layout.tsx';
import { STYLESHEET } from './styles.ts';
import { READER_SCRIPT } from './reader-script.ts';
import type { PageLoader, PageResult } from './page.ts';
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

/** Every page: its path (Hono pattern) and loader. A page with a path parameter takes ".json" on its last one. */
export const PAGES: { path: string; load: PageLoader }[] = [
  { path: '/', load: homePage },
  { path: '/documents', load: documentsPage },
  { path: '/documents/:id', load: documentPage },
  { path: '/people', load: peoplePage },
  { path: '/people/:id', load: personPage },
  { path: '/issues', load: issuesPage },
  { path: '/issues/:id', load: issuePage },
  { path: '/signed-documents', load: signedPage },
  { path: '/commitments', load: commitmentsPage },
  { path: '/search', load: searchPage },
];

/** The .json twin of a page path: /people → /people.json, / → /index.json. */
export const jsonPath = (path: string): string => (path === '/' ? '/index.json' : `${path}.json`);

async function renderHtml(c: Context, result: PageResult, status: number, jsonHref: string): Promise<Response> {
  const page = (
    <Layout title={result.title} section={result.section} jsonHref={jsonHref} searchQuery={result.searchQuery} scripts={result.scripts}>
      {result.body()}
    </Layout>
  );
  return c.html('<!doctype html>\n' + (await page.toString()), status as 200);
}

const ErrorBody = ({ status, message }: { status: number; message: string }) => (
  <>
    <h1>{status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Cannot show this page'}</h1>
    <p role="alert">{message}</p>
    <p><a href="/">Back to the home page</a></p>
  </>
);

async function answerError(c: Context, e: unknown, json: boolean): Promise<Response> {
  const known = clientError(e);
  const status = known?.status ?? 500;
  const message = known?.message ?? 'the server could not answer this request';
  if (!known) process.stderr.write(`readout serve: ${c.req.method} ${c.req.path}: ${(e as Error)?.message ?? e}\n`);
  if (json) return c.json(errorBody(status, message), status as 400);
  return renderHtml(c, { title: 'Error', section: 'home', data: null, body: () => <ErrorBody status={status} message={message} /> }, status, '/index.json');
}

function register(app: Hono, store: Store, path: string, load: PageLoader): void {
  const hasParam = path.includes(':');
  const handle = async (c: Context, json: boolean) => {
    const params: Record<string, string> = { ...c.req.param() };
    let basePath = c.req.path;
    if (json && hasParam) {
      const last = Object.keys(params).at(-1)!;
      params[last] = params[last].replace(/\.json$/, '');
      basePath = basePath.replace(/\.json$/, '');
    } else if (json) basePath = path;
    try {
      const result = await load({ store, params, query: c.req.query(), path: basePath });
      if (json) return c.json(result.data);
      const search = new URL(c.req.url).search;
      return renderHtml(c, result, 200, jsonPath(basePath) + search);
    } catch (e) {
      return answerError(c, e, json);
    }
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
  return renderHtml(c, { title: 'Not found', section: 'home', data: null, body: () => <ErrorBody status={404} message={message} /> }, 404, '/index.json');
}

export function createWebApp(store: Store): Hono {
  const web = new Hono();
  web.get('/static/style.css', (c) => c.body(STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  web.get('/static/reader.js', (c) => c.body(READER_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' }));
  for (const p of PAGES) register(web, store, p.path, p.load);
  return web;
}
