// Commitments the publisher announces outside any statement, as a reader checks them: the
// named actor or group commits; a thing that will happen is no commitment. All the states and
// people here are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { commitmentAbout, describeCommitments, extractReadout, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

describe('commitments the publisher announces', () => {
  test('"Prime Minister X will visit Y in May": the named actor commits, with no statement behind it', () => {
    const r = talks('Prime Minister Brunnhold will visit Varenia in September to open the new consulate.');
    const c = commitmentAbout(r, 'visit Varenia');
    assert.equal(who(r, c.actors[0]), 'Brunnhold');
    assert.equal(c.statement, null);
    assert.equal(c.modality, 'will');
    assert.deepEqual([c.due?.start, c.due?.end], ['2021-09-01', '2021-09-30']);
  });

  test('"The two leaders will meet again next year": the pair commits', () => {
    const r = talks('The two leaders will meet again in Halvmark next year.');
    const c = commitmentAbout(r, 'meet again');
    assert.equal(who(r, c.actors[0]), 'group[Brunnhold + Moravik]');
    assert.deepEqual([c.due?.start, c.due?.end], ['2022-01-01', '2022-12-31']);
  });

  test('a thing, not an actor, that will happen is no commitment ("The meeting will be held …", "This will lead to …")', () => {
    const r = talks('The next meeting will be held in Halvmark. This will lead to closer ties between the two countries.');
    assert.equal(r.commitments.length, 0, describeCommitments(r));
  });
});

describe('joint-statement shapes', () => {
  test('"4. President X accepted an invitation to visit Y in 2025" is a numbered paragraph with a commitment, not a heading', () => {
    const r = extractReadout('1. The two leaders held talks.\n\n4. President Dalen Moravik accepted an invitation to visit Kestria in 2025.', { title: 'Joint Statement', date: 'May 18, 2024' });
    const c = commitmentAbout(r, 'visit Kestria');
    assert.equal(who(r, c.actors[0]), 'Moravik');
    assert.equal(c.modality, 'will');
    assert.deepEqual([c.due?.start, c.due?.end], ['2025-01-01', '2025-12-31']);
  });
});
