// The phrase notation of the lexicons, as someone adding an entry relies on it: plain words
// match across any white space, `a|b` either word, `[w]` optionally, `{slot}` what the grammar
// fills in, quoted words exactly as written; a malformed entry is refused with its name.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOf, phrase } from './patterns.ts';

const matches = (p: string, s: string, slots = {}) => new RegExp(`^${phrase(p, slots)}$`).test(s);

describe('phrases', () => {
  test('words match across any white space, line breaks too', () => {
    assert.ok(matches('looked forward to', 'looked forward to'));
    assert.ok(matches('looked forward to', 'looked  forward\nto'));
    assert.ok(!matches('looked forward to', 'looked forwardto'));
  });

  test('"a|b" is either word', () => {
    assert.ok(matches('looked|look forward', 'look forward'));
    assert.ok(matches('looked|look forward', 'looked forward'));
    assert.ok(!matches('looked|look forward', 'looks forward'));
  });

  test('"[w]" is an optional word, first, inside or last', () => {
    for (const s of ['exchanged views', 'also exchanged views', 'exchanged views on', 'also exchanged views on']) assert.ok(matches('[also] exchanged views [on]', s), s);
    assert.ok(matches('was [fully] ready', 'was ready'));
    assert.ok(matches('was [fully] ready', 'was fully ready'));
    assert.ok(!matches('was [fully] ready', 'was fullyready'));
  });

  test('"{slot}" is what the grammar defines, with the white space after it', () => {
    const slots = { object: '(?:his|her)\\s+(?:\\w+\\s+){0,3}?' };
    assert.ok(matches('extended {object} thanks', 'extended his warm thanks', slots));
    assert.ok(matches('shared [{object}] hope', 'shared hope', slots));
    assert.ok(matches('shared [{object}] hope', 'shared her hope', slots));
  });

  test('quoted words match exactly as written', () => {
    assert.ok(matches('decided|"has decided"', 'has decided'));
    assert.ok(!matches('decided|"has decided"', 'has\ndecided'));
  });

  test('characters that mean something to a pattern are plain letters here', () => {
    assert.ok(matches('U.S. side', 'U.S. side'));
    assert.ok(!matches('U.S. side', 'UXSX side'));
    assert.ok(new RegExp(`^${anyOf(['MR.', 'Q'])}$`).test('MR.'));
    assert.ok(!new RegExp(`^${anyOf(['MR.', 'Q'])}$`).test('MRS'));
  });

  test('a malformed entry or an unknown slot is refused, naming the phrase', () => {
    assert.throws(() => phrase('extended {objet} thanks', { object: 'x' }), { message: 'phrase "extended {objet} thanks": no slot {objet}' });
    assert.throws(() => phrase('stated [to'), /phrase "stated \[to": "\[to" is neither a word/);
  });
});
