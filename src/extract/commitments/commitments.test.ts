// Commitments (issue 4) as a reader checks them across a document: their words and spans,
// the statement they come from, ids, and when they are due. All the states and people here
// are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { commitmentAbout, sliceOf, statementAbout, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

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

