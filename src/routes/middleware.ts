// Middleware the server runs by name: the security headers every answer carries, and the write
// checks every state-changing route (route.write) passes before its handler reads anything.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from './errors.ts';

const HTML_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'";

/**
 * Pages and data are not to be framed or sniffed; the pages run no third-party code. (Hono's
 * secureHeaders would set the policy on every answer, JSON included, where browsers' JSON viewers
 * break under it, and adds HSTS, wrong for a plain-HTTP local server: these four headers are all.)
 */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
    if ((c.res.headers.get('Content-Type') ?? '').startsWith('text/html')) c.header('Content-Security-Policy', HTML_CSP);
  };
}

/** A request body larger than `maxBytes` is refused (413) before it is read whole. */
export function uploadSizeLimit(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json(errorBody(413, `the readout is larger than the limit of ${maxBytes} bytes`), 413),
  });
}

export interface WriteCheckOptions {
  /** Largest request body a state-changing route accepts, in bytes. */
  maxUploadBytes: number;
}

/**
 * The checks every state-changing route runs, in this order, before its parameters are read.
 *
 * This is where the hardening of issue 15 ("The server and the extractor under attack and load")
 * attaches its write checks, each a named middleware factory in this file: same-origin requests
 * only (Origin / Sec-Fetch-Site; text/plain and form bodies from browsers refused), only Host
 * values the server was bound to, and a token when bound beyond loopback. None of them exists yet:
 * today a write is checked for its size only.
 */
export function writeChecks(options: WriteCheckOptions): MiddlewareHandler[] {
  return [uploadSizeLimit(options.maxUploadBytes)];
}
