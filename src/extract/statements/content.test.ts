// A reporting clause's content, addressee and day as a reader checks them: the words after
// the verb without the speaker, the verb or "that"; the object asked or thanked; "stated to X
// on DAY that …". People and states are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStatements, sliceOf, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

describe('what a reporting clause says', () => {
  test('content leaves out the speaker, the verb and "that"', () => {
    const r = talks('Prime Minister Brunnhold, on behalf of the Kestrian government, also stated that the new port would open in May.');
    assert.equal(r.statements.length, 1, describeStatements(r));
    const s = r.statements[0];
    assert.equal(s.content, 'the new port would open in May');
    assert.ok(!/Brunnhold|stated|^that/.test(s.content));
    assert.equal(who(r, s.speaker), 'Brunnhold');
  });

  test('the verb is the words of the text and content slices to its span', () => {
    const r = talks('Prime Minister Brunnhold looked forward to the next round of talks. President Moravik exchanged views on the regional situation.');
    assert.deepEqual(r.statements.map((s) => s.verb), ['looked forward to', 'exchanged views on']);
    for (const s of r.statements) {
      assert.equal(sliceOf(r, s.contentSpan), s.content);
      assert.ok(s.span[0] <= s.contentSpan[0] && s.contentSpan[1] <= s.span[1]);
    }
  });

  test('the object names the addressee of asking, inviting and thanking', () => {
    const r = talks('President Moravik asked Prime Minister Brunnhold to lift the tariffs. President Moravik thanked Prime Minister Brunnhold for the hospitality. President Moravik invited Prime Minister Brunnhold to visit Varenia.');
    assert.equal(r.statements.length, 3, describeStatements(r));
    for (const s of r.statements) assert.equal(who(r, s.addressee), 'Brunnhold', s.verb);
  });

  test('"stated to Prime Minister X during their talks on DAY that …" sets the addressee and the day', () => {
    const r = talks('Foreign Minister Tavo Renk stated to Prime Minister Brunnhold during their talks on March 2 that Varenia would support her candidacy.');
    const s = r.statements[0];
    assert.ok(s, describeStatements(r));
    assert.equal(who(r, s.speaker), 'Renk');
    assert.equal(who(r, s.addressee), 'Brunnhold');
    assert.equal(s.date, '2021-03-02');
    assert.equal(s.content, 'Varenia would support her candidacy');
  });
});
