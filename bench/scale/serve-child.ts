// The HTTP server `readout serve` runs (src/web/server.ts: web UI + JSON API) over one store,
// started without the command's start-up banner, so the load run measures requests only.
// Prints "listening URL" once ready. Usage: node --import tsx bench/scale/serve-child.ts DB
import { openStore } from '../../src/store/open.ts';
import { startServer } from '../../src/web/server.ts';

const db = process.argv[2];
if (!db) {
  process.stderr.write('usage: serve-child.ts DB\n');
  process.exit(2);
}
const store = await openStore({ db });
const server = await startServer(store, { host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${server.url}\n`);
const stop = async () => { await server.close(); await store.close(); process.exit(0); };
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
