// The JSON API (mounted under /api): every route of the table with an API path, and the OpenAPI
// document made from the same table at /api/openapi.json.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.ts';
import {
  API_ROUTES, DEFAULT_MAX_UPLOAD_BYTES, clientError, errorBody, queryValidator, validInput, writeChecks,
} from '../routes/index.ts';
import { openApiDocument } from './openapi.ts';

export interface ApiOptions {
  /** Largest request body POST /api/documents accepts, in bytes. */
  maxUploadBytes?: number;
  /** Writes must carry this token (the server is bound beyond loopback); null or absent: no token. */
  token?: string | null;
}

/** Answers an error: a client's mistake with its 4xx and message, anything else with a 500 (logged, details kept server-side). */
export function apiError(c: Context, e: unknown): Response {
  const known = clientError(e);
  if (known) return c.json(errorBody(known.status, known.message), known.status);
  process.stderr.write(`readout serve: ${c.req.method} ${c.req.path}: ${(e as Error)?.message ?? e}\n`);
  return c.json(errorBody(500, 'internal error: the server could not answer this request'), 500);
}

export function createApiApp(store: Store, options: ApiOptions = {}): Hono {
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const api = new Hono();
  api.onError((e, c) => apiError(c, e));

  api.get('/openapi.json', (c) => c.json(openApiDocument(maxUploadBytes)));

  for (const route of API_ROUTES) {
    const answer: MiddlewareHandler = async (c) => {
      const data = await route.load({ store, input: validInput(c, route), path: c.req.param(), context: c });
      return route.respond ? route.respond(c, data) : c.json(data);
    };
    const path = route.api.path.replace(/^\/api/, '');
    // A state-changing route runs the write checks first, in order (routes/middleware.ts).
    if (route.write) for (const check of writeChecks({ maxUploadBytes, token: options.token })) api.on(route.method, path, check);
    api.on(route.method, path, queryValidator(route), answer);
  }

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
