// `readout reindex`: re-extract every stored readout with today's extractor, then recompute people.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { reindexStore } from '../../pipeline/index.ts';
import { printJson } from '../text-output.ts';
import { outputFormat } from '../flags.ts';
import { progressBar } from './ingest.ts';

export function registerReindex(program: Command): void {
  program
    .command('reindex')
    .description('re-extract every stored readout (after an extractor change); corrections are kept')
    .option(...DB_OPTION)
    .option('--format <format>', 'table (a summary to read) or json')
    .action(async (flags: { db?: string; format?: string }) => {
      const format = outputFormat(flags.format);
      const store = await openStore({ db: flags.db });
      try {
        const total = (await store.listDocuments({ limit: 1 })).total;
        const bar = progressBar(total, 'reindex');
        const result = await reindexStore(store, (done) => bar.update(done));
        bar.stop();
        if (format === 'json') printJson(result);
        else {
          const lines = [`reindexed ${result.reindexed} (${result.changed} changed), failed ${result.failed.length}`];
          for (const f of result.failed) lines.push(`  failed: ${f.sourceKey}: ${f.reason}`);
          process.stdout.write(lines.join('\n') + '\n');
        }
        if (result.failed.length) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
