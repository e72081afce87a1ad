// Commitments in reported speech as a reader checks them: which stated future actions count,
// whose they are and with which modality; hopes about others, requests, invitations and
// predictions are not commitments. All the states and people here are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Modality } from '../../record.ts';
import { commitmentAbout, countryNamed, describeCommitments, personNamed, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

describe('what counts as a commitment', () => {
  const cases: [string, string, Modality, string][] = [
    ['will/would in reported speech by the speaker\'s side', 'President Moravik stated that Varenia would build a new bridge over the Dorn River.', 'will', 'build a new bridge over the Dorn River'],
    ['a pronoun for the speaker ("he would")', 'President Moravik stated that he would visit the Kestrian flood zone.', 'will', 'visit the Kestrian flood zone'],
    ['would like to', 'President Moravik stated that Varenia would like to train Kestrian engineers.', 'will', 'train Kestrian engineers'],
    ['intended to', 'President Moravik stated that he intended to visit Kestria again.', 'intend', 'visit Kestria again'],
    ['planned to', 'Prime Minister Brunnhold said that Kestria planned to open a trade office in Varenia.', 'plan', 'open a trade office in Varenia'],
    ['wished to', 'President Moravik stated that Varenia wished to join the river commission.', 'intend', 'join the river commission'],
    ['was ready to', 'Prime Minister Brunnhold stated that Kestria was ready to supply grain to Varenia.', 'ready', 'supply grain to Varenia'],
    ['was prepared to', 'President Moravik stated that Varenia was prepared to cut tariffs on timber.', 'ready', 'cut tariffs on timber'],
    ['decided to', 'Prime Minister Brunnhold stated that Kestria decided to lift the ban on Varenian fruit.', 'decide', 'lift the ban on Varenian fruit'],
    ['pledged to', 'President Moravik pledged to rebuild the flooded schools.', 'will', 'rebuild the flooded schools'],
    ['committed to', 'President Moravik committed to reducing emissions by half.', 'will', 'reducing emissions by half'],
    ['resolved to', 'Prime Minister Brunnhold resolved to end smuggling on the border.', 'will', 'end smuggling on the border'],
  ];
  for (const [name, sentence, modality, action] of cases) {
    test(`${name} → ${modality}`, () => {
      const r = talks(sentence);
      assert.equal(r.commitments.length, 1, describeCommitments(r));
      const c = r.commitments[0];
      assert.equal(c.action, action);
      assert.equal(c.modality, modality);
      const speaker = r.statements.find((s) => s.id === c.statement)?.speaker;
      assert.deepEqual(c.actors, [speaker]);
    });
  }

  test('agreed to → agree, by the group that agreed', () => {
    const r = talks('The two leaders agreed to hold the next summit in Brell.');
    const c = commitmentAbout(r, 'hold the next summit');
    assert.equal(c.modality, 'agree');
    assert.equal(c.action, 'hold the next summit in Brell');
    assert.deepEqual(c.actors.map((a) => who(r, a)), ['group[Brunnhold + Moravik]']);
  });

  test('"their intention to" belongs to the group that expressed it', () => {
    const r = talks('The two leaders expressed their intention to hold a summit every year.');
    const c = commitmentAbout(r, 'hold a summit every year');
    assert.equal(c.modality, 'intend');
    assert.deepEqual(c.actors.map((a) => who(r, a)), ['group[Brunnhold + Moravik]']);
  });

  test('"Varenia\'s intention to" belongs to Varenia', () => {
    const r = talks('President Moravik expressed Varenia\'s intention to open a consulate in Brell.');
    const c = commitmentAbout(r, 'open a consulate in Brell');
    assert.equal(c.modality, 'intend');
    assert.deepEqual(c.actors, [countryNamed(r, 'Republic of Varenia').id]);
  });

  test('"Kestria\'s readiness to" belongs to Kestria', () => {
    const r = talks('Prime Minister Brunnhold expressed Kestria\'s readiness to host the river commission.');
    const c = commitmentAbout(r, 'host the river commission');
    assert.equal(c.modality, 'ready');
    assert.deepEqual(c.actors, [countryNamed(r, 'Kingdom of Kestria').id]);
  });

  test('"President Moravik\'s decision to" said by another is Moravik\'s decision', () => {
    const r = talks('Prime Minister Brunnhold welcomed President Moravik\'s decision to double student scholarships.');
    const c = commitmentAbout(r, 'double student scholarships');
    assert.equal(c.modality, 'decide');
    assert.deepEqual(c.actors, [personNamed(r, 'Moravik').id]);
  });

  test('"had decided to" reports a past decision, not a commitment', () => {
    const r = talks('Prime Minister Brunnhold stated that Kestria had decided to lift the ban on Varenian fruit.');
    assert.deepEqual(r.commitments, [], describeCommitments(r));
  });
});

describe('what is not a commitment', () => {
  for (const [name, sentence] of [
    ['a hope about what another state would do', 'President Moravik expressed his hope that Kestria would lower its port fees.'],
    ['a statement about what another state would do', 'President Moravik stated that Kestria would lower its port fees.'],
    ['a request to another', 'President Moravik asked Prime Minister Brunnhold to reopen the northern crossing.'],
    ['an invitation', 'President Moravik invited Prime Minister Brunnhold to visit Varenia in the autumn.'],
    ['a prediction ("would lead to")', 'Prime Minister Brunnhold stated that the Varenian proposal would lead to lower prices.'],
    ['an expectation', 'President Moravik expected that the new bridge would carry more trucks.'],
  ]) {
    test(name, () => {
      const r = talks(sentence);
      assert.deepEqual(r.commitments, [], describeCommitments(r));
    });
  }
});
