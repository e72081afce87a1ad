// The helpers the lexicons are compiled with, as the grammars rely on them: a word list
// matches its entries as written, and matchesOf gives what matchAll gives while leaving a
// shared pattern as it found it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOf, charClass, matchesOf } from './patterns.ts';

describe('word lists', () => {
  test('entries match as written, special characters included', () => {
    const re = new RegExp(`^${anyOf(['once again', 'MR.', 'a+b'])}$`);
    for (const s of ['once again', 'MR.', 'a+b']) assert.ok(re.test(s), s);
    for (const s of ['once  again', 'MRS', 'aab']) assert.ok(!re.test(s), s);
  });

  test('a character class holds exactly its characters', () => {
    const re = new RegExp(`^${charClass('•*-^]')}$`, 'u');
    for (const c of ['•', '*', '-', '^', ']']) assert.ok(re.test(c), c);
    assert.ok(!re.test('a'));
  });
});

describe('matchesOf', () => {
  test('gives the matches matchAll gives, and leaves the pattern at lastIndex 0', () => {
    const re = /\b(\w)(\w*)\b/g;
    const s = 'Varenia and Kestria agreed';
    re.lastIndex = 5;
    assert.deepEqual(matchesOf(re, s).map((m) => [m.index, m[0], m[1]]), [...s.matchAll(re)].map((m) => [m.index, m[0], m[1]]));
    assert.equal(re.lastIndex, 0);
  });

  test('moves past empty matches, a whole character at a time', () => {
    assert.deepEqual(matchesOf(/x*/gu, 'a😀x').map((m) => [m.index, m[0]]), [...'a😀x'.matchAll(/x*/gu)].map((m) => [m.index, m[0]]));
  });

  test('refuses a pattern that is not global', () => {
    assert.throws(() => matchesOf(/a/, 'a'), /is not global/);
  });
});
