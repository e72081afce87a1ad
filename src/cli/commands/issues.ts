// `readout issues`: the issue taxonomy with how often each issue comes up in the stored readouts.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore } from '../../store/index.ts';
import { ISSUES_VIEW } from '../../routes/index.ts';
import { printJson, renderTable } from '../text-output.ts';
import { outputFormat, paramFlags } from '../flags.ts';

// The flag is the issues page's own parameter (?all=1).
const FLAGS = paramFlags(ISSUES_VIEW, ['all']);

export function registerIssues(program: Command): void {
  FLAGS.addTo(program
    .command('issues')
    .description('list the issues (the shipped taxonomy plus $READOUT_TAXONOMY) and how often each is raised'))
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (flags: { db?: string; format?: string } & Record<string, unknown>) => {
      const format = outputFormat(flags.format);
      const { all: showAll } = FLAGS.read(flags);
      const store = await openStore({ db: flags.db });
      try {
        const all = await store.listIssues();
        const issues = showAll ? all : all.filter((i) => i.readouts > 0);
        if (format === 'json') return printJson(issues);
        if (!issues.length) return void process.stdout.write('no issue is raised in the stored readouts (--all lists the taxonomy)\n');
        process.stdout.write(renderTable(['id', 'issue', 'readouts', 'statements', 'commitments', 'documents', 'first seen', 'last seen'],
          issues.map((i) => [i.id, i.name, i.readouts, i.statements, i.commitments, i.signedDocuments, i.firstSeen, i.lastSeen])));
      } finally {
        await store.close();
      }
    });
}
