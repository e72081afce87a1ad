// `readout people`: every person across the stored readouts.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { outputFormat, printJson, renderTable, wholeNumber } from '../text-output.ts';

interface PeopleFlags { db?: string; format?: string; q?: string; limit?: string; offset?: string }

export function registerPeople(program: Command): void {
  program
    .command('people')
    .description('list the people across the stored readouts, most documented first')
    .option('-q, --q <words>', 'only people whose name or spelling contains these words')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--offset <n>', 'skip this many first')
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (flags: PeopleFlags) => {
      const format = outputFormat(flags.format);
      const options = { q: flags.q, limit: wholeNumber('--limit', flags.limit, 1), offset: wholeNumber('--offset', flags.offset) };
      const store = await openStore({ db: flags.db });
      try {
        const page = await store.listPeople(options);
        if (format === 'json') return printJson(page);
        if (!page.total) return void process.stdout.write('no people stored yet (readout ingest PATH… first)\n');
        process.stdout.write(renderTable(
          ['id', 'name', 'country', 'latest title', 'first seen', 'last seen', 'docs', 'statements', 'also spelled'],
          page.items.map((p) => [p.id, p.name, p.country, p.title, p.firstSeen, p.lastSeen, p.documents, p.statements, p.names.filter((n) => n !== p.name).join('; ')]),
          32,
        ));
        if (page.total > page.offset + page.items.length) {
          process.stdout.write(`(${page.items.length} of ${page.total}; --offset ${page.offset + page.items.length} for more)\n`);
        }
      } finally {
        await store.close();
      }
    });
}
