// `readout extract SOURCE`: one record for a file, a URL or standard input ("-"); one record
// a line for every readable file in a folder.
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { ingest, InputError, readSource } from '../../ingest/index.ts';
import { listReadouts } from '../../ingest/folders.ts';
import { extractRecord } from '../../extract/index.ts';
import type { ReadoutRecord } from '../../record.ts';
import { fail } from '../errors.ts';

interface ExtractFlags { format?: string; date?: string; url?: string }

/** Reads, ingests and extracts one source (a path, an http(s) URL or "-"). */
export async function extractSource(source: string, flags: ExtractFlags): Promise<ReadoutRecord> {
  const input = await readSource(source);
  if (flags.url) input.url = flags.url;
  const text = await ingest(input);
  return extractRecord(text, { date: flags.date, url: flags.url });
}

/** One line for a failure: InputError already names the input; anything else gets the name added. */
function failureMessage(source: string, e: unknown): string {
  if (e instanceof InputError) return e.message;
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return `${source}: extraction failed (${message})`;
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
  if (!names.length) fail(`${folder}: no readable files (.txt, .md, .html, .pdf) in this folder`);
  let failed = 0;
  for (const file of names) {
    try {
      const record = await extractSource(file, { ...flags, url: undefined });
      process.stdout.write(JSON.stringify(record) + '\n');
    } catch (e) {
      failed++;
      process.stderr.write(`readout: ${failureMessage(file, e)}\n`);
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
    .argument('<source>', 'a readout file (.txt, .md, .html, .pdf), an http(s) URL, - for standard input, or a folder of files')
    .option('--format <format>', 'json (one record) or jsonl (one record a line)')
    .option('--date <date>', 'document date where the text has none (YYYY-MM-DD)')
    .option('--url <url>', 'source address to record')
    .addHelpText('after', '\nLimits: READOUT_MAX_BYTES (default 20MB), READOUT_FETCH_TIMEOUT_MS (default 15000), READOUT_MAX_REDIRECTS (default 5).')
    .action(async (source: string, flags: ExtractFlags) => {
      if (flags.format && !['json', 'jsonl'].includes(flags.format)) fail(`--format: expected json or jsonl, got ${flags.format}`);
      if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) fail(`--date: expected YYYY-MM-DD, got ${flags.date}`);
      if (await isFolder(source)) return extractFolder(source, flags);
      let record: ReadoutRecord;
      try {
        record = await extractSource(source, flags);
      } catch (e) {
        fail(failureMessage(source, e));
      }
      process.stdout.write(flags.format === 'jsonl' ? JSON.stringify(record) + '\n' : JSON.stringify(record, null, 2) + '\n');
    });
}
