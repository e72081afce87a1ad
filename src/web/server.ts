// The whole server: the JSON API under /api and the web pages, over one store, every answer with
// the security headers (routes/middleware.ts). createApp is pure (test it with app.request);
// startServer binds it to a host and port.
import { Hono } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.ts';
import { createApiApp, type ApiOptions } from '../api/app.ts';
import { securityHeaders } from '../routes/index.ts';
import { createWebApp, notFoundPage } from './app.tsx';

export function createApp(store: Store, options: ApiOptions = {}): Hono {
  const app = new Hono();
  app.use('*', securityHeaders());
  app.route('/api', createApiApp(store, options));
  app.route('/', createWebApp(store));
  app.notFound(notFoundPage);
  return app;
}

export interface RunningServer { url: string; host: string; port: number; close(): Promise<void> }

/** Listens on host:port (port 0 picks a free one); rejects with a one-line reason when it cannot. */
export function startServer(store: Store, options: { host: string; port: number } & ApiOptions): Promise<RunningServer> {
  const app = createApp(store, options);
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
