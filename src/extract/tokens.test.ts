// The word tokens every component reads, as the gazetteers and the person grammar rely on
// them: dotted acronyms and initials whole, a possessive its own token, hyphenated words and
// grouped numbers whole, offsets that slice back to the words. Invented text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, wordTokens } from './tokens.ts';

const TEXT = 'H.E. Dalen K. Moravik’s U.S.-Varenia talks on 10:30 drew 2,000 people (VGC) to Brell-on-Sea.';

describe('word tokens', () => {
  const tokens = tokenize(TEXT);
  const words = tokens.map((t) => t.text);

  test('dotted acronyms and initials stay whole; a possessive ending is its own token', () => {
    assert.deepEqual(words.slice(0, 6), ['H.E.', 'Dalen', 'K.', 'Moravik', '’s', 'U.S.']);
  });

  test('hyphenated words, times and grouped numbers stay whole; other marks are tokens', () => {
    for (const w of ['Varenia', '10:30', '2,000', '(', 'VGC', ')', 'Brell-on-Sea', '.']) assert.ok(words.includes(w), w);
  });

  test('offsets slice back to each token, and capitals and words are marked', () => {
    for (const t of tokens) assert.equal(TEXT.slice(t.start, t.end), t.text);
    const brell = tokens.find((t) => t.text === 'Brell-on-Sea')!;
    assert.deepEqual([brell.cap, brell.word], [true, true]);
    const num = tokens.find((t) => t.text === '2,000')!;
    assert.deepEqual([num.cap, num.word], [false, false]);
  });

  test('a part of the text keeps the text\'s offsets', () => {
    const start = TEXT.indexOf('Moravik');
    const part = tokenize(TEXT, start, start + 'Moravik’s'.length);
    assert.deepEqual(part.map((t) => [t.text, t.start]), [['Moravik', start], ['’s', start + 7]]);
  });

  test('words already split become word tokens for the gazetteers', () => {
    assert.deepEqual(wordTokens(['Sri', 'Lanka']).map((t) => [t.text, t.cap, t.word]), [['Sri', true, true], ['Lanka', true, true]]);
  });
});
