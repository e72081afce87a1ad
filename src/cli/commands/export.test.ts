// `readout export`, run in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempFolder, fixtureStore, isOneLineError } from '../../store/test-cli.ts';
import { corvaniaVisit, lindVisit } from '../../store/test-fixtures.ts';

test('export: jsonl (default), json and csv tables of the stored records', async (t) => {
  const db = await fixtureStore(tempFolder(t));
  const jsonl = runCli(['export', '--db', db]);
  assert.equal(jsonl.status, 0, jsonl.stderr);
  assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l)), [corvaniaVisit(), lindVisit()]);
  assert.deepEqual(JSON.parse(runCli(['export', '--db', db, '--format', 'json']).stdout), [corvaniaVisit(), lindVisit()]);

  const csv = runCli(['export', '--db', db, '--format', 'csv']).stdout.trimEnd().split('\r\n');
  assert.equal(csv[0], 'doc_id,doc_title,doc_date,statement_id,date,speaker,act,verb,content,topic,span_start,span_end');
  assert.equal(csv.length, 1 + corvaniaVisit().statements.length + lindVisit().statements.length);
  assert.ok(csv.some((l) => l.includes(',Tobias Lind,express,expressed his hope,the energy dialogue')), 'speakers by name');
  const commitments = runCli(['export', '--db', db, '--format', 'csv', '--table', 'commitments']).stdout.trimEnd().split('\r\n');
  assert.equal(commitments.length, 4);
  assert.match(commitments[0], /^doc_id,doc_title,doc_date,commitment_id,actors,action,modality,due_text,due_start,due_end/);
  assert.ok(isOneLineError(runCli(['export', '--db', db, '--table', 'commitments'])), '--table needs csv');
  assert.ok(isOneLineError(runCli(['export', '--db', db, '--format', 'xml'])));
});
