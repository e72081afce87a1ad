// `readout people` and `readout person` (page, merge, split), run in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder, fixtureStore, isOneLineError } from '../../store/test-cli.ts';

test('people: json and table list the people of the store', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const json = runCli(['people', '--db', db, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const page = JSON.parse(json.stdout);
  assert.equal(page.total, 2);
  assert.deepEqual(page.items.map((p: { name: string }) => p.name).sort(), ['Ilse Varga', 'Tobias Lind']);
  const lind = page.items.find((p: { name: string }) => p.name === 'Tobias Lind');
  assert.deepEqual([lind.documents, lind.statements, lind.firstSeen, lind.lastSeen], [2, 3, '2021-03-04', '2022-05-10']);
  const table = runCli(['people', '--db', db]);
  assert.match(table.stdout, /^id\s+name\s+country/);
  assert.match(table.stdout, /tobias-lind\s+Tobias Lind\s+OL\s+Prime Minister\s+2021-03-04\s+2022-05-10\s+2\s+3/);
  assert.equal(JSON.parse(runCli(['people', '--db', db, '-q', 'varga', '--format', 'json']).stdout).total, 1);
  assert.ok(isOneLineError(runCli(['people', '--db', db, '--limit', 'lots'])));
});

test('person: one page with roles, meetings and statements by issue; unknown names are one-line errors', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const json = runCli(['person', 'Lind', '--db', db, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const page = JSON.parse(json.stdout);
  assert.equal(page.person.name, 'Tobias Lind');
  assert.deepEqual(page.meetings.map((m: { place: string }) => m.place), ['Castellan', 'Halvmark'], 'newest first');
  const fisheries = page.statementsByIssue.find((g: { issue: { id: string } | null }) => g.issue?.id === 'fisheries');
  assert.deepEqual(fisheries.statements.map((s: { content: string; viaGroup: boolean }) => [s.content, s.viaGroup]), [['hold the next round of fisheries talks', true]]);
  const table = runCli(['person', 'tobias-lind', '--db', db]);
  assert.match(table.stdout, /^Tobias Lind {2}\(tobias-lind\)/);
  assert.match(table.stdout, /\nRoles\n[\s\S]*Prime Minister[\s\S]*\nMeetings\n[\s\S]*Castellan[\s\S]*\nStatements by issue\n/);
  assert.match(table.stdout, /2022-05-10 stated: energy security was the first concern of his government/);
  const missing = runCli(['person', 'Nobody Atall', '--db', db]);
  assert.ok(isOneLineError(missing));
  assert.match(missing.stderr, /Nobody Atall: no such person/);
});

test('person split and merge: stored corrections change the people, and are listed', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const split = runCli(['person', 'split', 'Tobias Lind@corvania-visit.txt', 'Lind@lind-visit.txt', '--db', db, '--format', 'json']);
  assert.equal(split.status, 0, split.stderr);
  assert.equal(JSON.parse(split.stdout).correction.kind, 'split');
  const people = JSON.parse(runCli(['people', '--db', db, '--format', 'json']).stdout);
  assert.equal(people.items.filter((p: { name: string }) => p.name === 'Tobias Lind').length, 2);
  // Two people answer to the name now: the command lists both and asks for an id.
  const ambiguous = runCli(['person', 'Tobias Lind', '--db', db]);
  assert.equal(ambiguous.status, 1);
  assert.match(ambiguous.stderr, /could be 2 people/);
  assert.equal(ambiguous.stdout.match(/Tobias Lind/g)?.length, 2);
  const ids = people.items.filter((p: { name: string }) => p.name === 'Tobias Lind').map((p: { id: string }) => p.id);

  const merge = runCli(['person', 'merge', ids[0], ids[1], '--db', db]);
  assert.equal(merge.status, 0, merge.stderr);
  assert.match(merge.stdout, /^correction #2 stored: merge Tobias Lind@[0-9a-f]{12} and Tobias Lind@[0-9a-f]{12}/);
  const page = JSON.parse(runCli(['person', 'Tobias Lind', '--db', db, '--format', 'json']).stdout);
  assert.equal(page.corrections.length, 2);

  assert.ok(isOneLineError(runCli(['person', 'split', 'Lind@no-such-file.txt', 'Varga@lind-visit.txt', '--db', db])));
  assert.ok(isOneLineError(runCli(['person', 'split', 'tobias-lind', 'ilse-varga', '--db', db])), 'split needs NAME@DOC');
  assert.ok(isOneLineError(runCli(['person', 'merge', 'tobias-lind', '--db', db])));
});
