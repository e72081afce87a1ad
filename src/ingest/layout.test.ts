import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutReadout } from './layout.ts';
import { parseDateLine, parseMetadataDate, formatDateLine } from './dates.ts';
import { readHead } from './head.ts';

test('the title and dateline go first when the body lacks them', () => {
  assert.equal(layoutReadout(['Body one.', 'Body two.'], 'The Title', '2024-03-14'), 'The Title\n\nMarch 14, 2024\n\nBody one.\n\nBody two.');
});

test('a body that starts with its title gets the dateline after it, once', () => {
  assert.equal(layoutReadout(['The Title', 'Body.'], 'The Title', '2024-03-14'), 'The Title\n\nMarch 14, 2024\n\nBody.');
  assert.equal(layoutReadout(['The Title', '14 March 2024', 'Body.'], 'The Title', '2024-03-14'), 'The Title\n\n14 March 2024\n\nBody.');
  assert.equal(layoutReadout(['(PROVISIONAL TRANSLATION)', 'The Title', 'Body.'], 'The Title', null), '(PROVISIONAL TRANSLATION)\n\nThe Title\n\nBody.');
});

test('furniture paragraphs are dropped', () => {
  assert.equal(layoutReadout(['print PRINT', 'Body.', 'Back to Index', 'Back to top']), 'Body.');
});

test('datelines in the shapes readouts use', () => {
  assert.equal(parseDateLine('January 21, 2022'), '2022-01-21');
  assert.equal(parseDateLine('16 DECEMBER 2023'), '2023-12-16');
  assert.equal(parseDateLine('Friday, May 12, 2009'), '2009-05-12');
  assert.equal(parseDateLine('Sept. 3, 2019'), '2019-09-03');
  assert.equal(parseDateLine('February 30, 2022'), null);
  assert.equal(parseDateLine('May the leaders meet, 2022'), null);
  assert.equal(parseMetadataDate('2024-05-02T18:45:00-04:00'), '2024-05-02');
  assert.equal(parseMetadataDate(new Date(Date.UTC(2020, 1, 29))), '2020-02-29');
  assert.equal(parseMetadataDate('yesterday'), null);
  assert.equal(formatDateLine('2003-12-06'), 'December 6, 2003');
});

test('the head of a readout text gives title and date', () => {
  assert.deepEqual(readHead('(PROVISIONAL TRANSLATION)\n\nVisit to Valdoria\nSummary of Results\n\nDecember 16, 2003\n\nBody.'), { title: 'Visit to Valdoria', date: '2003-12-16' });
  assert.deepEqual(readHead('No date here.\n\nBody.'), { title: null, date: null });
});
