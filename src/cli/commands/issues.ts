// `readout issues`: the issue taxonomy with how often each issue comes up in the stored readouts.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { outputFormat, printJson, renderTable } from '../text-output.ts';

export function registerIssues(program: Command): void {
  program
    .command('issues')
    .description('list the issues (the shipped taxonomy plus $READOUT_TAXONOMY) and how often each is raised')
    .option('--all', 'also issues no stored readout raises')
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (flags: { db?: string; format?: string; all?: boolean }) => {
      const format = outputFormat(flags.format);
      const store = await openStore({ db: flags.db });
      try {
        const all = await store.listIssues();
        const issues = flags.all ? all : all.filter((i) => i.readouts > 0);
        if (format === 'json') return printJson(issues);
        if (!issues.length) return void process.stdout.write('no issue is raised in the stored readouts (--all lists the taxonomy)\n');
        process.stdout.write(renderTable(['id', 'issue', 'readouts', 'statements', 'commitments', 'documents', 'first seen', 'last seen'],
          issues.map((i) => [i.id, i.name, i.readouts, i.statements, i.commitments, i.signedDocuments, i.firstSeen, i.lastSeen])));
      } finally {
        await store.close();
      }
    });
}
