// The `readout` command line. Each command lives in its own file under ./commands.
import { Command } from 'commander';
import { registerExtract } from './commands/extract.ts';
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

try {
  await program.parseAsync(process.argv);
} catch (e) {
  fail((e as Error).message);
}
