// Turns as a reader checks them: "Surname: …" lines of a transcript or gist are statements
// of that person, "A, B: …" of the two; a "Word:" that names nobody is no turn. People and
// states are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReadout, sliceOf, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

describe('turns', () => {
  test('turn-style "Surname: …" and "A, B: …" are statements of that person or group', () => {
    const r = talks('Brunnhold: We would like to deepen our rail cooperation.\n\nMoravik: We welcome that.\n\nBrunnhold, Moravik: We will meet again next spring.');
    assert.deepEqual(r.statements.map((s) => [who(r, s.speaker), s.act, s.content]), [
      ['Brunnhold', 'state', 'We would like to deepen our rail cooperation'],
      ['Moravik', 'state', 'We welcome that'],
      ['group[Brunnhold + Moravik]', 'state', 'We will meet again next spring'],
    ]);
  });

  test('a "Word:" that names nobody in the text is not a turn', () => {
    const r = talks('Background: The two states have traded grain for a century.');
    assert.deepEqual(r.statements, []);
  });

  test('turns by people the text never titles ("Brunnhold: …") are that person\'s statements', () => {
    const r = extractReadout('Moravik: We had a productive meeting today.\n\nBrunnhold: Kestria will send a trade mission to Doravel in May.\n\nMoravik, Brunnhold: We will meet again next spring.', { title: 'Gist of the joint press conference', date: 'March 3, 2025' });
    assert.deepEqual(r.statements.map((s) => who(r, s.speaker)), ['Moravik', 'Brunnhold', 'group[Brunnhold + Moravik]']);
    assert.ok(r.commitments.some((c) => /meet again next spring/.test(c.action)), 'the pair\'s "we will" is a commitment');
  });

  test('one "Note:" line is not a speaker', () => {
    const r = extractReadout('President Dalen Moravik met Prime Minister Ilse Brunnhold today.\n\nNote: the meeting lasted an hour.', { title: 'Meeting', date: 'March 3, 2025' });
    assert.equal(r.actors.filter((a) => a.kind === 'person').length, 2);
  });

  test('a turn\'s content is the words after the colon and its span starts at the name', () => {
    const r = talks('Brunnhold: We would like to deepen our rail cooperation.\n\nMoravik: We welcome that.');
    const s = r.statements[0];
    assert.equal(s.verb, ':');
    assert.equal(sliceOf(r, s.contentSpan), 'We would like to deepen our rail cooperation');
    assert.ok(sliceOf(r, s.span).startsWith('Brunnhold: We would like'), sliceOf(r, s.span));
  });
});
