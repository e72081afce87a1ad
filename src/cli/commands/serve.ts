// `readout serve`: the web UI and the JSON API over one store, on 127.0.0.1:4173 unless told
// otherwise; `--ingest PATH` first adds readouts (idempotently: unchanged files stay as they are).
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore, resolveDbLocation } from '../../store/index.ts';
import { ingestSources } from '../../pipeline/index.ts';
import { DEFAULT_MAX_UPLOAD_BYTES, integer } from '../../routes/index.ts';

interface ServeFlags { db?: string; host: string; port: string; ingest: string[]; maxUpload?: string }

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 4173;

const PORT = integer({ description: 'the port to listen on (0: any free port)', min: 0, max: 65535, expected: 'a port number from 0 to 65535', default: DEFAULT_PORT });
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
    .action(async (flags: ServeFlags) => {
      const port = PORT.read(flags.port, '--port');
      const maxUploadBytes = MAX_UPLOAD.read(flags.maxUpload, '--max-upload');
      const store = await openStore({ db: flags.db });
      let closing = false;
      try {
        if (flags.ingest.length) {
          const summary = await ingestSources(store, flags.ingest);
          process.stdout.write(`ingested ${flags.ingest.join(' ')}: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed.length}\n`);
          for (const f of summary.failed) process.stderr.write(`readout: ${f.message}\n`);
        }
        // The web app (Hono, the pages) loads only for this command, not for every command's start.
        const { startServer } = await import('../../web/server.ts');
        const server = await startServer(store, { host: flags.host, port, maxUploadBytes });
        const { documents } = await store.stats();
        process.stdout.write(`Readout is serving ${documents} document${documents === 1 ? '' : 's'} from ${resolveDbLocation(flags.db)}\n`);
        process.stdout.write(`  web UI  ${server.url}/\n  API     ${server.url}/api (described at ${server.url}/api/openapi.json)\nPress Ctrl+C to stop.\n`);
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
