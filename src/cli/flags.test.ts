// Flags made from the routes' parameter definitions: the same names (as flags), values, defaults
// and one-line errors as the HTTP parameters, with the flag named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { ROUTES } from '../routes/index.ts';
import { flagOf, localLimit, outputFormat, paramFlags } from './flags.ts';

const { params } = ROUTES.commitments;

function parsed(args: string[]): Record<string, unknown> {
  const flags = paramFlags(params, ['status', 'asOf', 'limit', 'offset'], { limit: localLimit(params.limit) });
  const command = flags.addTo(new Command('commitments').exitOverride());
  command.parse(args, { from: 'user' });
  return flags.read(command.opts());
}

test('flags are the parameters, named as flags, described by their definitions', () => {
  assert.equal(flagOf('dueFrom'), '--due-from');
  const command = paramFlags(params, ['status', 'asOf', 'limit']).addTo(new Command('commitments'));
  const help = command.helpInformation();
  assert.match(help, /--status <status>\s+only commitments with this status: open, kept or overdue/);
  assert.match(help, /--as-of <date>\s+the date commitments are assessed at/);
  assert.match(help, /--limit <n>\s+items per page \(default 50\)/);
});

test('flag values read as the URL parameters do; errors name the flag', () => {
  assert.deepEqual(parsed(['--status', 'kept', '--as-of', '2023-01-01', '--offset', '5']), { status: 'kept', asOf: '2023-01-01', limit: 50, offset: 5 });
  assert.equal(parsed(['--limit', '2000']).limit, 2000, 'a local command may ask for more than a server page');
  assert.throws(() => parsed(['--as-of', '2023-02-30']), /^ParamError: --as-of: expected a date YYYY-MM-DD, got "2023-02-30"$/);
  assert.throws(() => parsed(['--status', 'done']), /--status: expected one of open, kept, overdue/);
  assert.throws(() => parsed(['--offset', '99999999999999999999999']), /--offset: at most 9007199254740991/);
  assert.throws(() => ROUTES.commitments.check?.({ status: undefined, actor: undefined, asOf: undefined, country: undefined, issue: undefined, modality: undefined, year: undefined, sort: undefined, dir: undefined, limit: 50, offset: 0, dueFrom: '2023-01-01', dueTo: '2022-01-01' }, flagOf), /--due-from \(2023-01-01\) is after --due-to/);
});

test('a switch reads as true; --format takes the formats a command prints', () => {
  const flags = paramFlags(ROUTES.search.params, ['includeSuperseded'], { includeSuperseded: { flag: '--all-versions' } });
  const command = flags.addTo(new Command('search').exitOverride());
  command.parse(['--all-versions'], { from: 'user' });
  assert.deepEqual(flags.read(command.opts()), { includeSuperseded: true });
  assert.equal(outputFormat(undefined), 'table');
  assert.equal(outputFormat('csv', ['jsonl', 'json', 'csv'] as const), 'csv');
  assert.throws(() => outputFormat('xml'), /^ParamError: --format: expected one of table, json, got "xml"$/);
});
