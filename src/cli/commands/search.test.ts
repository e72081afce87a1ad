// `readout search QUERY`, run in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder, fixtureStore, isOneLineError } from '../../store/test-cli.ts';

test('search: ranked hits with highlighted snippets, json and table', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const json = runCli(['search', 'Castellan', '--db', db, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const page = JSON.parse(json.stdout);
  assert.equal(page.total, 1);
  const hit = page.items[0];
  assert.match(hit.title, /Prime Minister Tobias Lind/);
  assert.ok(hit.highlights.length >= 1);
  for (const [s, e] of hit.highlights) assert.equal(hit.snippet.slice(s, e), 'Castellan');
  const two = JSON.parse(runCli(['search', 'energy', 'security', '--db', db, '--format', 'json']).stdout);
  assert.equal(two.total, 2);
  assert.ok(two.items[0].score >= two.items[1].score, 'best first');
  const table = runCli(['search', 'Castellan', '--db', db]);
  assert.match(table.stdout, /^1\. Visit to the Republic of Corvania by Prime Minister Tobias Lind of Osterland {2}2022-05-10 {2}\[[0-9a-f]{12}\]/);
  assert.match(table.stdout, /\*\*Castellan\*\*/, 'matches marked in a pipe');
  assert.match(table.stdout, /\(1 of 1 matches\)\n$/);
  assert.equal(runCli(['search', 'zeppelin', '--db', db]).stdout, 'no matches\n');
  assert.ok(isOneLineError(runCli(['search', '?!', '--db', db])));
});
