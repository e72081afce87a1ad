// `readout serve`: the web UI and the JSON API over one store, on 127.0.0.1:4173 unless told
// otherwise; `--ingest PATH` first adds readouts (idempotently: unchanged files stay as they are).
// `--workers N` (default: one per core, at most 4) serves from N processes over the same store.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore, resolveDbLocation, type Store } from '../../store/index.ts';
import { ingestSources } from '../../pipeline/index.ts';
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_UPLOAD_BYTES, integer, isLoopback } from '../../routes/index.ts';
import { forkServers, isServeWorker, reportToPrimary } from '../serve-workers.ts';

interface ServeFlags { db?: string; host: string; port: string; ingest: string[]; maxUpload?: string; workers?: string; token?: string }

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

const PORT = integer({ description: 'the port to listen on (0: any free port)', min: 0, max: 65535, expected: 'a port number from 0 to 65535', default: DEFAULT_PORT });
const DEFAULT_WORKERS = Math.min(4, availableParallelism());
const WORKERS = integer({ description: `server processes answering requests (default ${DEFAULT_WORKERS}: one per core, at most 4)`, min: 1, max: 64, expected: 'a number of processes from 1 to 64', default: DEFAULT_WORKERS });
const MAX_UPLOAD = integer({ description: `largest readout POST /api/documents accepts (default ${DEFAULT_MAX_UPLOAD_BYTES})`, min: 1, expected: 'a number of bytes > 0' });

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the JSON API (/api, described at /api/openapi.json) over the store')
    .option(...DB_OPTION)
    .option('--host <host>', 'the address to listen on', DEFAULT_HOST)
    .option('--port <port>', PORT.description, String(DEFAULT_PORT))
    .option('--ingest <path>', 'ingest these readouts (files, folders, URLs) first; repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--max-upload <bytes>', MAX_UPLOAD.description)
    .option('--workers <n>', WORKERS.description)
    .option('--token <token>', 'writes (uploads) must carry this token; needed when --host is beyond loopback (default $READOUT_TOKEN, else one is made and printed)')
    .action(async (flags: ServeFlags) => {
      const port = PORT.read(flags.port, '--port');
      const maxUploadBytes = MAX_UPLOAD.read(flags.maxUpload, '--max-upload');
      const workers = WORKERS.read(flags.workers, '--workers');
      if (isServeWorker()) return serveAsWorker(flags, port, maxUploadBytes, writeTokenFor(flags, false).token);
      const { token, made } = writeTokenFor(flags, true);
      const store = await openStore({ db: flags.db });
      let closing = false;
      try {
        if (flags.ingest.length) {
          const summary = await ingestSources(store, flags.ingest);
          process.stdout.write(`ingested ${flags.ingest.join(' ')}: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed.length}\n`);
          for (const f of summary.failed) process.stderr.write(`readout: ${f.message}\n`);
        }
        const { documents } = await store.stats();
        let server: { url: string; close(): Promise<void> };
        if (workers > 1) {
          // The store stays open here for nothing but closing; the workers open their own.
          const processes = await forkServers(workers);
          server = { url: processes.url, close: processes.stop };
        } else {
          server = await listen(store, flags.host, port, maxUploadBytes, token);
        }
        process.stdout.write(`Readout is serving ${documents} document${documents === 1 ? '' : 's'} from ${resolveDbLocation(flags.db)}${workers > 1 ? ` with ${workers} server processes` : ''}\n`);
        // One write: whoever reads the address finds the token with it.
        const tokenLine = token && made ? `  writes need the token ${token} (Authorization: Bearer …); set --token or $READOUT_TOKEN to choose it\n` : '';
        process.stdout.write(`${tokenLine}  web UI  ${server.url}/\n  API     ${server.url}/api (described at ${server.url}/api/openapi.json)\nPress Ctrl+C to stop.\n`);
        const stop = async () => {
          if (closing) return;
          closing = true;
          await server.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        await store.close();
        throw e;
      }
    });
}

/** Serves the store on host:port. The web app (Hono, the pages) loads only here, not for every command's start. */
async function listen(store: Store, host: string, port: number, maxUploadBytes: number | undefined, token: string | null) {
  const { startServer } = await import('../../web/server.ts');
  return startServer(store, { host, port, maxUploadBytes, token });
}

/** A forked server process: opens the store, listens on the shared port, reports to the primary, stops on SIGTERM. */
async function serveAsWorker(flags: ServeFlags, port: number, maxUploadBytes: number | undefined, token: string | null): Promise<void> {
  let store: Store | null = null;
  try {
    store = await openStore({ db: flags.db });
    const server = await listen(store, flags.host, port, maxUploadBytes, token);
    const opened = store;
    const stop = async () => {
      await server.close();
      await opened.close();
      process.exit(0);
    };
    process.once('SIGTERM', stop);
    // Ctrl+C reaches every process of the group; the primary stops the workers itself.
    process.once('SIGINT', () => {});
    reportToPrimary({ kind: 'ready', url: server.url });
  } catch (e) {
    reportToPrimary({ kind: 'failed', message: (e as Error).message.split('\n')[0] });
    await store?.close();
    process.exit(1);
  }
}

/**
 * The token writes need: --token, else $READOUT_TOKEN, else (bound beyond loopback) one made now.
 * The primary puts a made token in the environment, so the workers it forks share it.
 */
function writeTokenFor(flags: ServeFlags, primary: boolean): { token: string | null; made: boolean } {
  const given = flags.token ?? process.env.READOUT_TOKEN;
  if (given) return { token: given, made: false };
  if (isLoopback(flags.host) || !primary) return { token: null, made: false };
  const made = randomBytes(24).toString('base64url');
  process.env.READOUT_TOKEN = made;
  return { token: made, made: true };
}
