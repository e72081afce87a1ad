// `readout ingest PATH…`: extract and store readouts (files, folders, URLs, "-"), then a summary.
import { DB_OPTION } from '../options.ts';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { openStore } from '../../store/index.ts';
import { formatExtensions, READABLE_EXTENSIONS } from '../../ingest/index.ts';
import { expandInputs, ingestSources } from '../../pipeline/index.ts';
import { printJson } from '../text-output.ts';
import { outputFormat } from '../flags.ts';

interface IngestFlags { db?: string; format?: string; jobs?: number }

/** A progress bar on stderr, for long runs on a terminal only. */
export function progressBar(total: number, label: string): { update(done: number): void; stop(): void } {
  if (total <= 20 || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({
    format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta_formatted}`, stream: process.stderr, hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`--jobs must be a whole number from 1 to 256, got ${value}`);
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract readouts and keep them in the store (files, folders, URLs, or - for standard input)')
    .argument('<paths...>', `readout files (${formatExtensions(' ')}), folders of them, http(s) addresses, or -`)
    .option(...DB_OPTION)
    .option('--format <format>', 'table (a summary to read) or json')
    .option('--jobs <n>', 'extraction workers (default: one per core; 1 = no workers)', parseJobs)
    .action(async (paths: string[], flags: IngestFlags) => {
      const format = outputFormat(flags.format);
      const store = await openStore({ db: flags.db });
      try {
        const total = (await expandInputs(paths)).length;
        const bar = progressBar(total, 'ingest');
        const summary = await ingestSources(store, paths, { jobs: flags.jobs, onProgress: (done) => bar.update(done) });
        bar.stop();
        if (format === 'json') {
          printJson({
            added: summary.added, updated: summary.updated, unchanged: summary.unchanged, failed: summary.failed,
            documents: summary.results.filter((r) => r.result).map((r) => ({ input: r.input, ...r.result })),
          });
        } else {
          const lines = [`added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed.length}`];
          for (const f of summary.failed) lines.push(`  failed: ${f.message}`);
          process.stdout.write(lines.join('\n') + '\n');
        }
        if (total === 0) process.stderr.write(`readout: nothing to ingest in ${paths.join(' ')} (no ${READABLE_EXTENSIONS.join(' ')} files)\n`);
        if (summary.failed.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
