// `readout extract SOURCE`: one record for a file, a URL or standard input ("-"); one record
// a line for every readable file in a folder.
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatExtensions, listReadouts } from '../../ingest/index.ts';
import { readReadout, type ReadoutResult } from '../../pipeline/index.ts';
import { fail } from '../errors.ts';

interface ExtractFlags { format?: string; date?: string; url?: string }

/** Reads, ingests and extracts one source (a path, an http(s) URL or "-"); --url replaces the address read. */
function extractSource(source: string, flags: ExtractFlags): Promise<ReadoutResult> {
  return readReadout(source, { extract: { date: flags.date, url: flags.url } });
}

async function isFolder(source: string): Promise<boolean> {
  if (source === '-' || /^[a-z][a-z0-9+.-]+:\/\//i.test(source)) return false;
  try {
    return (await stat(source)).isDirectory();
  } catch {
    return false; // readSource gives the precise error
  }
}

async function extractFolder(folder: string, flags: ExtractFlags): Promise<void> {
  let names: string[];
  try {
    names = await listReadouts(folder);
  } catch (e) {
    fail(`${folder}: cannot list the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (!names.length) fail(`${folder}: no readable files (${formatExtensions()}) in this folder`);
  let failed = 0;
  for (const file of names) {
    const read = await extractSource(file, { ...flags, url: undefined });
    if (read.ok) {
      process.stdout.write(JSON.stringify(read.record) + '\n');
    } else {
      failed++;
      process.stderr.write(`readout: ${read.failure.message}\n`);
    }
  }
  if (failed) {
    process.stderr.write(`readout: ${failed} of ${names.length} files failed\n`);
    process.exitCode = 1;
  }
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the record of a readout (file, URL or - for standard input), or of every readout in a folder')
    .argument('<source>', `a readout file (${formatExtensions()}), an http(s) URL, - for standard input, or a folder of files`)
    .option('--format <format>', 'json (one record) or jsonl (one record a line)')
    .option('--date <date>', 'document date where the text has none (YYYY-MM-DD)')
    .option('--url <url>', 'source address to record')
    .addHelpText('after', '\nLimits: READOUT_MAX_BYTES (default 20MB), READOUT_FETCH_TIMEOUT_MS (default 15000), READOUT_MAX_REDIRECTS (default 5).')
    .action(async (source: string, flags: ExtractFlags) => {
      if (flags.format && !['json', 'jsonl'].includes(flags.format)) fail(`--format: expected json or jsonl, got ${flags.format}`);
      if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) fail(`--date: expected YYYY-MM-DD, got ${flags.date}`);
      if (await isFolder(source)) return extractFolder(source, flags);
      const read = await extractSource(source, flags);
      if (!read.ok) fail(read.failure.message);
      const record = read.record;
      process.stdout.write(flags.format === 'jsonl' ? JSON.stringify(record) + '\n' : JSON.stringify(record, null, 2) + '\n');
    });
}
