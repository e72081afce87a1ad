// The `readout` command line. Each command lives in its own file under ./commands.
import { Command } from 'commander';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerReindex } from './commands/reindex.ts';
import { registerPeople } from './commands/people.ts';
import { registerPerson } from './commands/person.ts';
import { registerIssues } from './commands/issues.ts';
import { registerIssue } from './commands/issue.ts';
import { registerCommitments } from './commands/commitments.ts';
import { registerSearch } from './commands/search.ts';
import { registerExport } from './commands/export.ts';
import { registerServe } from './commands/serve.ts';
import { fail } from './errors.ts';

// A closed pipe (`readout extract … | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program
  .name('readout')
  .description('Turn diplomatic meeting readouts into a cited record, and keep a corpus of them.')
  .showHelpAfterError();

registerExtract(program);
registerIngest(program);
registerReindex(program);
registerPeople(program);
registerPerson(program);
registerIssues(program);
registerIssue(program);
registerCommitments(program);
registerSearch(program);
registerExport(program);
registerServe(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  fail((e as Error).message);
}
