// `readout issue NAME`: who said, promised or signed what on one issue, across documents, oldest first.
import { DB_OPTION } from '../options.ts';
import type { Command } from 'commander';
import { openStore, StoreInputError } from '../../store/index.ts';
import { ROUTES } from '../../routes/index.ts';
import { printJson, wrap } from '../text-output.ts';
import { outputFormat, paramFlags } from '../flags.ts';

// The flag is GET /api/issues/{id}/timeline's parameter.
const FLAGS = paramFlags(ROUTES.issueTimeline.params, ['actor']);

export function registerIssue(program: Command): void {
  FLAGS.addTo(program
    .command('issue')
    .description('the timeline of one issue: who said what on it, across documents, oldest first')
    .argument('<name>', 'an issue id, name or term (readout issues lists them)'))
    .option(...DB_OPTION)
    .option('--format <format>', 'table or json')
    .action(async (name: string, flags: { db?: string; format?: string } & Record<string, unknown>) => {
      const format = outputFormat(flags.format);
      const options = FLAGS.read(flags);
      const store = await openStore({ db: flags.db });
      try {
        const timeline = await store.issueTimeline(name, options);
        if (!timeline) throw new StoreInputError(`${name}: no such issue (readout issues --all lists them)`);
        if (format === 'json') return printJson(timeline);
        process.stdout.write(`${timeline.issue.name} (${timeline.issue.id}): ${timeline.entries.length} entries\n`);
        if (!timeline.entries.length) return;
        const out: string[] = [];
        for (const e of timeline.entries) {
          const what = e.itemKind === 'statement' ? e.what : `${e.itemKind} (${e.what})`;
          out.push(`${e.date ?? 'undated   '}  ${e.actors.map((a) => a.name).join(', ') || '(no actor)'}  ${what}`);
          out.push(wrap(e.text, 12));
          out.push(wrap(`in: ${e.docTitle} [${e.docId.slice(0, 12)}] chars ${e.span[0]}–${e.span[1]}`, 12));
        }
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        await store.close();
      }
    });
}
