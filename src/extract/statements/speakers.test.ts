// Who speaks, as a reader checks it: a pronoun or a bare office points back to a person named
// before, a group word ("both leaders", "the two ministers") to the people who met, a side to
// its country, coordinated names to a group. Every readout here is about invented states and people.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actorById, countryNamed, describeStatements, extractReadout, personNamed, statementAbout, who } from '../test-helpers.test-util.ts';
import { TITLE, talks } from './talks.test-util.ts';

describe('who speaks', () => {
  test('"He" and "She" resolve to the person who spoke last of that kind', () => {
    const r = talks('President Moravik explained the grain policy. He also stated that exports would rise. Prime Minister Brunnhold welcomed the policy. She said that Kestria would buy more grain.');
    assert.deepEqual(r.statements.map((s) => who(r, s.speaker)), ['Moravik', 'Moravik', 'Brunnhold', 'Brunnhold'], describeStatements(r));
  });

  test('"The Prime Minister" resolves to the holder of that office', () => {
    const r = talks('The Prime Minister stated that the border was calm.');
    assert.equal(who(r, r.statements[0]?.speaker), 'Brunnhold', describeStatements(r));
  });

  test('"The President" resolves to the holder of that office', () => {
    const r = talks('The Prime Minister stated that the border was calm. The President stated that the army had withdrawn.');
    assert.equal(who(r, statementAbout(r, 'army had withdrawn').speaker), 'Moravik', describeStatements(r));
  });

  test('"Both leaders" is a group of the two leaders who met', () => {
    const r = talks('Both leaders welcomed the new rail link.');
    const s = r.statements[0];
    assert.ok(s, describeStatements(r));
    const g = actorById(r, s.speaker);
    assert.equal(g.kind, 'group');
    assert.deepEqual([...(g.members ?? [])].sort(), [personNamed(r, 'Moravik').id, personNamed(r, 'Brunnhold').id].sort());
  });

  test('"Both leaders" are the heads who met, not the first counterpart of the visit', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia held talks with Foreign Minister Mara Quist on March 2, and with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on March 3.\n\nBoth leaders welcomed the new rail link.', { title: TITLE });
    assert.equal(who(r, r.statements[0]?.speaker), 'group[Brunnhold + Moravik]', describeStatements(r));
  });

  test('"The two ministers" is a group of the two ministers, and "They" then refers to it', () => {
    const r = extractReadout('Foreign Minister Tavo Renk of the Republic of Varenia held talks with Foreign Minister Mara Quist of the Kingdom of Kestria on March 3.\n\nThe two ministers welcomed the new ferry line. They agreed that the border posts would open at night.', { title: TITLE });
    assert.equal(r.statements.length, 2, describeStatements(r));
    for (const s of r.statements) assert.equal(who(r, s.speaker), 'group[Quist + Renk]');
    assert.equal(r.statements[0].speaker, r.statements[1].speaker, 'one group actor, not two');
  });

  test('"The Varenian side responded" is the country Varenia', () => {
    const r = talks('The Kestrian side explained its tariff policy. The Varenian side responded that it would study the policy.');
    const s = statementAbout(r, 'study the policy');
    assert.equal(s.speaker, countryNamed(r, 'Republic of Varenia').id);
    assert.equal(s.act, 'respond');
  });

  test('"A Corporation (AC) and B Company (BC) agreed to …" is a group of the two organizations', () => {
    const r = talks('The Varenian Grain Corporation (VGC) and the Kestrian Rail Company (KRC) agreed to build a depot in Brell.');
    const s = r.statements[0];
    assert.ok(s, describeStatements(r));
    const g = actorById(r, s.speaker);
    assert.equal(g.kind, 'group');
    assert.deepEqual((g.members ?? []).map((m) => actorById(r, m).code).sort(), ['KRC', 'VGC']);
    assert.equal(s.content, 'to build a depot in Brell');
  });

  test('a person named with "of <state>" before the verb is the speaker, not the state', () => {
    const r = talks('Foreign Minister Tavo Renk of the Republic of Varenia stated that Varenia would support the candidacy.');
    assert.equal(who(r, r.statements[0]?.speaker), 'Renk', describeStatements(r));
  });
});
