// `readout commitments`, run in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder, fixtureStore, isOneLineError } from '../../store/test-cli.ts';

test('commitments: status as of a date, filters, evidence; json and table', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const at = (date: string, ...more: string[]) => JSON.parse(runCli(['commitments', '--as-of', date, '--db', db, '--format', 'json', ...more]).stdout);
  const before = at('2022-06-01');
  assert.equal(before.total, 3);
  const ratification = (page: { items: { action: string; status: string }[] }) => page.items.find((c) => c.action.includes('ratification'))!;
  assert.equal(ratification(before).status, 'open');
  const after = at('2023-01-01');
  assert.equal(ratification(after).status, 'overdue');
  assert.deepEqual(at('2023-01-01', '--status', 'overdue').items.map((c: { status: string }) => c.status), after.items.filter((c: { status: string }) => c.status === 'overdue').map(() => 'overdue'));
  assert.equal(at('2023-01-01', '--actor', 'Varga').total, 1);
  assert.equal(at('2023-01-01', '--due-from', '2022-07-01', '--due-to', '2022-12-31').total, 1);
  for (const c of after.items) {
    assert.ok(c.reason.length > 0, 'every status says why');
    if (c.evidence) assert.ok(c.evidence.excerpt.length > 0 && c.evidence.docTitle.length > 0, 'evidence names its document and text');
  }
  const table = runCli(['commitments', '--as-of', '2023-01-01', '--db', db]);
  assert.match(table.stdout, /^(open|kept|overdue) /m);
  assert.match(table.stdout, /overdue {2}due 2022-05-10\.\.2022-12-31 \("before the end of 2022"\) {2}Ilse Varga\n\s+complete the ratification/);
  assert.match(table.stdout, /\n\s+why: /);
  assert.ok(isOneLineError(runCli(['commitments', '--as-of', '2023-13-01', '--db', db])));
  assert.ok(isOneLineError(runCli(['commitments', '--status', 'done', '--db', db])));
});
