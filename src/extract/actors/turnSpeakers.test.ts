// Speakers of turns as a reader checks them: names that open two or more lines with a colon
// are persons even when the text titles them nowhere; one such line names nobody. Invented people.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeActors, extractReadout } from '../test-helpers.test-util.ts';

describe('turn speakers', () => {
  test('"Moravik: …" and "Brunnhold: …" lines make Moravik and Brunnhold persons', () => {
    const r = extractReadout('Moravik: We had a productive meeting today.\n\nBrunnhold: Kestria will send a trade mission in May.', { title: 'Gist of the joint press conference', date: 'March 3, 2025' });
    assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort(), ['Brunnhold', 'Moravik'], describeActors(r));
  });

  test('a single "Background: …" line names nobody', () => {
    const r = extractReadout('Background: the two states have traded grain for a century.', { title: 'Gist', date: 'March 3, 2025' });
    assert.equal(r.actors.filter((a) => a.kind === 'person').length, 0, describeActors(r));
  });
});
