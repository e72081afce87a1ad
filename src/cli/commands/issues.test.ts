// `readout issues` and `readout issue NAME`, run in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder, fixtureStore, isOneLineError } from '../../store/test-cli.ts';

test('issues: the raised issues with counts, in json and as a table', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const json = runCli(['issues', '--db', db, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const issues = JSON.parse(json.stdout);
  const fisheries = issues.find((i: { id: string }) => i.id === 'fisheries');
  assert.deepEqual([fisheries.readouts, fisheries.statements, fisheries.commitments, fisheries.signedDocuments], [2, 3, 2, 1]);
  assert.ok(issues.every((i: { readouts: number }) => i.readouts > 0), 'only raised issues without --all');
  const all = JSON.parse(runCli(['issues', '--all', '--db', db, '--format', 'json']).stdout);
  assert.ok(all.length > issues.length, '--all lists the whole taxonomy');
  const table = runCli(['issues', '--db', db]);
  assert.match(table.stdout, /^id\s+issue\s+readouts\s+statements\s+commitments\s+documents/);
  assert.match(table.stdout, /\nfisheries\s+\S.*\s2\s+3\s+2\s+1\s+2021-03-04\s+2022-05-10\n/);
});

test('issue: the timeline oldest first, filtered by actor; unknown issues are one-line errors', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const json = runCli(['issue', 'fisheries', '--db', db, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const timeline = JSON.parse(json.stdout);
  assert.equal(timeline.issue.id, 'fisheries');
  const dates = timeline.entries.map((e: { date: string }) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(timeline.entries.length, 4, "each statement once, its commitment with it");
  assert.ok(timeline.entries.some((e: { commitments?: unknown[] }) => e.commitments?.length));
  const varga = JSON.parse(runCli(['issue', 'fisheries', '--actor', 'Ilse Varga', '--db', db, '--format', 'json']).stdout);
  assert.ok(varga.entries.length >= 1 && varga.entries.every((e: { actors: { name: string }[] }) => e.actors.some((a) => a.name === 'Ilse Varga')));
  const table = runCli(['issue', 'fisheries', '--db', db]);
  assert.match(table.stdout, /^fisheries \(fisheries\): 4 entries\n/);
  assert.match(table.stdout, /2021-03-04 {2}Ilse Varga {2}state\n\s+Corvania would expand its fisheries cooperation with Osterland\n/);
  const missing = runCli(['issue', 'underwater basket weaving', '--db', db]);
  assert.ok(isOneLineError(missing));
  assert.match(missing.stderr, /no such issue/);
});
