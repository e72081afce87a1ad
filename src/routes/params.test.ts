// The parameter definitions: each kind reads its values, keeps to its limits and says in one line,
// naming the parameter, what was expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParamError, boolean, date, integer, oneOf, readParams, text } from './params.ts';

const fails = (read: () => unknown, mentions: RegExp) => assert.throws(read, (e: unknown) => e instanceof ParamError && mentions.test(e.message) && !e.message.includes('\n'));

test('integer: whole numbers within their bounds; absent is the default; a huge number is an error, never a wrong value', () => {
  const pageLimit = integer({ description: 'items per page', min: 1, max: 500, default: 50 });
  assert.equal(pageLimit.read(undefined, 'limit'), 50);
  assert.equal(pageLimit.read('', 'limit'), 50);
  assert.equal(pageLimit.read('500', 'limit'), 500);
  fails(() => pageLimit.read('0', 'limit'), /^limit: expected a whole number ≥ 1, got "0"$/);
  fails(() => pageLimit.read('-1', 'limit'), /limit: expected a whole number/);
  fails(() => pageLimit.read('2.5', 'limit'), /limit: expected a whole number/);
  fails(() => pageLimit.read('1e3', 'limit'), /limit: expected a whole number/);
  fails(() => pageLimit.read('501', 'limit'), /^limit: at most 500, got "501"$/);
  const skip = integer({ description: 'items to skip', min: 0 });
  assert.equal(skip.read(undefined, 'offset'), undefined);
  assert.equal(skip.read('9007199254740991', 'offset'), Number.MAX_SAFE_INTEGER);
  fails(() => skip.read('99999999999999999999999', 'offset'), /^offset: at most 9007199254740991, got "99999999999999999999999"$/);
  fails(() => skip.read('9007199254740993', '--offset'), /^--offset: at most/);
  const year = integer({ description: 'year', min: 1000, max: 9999, expected: 'a four-digit year' });
  fails(() => year.read('20x1', 'year'), /^year: expected a four-digit year, got "20x1"$/);
  fails(() => year.read('999', 'year'), /four-digit/);
  assert.equal(pageLimit.withMax(undefined).read('10000', '--limit'), 10000, 'a wider bound for a local command');
  assert.deepEqual(pageLimit.schema, { type: 'integer', minimum: 1, maximum: 500, default: 50 });
});

test('date, boolean, one of, text', () => {
  const day = date({ description: 'a day' });
  assert.equal(day.read('2024-02-29', 'asOf'), '2024-02-29');
  fails(() => day.read('2023-02-29', 'asOf'), /^asOf: expected a date YYYY-MM-DD, got "2023-02-29"$/);
  fails(() => day.read('yesterday', '--as-of'), /^--as-of: expected a date/);
  const flag = boolean({ description: 'a switch' });
  assert.deepEqual(['1', 'true', 'YES', '0', 'false', 'no', undefined].map((v) => flag.read(v, 'x')), [true, true, true, false, false, false, undefined]);
  fails(() => flag.read('maybe', 'includeSuperseded'), /^includeSuperseded: expected true or false/);
  const status = oneOf(['open', 'kept'], { description: 'status' });
  assert.equal(status.read('kept', 'status'), 'kept');
  fails(() => status.read('done', 'status'), /^status: expected one of open, kept, got "done"$/);
  assert.equal(oneOf(['asc', 'desc'], { description: 'order', default: 'asc' }).read(undefined, 'dir'), 'asc');
  const words = text({ description: 'words', maxLength: 5, required: 'give the words' });
  assert.equal(words.read(' tess ', 'q'), 'tess', 'trimmed');
  fails(() => words.read('   ', 'q'), /^q: give the words$/);
  fails(() => words.read('corvania', 'q'), /^q: at most 5 characters, got 8$/);
  const address = text({ description: 'an address', pattern: { regex: /^https?:\/\//, expected: 'an http(s) address' } });
  fails(() => address.read('javascript:alert(1)', 'url'), /^url: expected an http\(s\) address/);
  assert.equal(address.read(' ', 'url'), undefined);
});

test('readParams: every parameter of a set, each named in its error as the caller says', () => {
  const params = { asOf: date({ description: 'd' }), limit: integer({ description: 'n', min: 1, default: 20 }) };
  assert.deepEqual(readParams(params, { asOf: '2020-01-01', other: 'ignored' }), { asOf: '2020-01-01', limit: 20 });
  fails(() => readParams(params, { asOf: 'x' }, (n) => `--${n}`), /^--asOf: expected a date/);
});
