// Commitments (issue 4) as a reader checks them: which stated future actions count, whose
// they are, their words, modality, the statement they come from and when they are due.
// Hopes about others, requests, invitations and predictions are not commitments. All the
// states and people here are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Modality } from '../../record.ts';
import {
  commitmentAbout, countryNamed, describeCommitments, extractReadout, personNamed, sliceOf, statementAbout, who,
} from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by President Dalen Moravik of the Republic of Varenia';
const TALKS = 'President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on May 10.';

function talks(paragraphs: string, date = 'May 12, 2021') {
  return extractReadout(`${TALKS}\n\n${paragraphs}`, { title: TITLE, date });
}

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

describe('what a commitment records', () => {
  test('the action stops at the next that-clause and cites the text', () => {
    const r = talks('President Moravik stated that Varenia would build a new bridge over the Dorn River, and that trade across the river had doubled.');
    const c = commitmentAbout(r, 'bridge');
    assert.equal(c.action, 'build a new bridge over the Dorn River');
    assert.equal(sliceOf(r, c.span), c.action);
  });

  test('it links to the statement it was read from, and lies inside that statement\'s content', () => {
    const r = talks('Prime Minister Brunnhold welcomed the proposal. President Moravik stated that Varenia would build a new bridge over the Dorn River.');
    const c = commitmentAbout(r, 'bridge');
    const s = statementAbout(r, 'bridge');
    assert.equal(c.statement, s.id);
    assert.ok(s.contentSpan[0] <= c.span[0] && c.span[1] <= s.contentSpan[1]);
  });

  test('one commitment per stated action, ids c1, c2, …', () => {
    const r = talks('President Moravik stated that Varenia would build a new bridge over the Dorn River. Prime Minister Brunnhold stated that Kestria was ready to supply grain to Varenia.');
    assert.deepEqual(r.commitments.map((c) => [c.id, who(r, c.actors[0])]), [['c1', 'Moravik'], ['c2', 'Brunnhold']]);
  });
});

describe('due dates through the pipeline', () => {
  test('"in the first half of 2024" → 2024-01-01..2024-06-30, with its span', () => {
    const r = talks('President Moravik stated that he intended to visit Kestria again in the first half of 2024.');
    const c = commitmentAbout(r, 'visit Kestria');
    assert.equal(c.due?.start, '2024-01-01');
    assert.equal(c.due?.end, '2024-06-30');
    assert.equal(c.due?.text, 'in the first half of 2024');
    assert.ok(c.due?.span);
    assert.equal(sliceOf(r, c.due.span), 'in the first half of 2024');
  });

  test('"in July" said in May → July of that year', () => {
    const r = talks('President Moravik stated that Varenia would host the river conference in July.', 'May 12, 2022');
    const c = commitmentAbout(r, 'river conference');
    assert.deepEqual([c.due?.start, c.due?.end], ['2022-07-01', '2022-07-31']);
  });

  test('"at the summit meeting" takes the date the text gives that meeting', () => {
    const r = talks('The two leaders will meet again at the Borean summit meeting in July.\n\nPresident Moravik stated that Varenia would sign the river accord at the Borean summit meeting.', 'May 12, 2022');
    const c = commitmentAbout(r, 'sign the river accord');
    assert.deepEqual([c.due?.start, c.due?.end], ['2022-07-01', '2022-07-31']);
  });

  test('"by the end of this year" runs from the meeting\'s day to December 31', () => {
    const r = talks('Prime Minister Brunnhold stated that Kestria would open the new port by the end of this year.', 'May 12, 2022');
    const c = commitmentAbout(r, 'open the new port');
    assert.deepEqual([c.due?.start, c.due?.end], ['2022-05-10', '2022-12-31']);
  });

  test('"next year" is the whole next year', () => {
    const r = talks('President Moravik stated that Varenia would complete the railway next year.', 'May 12, 2022');
    const c = commitmentAbout(r, 'complete the railway');
    assert.deepEqual([c.due?.start, c.due?.end], ['2023-01-01', '2023-12-31']);
  });

  test('a vague time ("at an early date") or none gives a null due', () => {
    const r = talks('President Moravik stated that Varenia would reopen its consulate at an early date. Prime Minister Brunnhold stated that Kestria would build a ferry terminal.');
    assert.equal(commitmentAbout(r, 'reopen its consulate').due, null);
    assert.equal(commitmentAbout(r, 'ferry terminal').due, null);
  });
});

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
