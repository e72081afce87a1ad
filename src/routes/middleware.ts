// Middleware the server runs by name: the security headers every answer carries, and the write
// checks every state-changing route (route.write) passes before its handler reads anything.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { timingSafeEqual } from 'node:crypto';
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
  /** When set, a write must carry it (`Authorization: Bearer …` or `X-Readout-Token`): the server is bound beyond loopback. */
  token?: string | null;
}

/**
 * The checks every state-changing route runs, in this order, before its parameters are read:
 * same-origin requests only, the token when the server is reachable beyond this machine, and the
 * size limit. (Which Host values are served at all is checked for every request: `allowedHosts`.)
 */
export function writeChecks(options: WriteCheckOptions): MiddlewareHandler[] {
  return [sameOriginWrites(), ...(options.token ? [writeToken(options.token)] : []), uploadSizeLimit(options.maxUploadBytes)];
}

/**
 * A write from a web page of another site is refused (403). Browsers say where a request comes
 * from: `Sec-Fetch-Site` (modern browsers, on every request) and `Origin` (on every POST, also from
 * an HTML form with `enctype="text/plain"` or a `no-cors` fetch). A request that names another
 * origin, or a site other than this one, is refused whatever its content type; a request with
 * neither header comes from a program (curl, a script), not from a page a user happened to visit.
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async function sameOriginWrites(c, next) {
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return c.json(errorBody(403, `writes are accepted from this server's own pages only (Sec-Fetch-Site: ${site})`), 403);
    }
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = requestHost(c.req.url, c.req.header('host'));
      let originHost: string | null = null;
      try { originHost = origin === 'null' ? null : new URL(origin).host; } catch { originHost = null; }
      if (originHost === null || host === undefined || originHost.toLowerCase() !== host.toLowerCase()) {
        return c.json(errorBody(403, `writes are accepted from this server's own pages only (Origin: ${origin.slice(0, 100)})`), 403);
      }
    }
    await next();
  };
}

/** A write must carry the server's token (compared in constant time); without it, 401. */
export function writeToken(token: string): MiddlewareHandler {
  const expected = new TextEncoder().encode(token);
  return async function writeToken(c, next) {
    const auth = c.req.header('authorization');
    const given = auth?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? c.req.header('x-readout-token') ?? '';
    const bytes = new TextEncoder().encode(given);
    if (bytes.length !== expected.length || !timingSafeEqual(bytes, expected)) {
      return c.json(errorBody(401, 'this server takes writes with its token only: send Authorization: Bearer <token> (printed by readout serve, or $READOUT_TOKEN)'), 401);
    }
    await next();
  };
}

/** Host names of this machine's loopback interface: a server bound to one answers only these. */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1', '[::1]'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host.toLowerCase()) || /^127\./.test(host);
}

/**
 * Only requests whose `Host` names one of `hosts` (any port) are served; others get 421. A server
 * on loopback thus answers no page that a DNS-rebinding site makes the browser send it. `null`:
 * any host (a server bound beyond loopback, where writes need the token instead).
 */
export function allowedHosts(hosts: string[] | null): MiddlewareHandler {
  const allowed = hosts && new Set(hosts.map((h) => h.toLowerCase()));
  return async function allowedHosts(c, next) {
    if (allowed) {
      const header = (requestHost(c.req.url, c.req.header('host')) ?? '').toLowerCase();
      const name = header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, '');
      if (!allowed.has(name)) return c.json(errorBody(421, `this server answers requests for ${[...allowed].join(', ')} only (Host: ${header.slice(0, 100) || 'none'})`), 421);
    }
    await next();
  };
}

/** The host a request was sent to: its Host header, else its URL's (a request made in-process). */
function requestHost(url: string, header: string | undefined): string | undefined {
  if (header) return header;
  try { return new URL(url).host; } catch { return undefined; }
}
