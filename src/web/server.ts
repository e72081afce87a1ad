// The whole server: the JSON API under /api and the web pages, over one store, every answer with
// the security headers (routes/middleware.ts). createApp is pure (test it with app.request);
// startServer binds it to a host and port.
import { Hono } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.ts';
import { createApiApp, type ApiOptions } from '../api/app.ts';
import { LOOPBACK_HOSTS, allowedHosts, isLoopback, securityHeaders } from '../routes/index.ts';
import { createWebApp, notFoundPage } from './app.tsx';

export interface AppOptions extends ApiOptions {
  /** Host names served (any port); null: any. Default: the loopback names. */
  hosts?: string[] | null;
}

export function createApp(store: Store, options: AppOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', allowedHosts(options.hosts === undefined ? LOOPBACK_HOSTS : options.hosts));
  app.route('/api', createApiApp(store, options));
  app.route('/', createWebApp(store));
  app.notFound(notFoundPage);
  return app;
}

/** Whole request headers within 10 s, a whole request (an upload's body) within 60 s, idle sockets closed after 30 s. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 60_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
const IDLE_TIMEOUT_MS = 30_000;

export interface RunningServer { url: string; host: string; port: number; close(): Promise<void> }

/** Listens on host:port (port 0 picks a free one); rejects with a one-line reason when it cannot. */
export function startServer(store: Store, options: { host: string; port: number } & ApiOptions): Promise<RunningServer> {
  // Bound to loopback, only loopback names are served (no DNS rebinding); bound beyond, any Host,
  // and writes need the token (the serve command makes one when none is given).
  const loopback = isLoopback(options.host);
  if (!loopback && !options.token) return Promise.reject(new Error(`${options.host}: a server reachable beyond this machine needs a token for writes (--token or $READOUT_TOKEN)`));
  const app = createApp(store, { ...options, hosts: loopback ? LOOPBACK_HOSTS : null });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (e: NodeJS.ErrnoException) => {
      const where = `${options.host}:${options.port}`;
      reject(new Error(e.code === 'EADDRINUSE' ? `${where} is already in use; choose another --port`
        : e.code === 'EACCES' ? `${where}: permission denied; choose a port above 1023`
        : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' ? `${options.host}: not an address of this machine`
        : `${where}: ${e.message}`));
    };
    server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      server.off('error', onError);
      // A client that sends its headers or body a byte at a time is cut off, not waited for.
      const http = server as import('node:http').Server;
      http.headersTimeout = HEADERS_TIMEOUT_MS;
      http.requestTimeout = REQUEST_TIMEOUT_MS;
      http.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      http.timeout = IDLE_TIMEOUT_MS;
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`, host: info.address, port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive connections (browsers) would hold close() open.
          (server as import('node:http').Server).closeAllConnections?.();
        }),
      });
    });
    server.once('error', onError);
  });
}
