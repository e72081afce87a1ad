// Names as a reader checks them on persons: honorifics are not part of a name, and a name is
// the capitalized words after them. Every name, state and place here is invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeActors, extractReadout, personNamed } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by the President of the Republic of Varenia';

describe('names', () => {
  test('"H.E.Mr. Orin Dessal" (no space after H.E.) is the person Orin Dessal', () => {
    const r = extractReadout('H.E.Mr. Orin Dessal, Ambassador of the Kingdom of Kestria to the Republic of Varenia, called on the Varenian Foreign Minister.', { title: TITLE });
    const p = personNamed(r, 'Dessal');
    assert.equal(p.name, 'Orin Dessal');
    assert.ok(!r.actors.some((a) => a.kind === 'person' && /\bH\.?E\b|Mr/.test(a.name)), describeActors(r));
  });

  test('words that are never names (days, document words) do not start one', () => {
    const r = extractReadout('On Monday Joint Statement drafts were read. President Dalen Moravik of the Republic of Varenia signed them.', { title: TITLE });
    assert.deepEqual(r.actors.filter((a) => a.kind === 'person').map((a) => a.name), ['Dalen Moravik'], describeActors(r));
  });
  test('four honorifics still lead to the name; a run of ten thousand is no one, and reads in one pass', () => {
    const r = extractReadout('His Excellency Dr. Prof. Orin Dessal, Ambassador of the Kingdom of Kestria, called on the Varenian Foreign Minister.', { title: TITLE });
    assert.equal(personNamed(r, 'Dessal').name, 'Orin Dessal');
    // Each token looked ahead over the whole run before (40 KB took seconds); now a bounded window.
    const run = extractReadout('Mr. '.repeat(10000), { title: TITLE });
    assert.ok(!run.actors.some((a) => a.kind === 'person' && /^Mr/.test(a.name)), describeActors(run));
  });
});
