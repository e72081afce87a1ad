// `readout commitments`: every commitment with its status as of a date, and the evidence.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { printJson, wrap } from '../text-output.ts';
import { flagOf, localLimit, outputFormat, paramFlags } from '../flags.ts';

// The flags are GET /api/commitments' parameters (and its rule: the due window in order).
const route = ROUTES.commitments;
const FLAGS = paramFlags(route.params, ['status', 'asOf', 'actor', 'dueFrom', 'dueTo', 'country', 'issue', 'modality', 'year', 'sort', 'dir', 'limit', 'offset'], { limit: localLimit(route.params.limit) });

export function registerCommitments(program: Command): void {
  FLAGS.addTo(program
    .command('commitments')
    .description('commitments with their status as of a date (open, kept, overdue) and the evidence'))
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (flags: { db?: string; format?: string } & Record<string, unknown>) => {
      const format = outputFormat(flags.format);
      const options = FLAGS.read(flags);
      route.check?.(options, flagOf);
      const store = await openStore({ db: flags.db });
      try {
        const page = await store.listCommitments(options);
        if (format === 'json') return printJson(page);
        if (!page.total) return void process.stdout.write('no commitments match\n');
        const out: string[] = [];
        for (const c of page.items) {
          out.push(`${c.status.padEnd(7)}  ${c.due ? `due ${c.due.start}..${c.due.end} ("${c.due.text}")` : 'no due date'}  ${c.actors.map((a) => a.name).join(', ')}`);
          out.push(wrap(c.action, 9));
          out.push(wrap(`why: ${c.reason}`, 9));
          if (c.evidence) out.push(wrap(`evidence: ${c.evidence.docTitle} (${c.evidence.date ?? 'undated'}), chars ${c.evidence.span[0]}–${c.evidence.span[1]}: "${c.evidence.excerpt}"`, 9));
          out.push(wrap(`source: ${c.docTitle} (${c.docDate ?? 'undated'}) [${c.docId.slice(0, 12)}]`, 9), '');
        }
        process.stdout.write(out.join('\n'));
        if (page.total > page.offset + page.items.length) {
          process.stdout.write(`(${page.items.length} of ${page.total}; --offset ${page.offset + page.items.length} for more)\n`);
        }
      } finally {
        await store.close();
      }
    });
}
