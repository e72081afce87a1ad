// `readout commitments`: every commitment with its status as of a date, and the evidence.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore, StoreInputError } from '../../store/index.ts';
import type { CommitmentStatus } from '../../corpus/index.ts';
import { isoDateOption, outputFormat, printJson, wholeNumber, wrap } from '../text-output.ts';

interface CommitmentFlags { db?: string; format?: string; status?: string; asOf?: string; actor?: string; dueFrom?: string; dueTo?: string; limit?: string; offset?: string }

const STATUSES = ['open', 'kept', 'overdue'];

export function registerCommitments(program: Command): void {
  program
    .command('commitments')
    .description('commitments with their status as of a date (open, kept, overdue) and the evidence')
    .option('--status <status>', 'only open, kept or overdue')
    .option('--as-of <date>', 'the date statuses are judged at (YYYY-MM-DD, default today)')
    .option('--actor <name>', 'only commitments of this person (or country, group)')
    .option('--due-from <date>', 'only those due on or after this date')
    .option('--due-to <date>', 'only those due on or before this date')
    .option('--limit <n>', 'at most this many (default 50)')
    .option('--offset <n>', 'skip this many first')
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (flags: CommitmentFlags) => {
      const format = outputFormat(flags.format);
      if (flags.status && !STATUSES.includes(flags.status)) throw new StoreInputError(`--status: expected open, kept or overdue, got ${flags.status}`);
      const options = {
        status: flags.status as CommitmentStatus | undefined, asOf: isoDateOption('--as-of', flags.asOf), actor: flags.actor,
        dueFrom: isoDateOption('--due-from', flags.dueFrom), dueTo: isoDateOption('--due-to', flags.dueTo),
        limit: wholeNumber('--limit', flags.limit, 1), offset: wholeNumber('--offset', flags.offset),
      };
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
