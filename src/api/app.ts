// The JSON API (mounted under /api): every query of the store, and POST /api/documents to ingest
// a readout. Described by the OpenAPI document served at /api/openapi.json.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/index.ts';
import { clientError, HttpInputError } from './params.ts';
import { commitmentsOptions, documentsOptions, peopleOptions, searchOptions, signedOptions, statsOptions } from './options.ts';
import { DEFAULT_MAX_UPLOAD_BYTES, ingestUpload, readUpload } from './upload.ts';
import { openApiDocument } from './openapi.ts';
import { personPageOptions, timelineOptions } from './page-options.ts';

export interface ApiOptions {
  /** Largest request body POST /api/documents accepts, in bytes. */
  maxUploadBytes?: number;
}

/** The body of every error answer. */
export function errorBody(status: number, message: string): { error: { status: number; message: string } } {
  return { error: { status, message } };
}

/** Answers an error: a client's mistake with its 4xx and message, anything else with a 500 (logged, details kept server-side). */
export function apiError(c: Context, e: unknown): Response {
  const known = clientError(e);
  if (known) return c.json(errorBody(known.status, known.message), known.status);
  process.stderr.write(`readout serve: ${c.req.method} ${c.req.path}: ${(e as Error)?.message ?? e}\n`);
  return c.json(errorBody(500, 'internal error: the server could not answer this request'), 500);
}

const notFound = (what: string) => new HttpInputError(404, what);

export function createApiApp(store: Store, options: ApiOptions = {}): Hono {
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const api = new Hono();
  api.onError((e, c) => apiError(c, e));

  api.get('/openapi.json', (c) => c.json(openApiDocument(maxUploadBytes)));

  api.get('/stats', async (c) => c.json(await store.stats(statsOptions(c.req.query()))));

  api.get('/documents', async (c) => c.json(await store.listDocuments(documentsOptions(c.req.query()))));

  api.post('/documents', bodyLimit({
    maxSize: maxUploadBytes,
    onError: (c) => c.json(errorBody(413, `the readout is larger than the limit of ${maxUploadBytes} bytes`), 413),
  }), async (c) => {
    const result = await ingestUpload(store, await readUpload(c));
    c.header('Location', `/api/documents/${result.docId}`);
    return c.json(result, result.status === 'added' ? 201 : 200);
  });

  api.get('/documents/:id', async (c) => {
    const doc = await store.getDocument(c.req.param('id'));
    if (!doc) throw notFound(`no document ${c.req.param('id')}`);
    // The text is served on its own (/text) and inside the record; no need to send it twice.
    const { text: _text, ...rest } = doc;
    return c.json(rest);
  });

  api.get('/documents/:id/text', async (c) => {
    const doc = await store.getDocument(c.req.param('id'));
    if (!doc) throw notFound(`no document ${c.req.param('id')}`);
    return c.text(doc.text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
  });

  api.get('/people', async (c) => c.json(await store.listPeople(peopleOptions(c.req.query()))));

  api.get('/people/:id', async (c) => {
    const person = await store.getPerson(c.req.param('id'), personPageOptions(c.req.query()));
    if (!person) throw notFound(`no person ${c.req.param('id')}`);
    return c.json(person);
  });

  api.get('/issues', async (c) => c.json({ items: await store.listIssues() }));

  api.get('/issues/:id/timeline', async (c) => {
    const timeline = await store.issueTimeline(c.req.param('id'), timelineOptions(c.req.query()));
    if (!timeline) throw notFound(`no issue ${c.req.param('id')}`);
    return c.json(timeline);
  });

  api.get('/signed-documents', async (c) => c.json(await store.listSignedDocuments(signedOptions(c.req.query()))));

  api.get('/commitments', async (c) => c.json(await store.listCommitments(commitmentsOptions(c.req.query()))));

  api.get('/search', async (c) => {
    const { query, options: searchOpts } = searchOptions(c.req.query());
    const page = await store.search(query, searchOpts);
    // Always say whether the total is exact: a very common word's total is a lower bound.
    return c.json({ ...page, totalIsLowerBound: page.totalIsLowerBound ?? false });
  });

  // Anything else under /api is a JSON 404 (or 405 for a known path with another method).
  api.all('*', (c) => {
    const known = api.routes.some((r) => r.method !== 'ALL' && routeMatches(r.path, c.req.path.replace(/^\/api/, '')));
    return known
      ? c.json(errorBody(405, `${c.req.method} is not allowed on ${c.req.path}`), 405)
      : c.json(errorBody(404, `no API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`), 404);
  });
  return api;
}

function routeMatches(pattern: string, path: string): boolean {
  const re = new RegExp('^' + pattern.replace(/:[^/]+/g, '[^/]+') + '/?$');
  return re.test(path);
}
