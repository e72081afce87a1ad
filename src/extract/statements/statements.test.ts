// Statements (issue 3) as a reader checks them across a document: ids in text order, the
// three grammars (points, turns, reporting clauses) read together, and what each statement is
// tied to (meeting, topic, section). Every readout here is about invented states and people.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStatements, extractReadout, personNamed, statementAbout, who } from '../test-helpers.test-util.ts';
import { TITLE, talks } from './talks.test-util.ts';

describe('the statements of a document', () => {
  test('ids run s1, s2, … in text order', () => {
    const r = talks('President Moravik proposed a joint flood commission. Prime Minister Brunnhold welcomed the proposal. President Moravik thanked her.');
    assert.deepEqual(r.statements.map((s) => s.id), ['s1', 's2', 's3']);
    const starts = r.statements.map((s) => s.span[0]);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  test('a statement made in the talks points to that meeting', () => {
    const r = talks('President Moravik stated that the river treaty was sound.');
    assert.equal(r.meetings.length, 1);
    assert.equal(r.statements[0].meeting, r.meetings[0].id);
  });

  test('a statement by a participant of a later meeting points at that meeting', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia held talks with Foreign Minister Mara Quist on March 2, and with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on March 3.\n\nPrime Minister Brunnhold stated that the border was calm.', { title: TITLE });
    const withBrunnhold = r.meetings.find((m) => m.participants.includes(personNamed(r, 'Brunnhold').id));
    assert.ok(withBrunnhold);
    assert.equal(r.statements[0]?.meeting, withBrunnhold.id, describeStatements(r));
  });

  test('the topic is the nearest section heading and the section is the innermost one', () => {
    const r = talks('1. Economy\n\n(1) Energy\n\nPresident Moravik proposed a new pipeline.\n\n2. Culture\n\nPrime Minister Brunnhold emphasized the value of student exchanges.');
    const pipeline = statementAbout(r, 'new pipeline');
    assert.equal(pipeline.topic, 'Energy');
    assert.equal(r.sections.find((x) => x.id === pipeline.section)?.heading, 'Energy');
    assert.equal(statementAbout(r, 'student exchanges').topic, 'Culture');
  });

  test('a numbered paragraph is not a topic: its statements take the heading above it', () => {
    const r = talks('2. The Regional Situation\n\n(1) President Moravik stated that the river basin was calm.');
    assert.equal(statementAbout(r, 'river basin').topic, 'The Regional Situation');
  });

  test('turns, points and reporting clauses are read in text order and share their speakers', () => {
    const r = talks('Brunnhold: We would like to deepen our rail cooperation.\n\nMoravik: We welcome that.\n\nThe two leaders agreed on the following:\n\n• The river commission will meet twice a year.\n\nThe Prime Minister stated that the border was calm.');
    assert.deepEqual(r.statements.map((s) => [s.id, who(r, s.speaker), s.verb]), [
      ['s1', 'Brunnhold', ':'],
      ['s2', 'Moravik', ':'],
      ['s3', 'group[Brunnhold + Moravik]', 'agreed'],
      ['s4', 'Brunnhold', 'stated'],
    ], describeStatements(r));
  });
});
