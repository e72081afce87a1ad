// `readout search QUERY`: ranked full-text search over the stored readouts, with snippets.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { markHighlights, printJson, wrap } from '../text-output.ts';
import { localLimit, outputFormat, paramFlags } from '../flags.ts';

// The words and flags are GET /api/search's parameters.
const { params } = ROUTES.search;
const FLAGS = paramFlags(params, ['limit', 'offset', 'includeSuperseded'], { limit: localLimit(params.limit), includeSuperseded: { flag: '--all-versions' } });

export function registerSearch(program: Command): void {
  FLAGS.addTo(program
    .command('search')
    .description('full-text search, best matches first; words, "quoted phrases", prefix*, a OR b')
    .argument('<query...>', 'what to look for'))
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (words: string[], flags: { db?: string; format?: string } & Record<string, unknown>) => {
      const format = outputFormat(flags.format);
      const query = params.q.read(words.join(' '), 'query');
      const { includeSuperseded, ...paging } = FLAGS.read(flags);
      const options = { ...paging, includeSuperseded: includeSuperseded ?? false };
      const store = await openStore({ db: flags.db });
      try {
        const page = await store.search(query, options);
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

