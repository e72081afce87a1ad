// `readout extract PATH`: one record for a file, one record a line for a folder.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { ingest, InputError } from '../../ingest/index.ts';
import { extractRecord } from '../../extract/index.ts';
import { fail } from '../errors.ts';

interface ExtractFlags { format?: string; date?: string; url?: string }

const READABLE = /\.(txt|text|md|markdown|html?|pdf)$/i;

export async function extractFile(path: string, flags: ExtractFlags) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? 'error'})`);
  }
  const text = await ingest({ bytes, path, url: flags.url });
  return extractRecord(text, { date: flags.date, url: flags.url });
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the record of a readout file, or of every readout in a folder')
    .argument('<path>', 'a readout file (.txt, .md, .html, .pdf) or a folder of them')
    .option('--format <format>', 'json (one record) or jsonl (one record a line)')
    .option('--date <date>', 'document date where the text has none (YYYY-MM-DD)')
    .option('--url <url>', 'source address to record')
    .action(async (path: string, flags: ExtractFlags) => {
      if (flags.format && !['json', 'jsonl'].includes(flags.format)) fail(`--format: expected json or jsonl, got ${flags.format}`);
      if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) fail(`--date: expected YYYY-MM-DD, got ${flags.date}`);
      let info;
      try { info = await stat(path); } catch { fail(`${path}: no such file or folder`); }
      if (!info.isDirectory()) {
        try {
          const record = await extractFile(path, flags);
          process.stdout.write(flags.format === 'jsonl' ? JSON.stringify(record) + '\n' : JSON.stringify(record, null, 2) + '\n');
        } catch (e) {
          fail(e instanceof InputError ? e.message : `${path}: ${(e as Error).message}`);
        }
        return;
      }
      const names = (await readdir(path)).filter((n) => READABLE.test(n)).sort();
      let failed = 0;
      for (const name of names) {
        const file = join(path, name);
        try {
          const record = await extractFile(file, { ...flags, url: undefined });
          process.stdout.write(JSON.stringify(record) + '\n');
        } catch (e) {
          failed++;
          process.stderr.write((e instanceof InputError ? e.message : `${file}: ${(e as Error).message}`) + '\n');
        }
      }
      if (failed) {
        process.stderr.write(`${failed} of ${names.length} files failed\n`);
        process.exitCode = 1;
      }
    });
}
