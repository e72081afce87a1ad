// `readout search QUERY`: ranked full-text search over the stored readouts, with snippets.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { markHighlights, outputFormat, printJson, wholeNumber, wrap } from '../text-output.ts';

interface SearchFlags { db?: string; format?: string; limit?: string; offset?: string; allVersions?: boolean }

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search, best matches first; words, "quoted phrases", prefix*, a OR b')
    .argument('<query...>', 'what to look for')
    .option('--limit <n>', 'at most this many (default 20)')
    .option('--offset <n>', 'skip this many first')
    .option('--all-versions', 'also search earlier versions of changed documents')
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (words: string[], flags: SearchFlags) => {
      const format = outputFormat(flags.format);
      const options = { limit: wholeNumber('--limit', flags.limit, 1) ?? 20, offset: wholeNumber('--offset', flags.offset), includeSuperseded: !!flags.allVersions };
      const store = await openStore({ db: flags.db });
      try {
        const page = await store.search(words.join(' '), options);
        if (format === 'json') return printJson(page);
        if (!page.total) return void process.stdout.write('no matches\n');
        const out: string[] = [];
        page.items.forEach((h, i) => {
          out.push(`${page.offset + i + 1}. ${h.title || '(untitled)'}  ${h.date ?? ''}  [${h.docId.slice(0, 12)}]  score ${h.score.toPrecision(3)}`);
          out.push(wrap(markHighlights(h.snippet, h.highlights, !!process.stdout.isTTY), 3));
        });
        out.push(`(${page.items.length} of ${page.total} matches)`);
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}

