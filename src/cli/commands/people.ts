// `readout people`: every person across the stored readouts.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { printJson, renderTable } from '../text-output.ts';
import { localLimit, outputFormat, paramFlags } from '../flags.ts';

// The flags are GET /api/people's parameters.
const { params } = ROUTES.people;
const FLAGS = paramFlags(params, ['q', 'limit', 'offset'], { q: { flag: '-q, --q' }, limit: localLimit(params.limit) });

export function registerPeople(program: Command): void {
  FLAGS.addTo(program
    .command('people')
    .description('list the people across the stored readouts, most documented first'))
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (flags: { db?: string; format?: string } & Record<string, unknown>) => {
      const format = outputFormat(flags.format);
      const options = FLAGS.read(flags);
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
