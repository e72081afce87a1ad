// One tokenization of the text for the due-date grammar: the slice under a commitment's
// action gives exactly the tokens that tokenizing the action alone would, or says it cannot
// (a token crosses the slice's end), so due dates come out the same. Invented text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenizeTimes } from './due/index.ts';
import { timeTokensIn } from './time-tokens.ts';

const TEXT = 'Prime Minister Ilse Brunnhold said Kestria would host the 2nd Brell-Varenia forum on 20th May 2026, and send 5bn in aid (Q3 2026) to the COVID-19 fund.';

describe('time tokens of a slice', () => {
  const all = tokenizeTimes(TEXT);

  test('a clause between word boundaries gets the tokens of the clause alone', () => {
    const start = TEXT.indexOf('host'), end = TEXT.indexOf(', and');
    assert.deepEqual(timeTokensIn(all, start, end), tokenizeTimes(TEXT.slice(start, end)));
  });

  test('a slice that cuts a token says so', () => {
    assert.equal(timeTokensIn(all, TEXT.indexOf('rime'), TEXT.length), null);
    assert.equal(timeTokensIn(all, 0, TEXT.indexOf('2026') + 2), null);
  });

  test('any slice: the same tokens as tokenizing it alone, or none', () => {
    fc.assert(fc.property(fc.nat(TEXT.length), fc.nat(TEXT.length), (a, b) => {
      const [start, end] = a <= b ? [a, b] : [b, a];
      const sliced = timeTokensIn(all, start, end);
      if (sliced) assert.deepEqual(sliced, tokenizeTimes(TEXT.slice(start, end)));
      else assert.ok(all.some((t) => (t.start < start && t.end > start) || (t.start < end && t.end > end)));
    }), { numRuns: 2000 });
  });
});
