// parseDueDate against the spec's rules (../shared/spec/record.md, "Commitment"), one row a case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDueDate } from './index.ts';

type Row = [expression: string, reference: string, start: string | null, end?: string];

function check(rows: Row[]) {
  for (const [expression, reference, start, end] of rows) {
    const got = parseDueDate(expression, reference);
    const want = start === null ? null : { text: expression.trim(), start, end };
    assert.deepEqual(got, want, `${expression} (said ${reference})`);
  }
}

test('the spec examples', () => check([
  ['on December 20', '2003-12-16', '2003-12-20', '2003-12-20'],
  ['from August 16 to 20', '2018-08-01', '2018-08-16', '2018-08-20'],
  ['in July', '2009-05-12', '2009-07-01', '2009-07-31'],
  ['in 2012', '2009-05-12', '2012-01-01', '2012-12-31'],
  ['in the first half of 2004', '2003-12-16', '2004-01-01', '2004-06-30'],
  ['the first half of 2004', '2003-12-16', '2004-01-01', '2004-06-30'],
  ['the third quarter', '2018-02-01', '2018-07-01', '2018-09-30'],
  ['early 2018', '2017-06-01', '2018-01-01', '2018-04-30'],
  ['mid 2018', '2017-06-01', '2018-05-01', '2018-08-31'],
  ['late 2018', '2017-06-01', '2018-09-01', '2018-12-31'],
  ['early June', '2018-01-10', '2018-06-01', '2018-06-10'],
  ['mid June', '2018-01-10', '2018-06-11', '2018-06-20'],
  ['late June', '2018-01-10', '2018-06-21', '2018-06-30'],
  ['this year', '2018-03-05', '2018-03-05', '2018-12-31'],
  ['later this year', '2018-03-05', '2018-03-05', '2018-12-31'],
  ['next year', '2018-03-05', '2019-01-01', '2019-12-31'],
  ['before the end of 2017', '2017-11-10', '2017-11-10', '2017-12-31'],
]));

test('a month without a year is the next such month on or after the reference date', () => check([
  ['in July', '2009-07-20', '2009-07-01', '2009-07-31'],
  ['in January', '2019-12-10', '2020-01-01', '2020-01-31'],
  ['in December', '2019-12-10', '2019-12-01', '2019-12-31'],
  ['in November', '2019-12-10', '2020-11-01', '2020-11-30'],
  ['on December 15', '2003-12-16', '2004-12-15', '2004-12-15'],
  ['on December 16', '2003-12-16', '2003-12-16', '2003-12-16'],
  ['in July 2010', '2009-05-12', '2010-07-01', '2010-07-31'],
  ['in July this year', '2009-05-12', '2009-07-01', '2009-07-31'],
  ['in July next year', '2009-05-12', '2010-07-01', '2010-07-31'],
  ['in Sept. 2004', '2003-12-16', '2004-09-01', '2004-09-30'],
  ['in Sept.', '2003-12-16', '2004-09-01', '2004-09-30'],
]));

test('next May is strictly after the reference date; this and last look around it', () => check([
  ['next May', '2019-05-10', '2020-05-01', '2020-05-31'],
  ['next May', '2019-05-01', '2020-05-01', '2020-05-31'],
  ['next May', '2019-04-30', '2019-05-01', '2019-05-31'],
  ['next January', '2019-12-31', '2020-01-01', '2020-01-31'],
  ['this May', '2019-08-01', '2019-05-01', '2019-05-31'],
  ['last May', '2019-05-10', '2018-05-01', '2018-05-31'],
]));

test('this year and the year end', () => check([
  ['this year', '2019-12-31', '2019-12-31', '2019-12-31'],
  ['this year', '2019-01-01', '2019-01-01', '2019-12-31'],
  ['later this year', '2019-12-31', '2019-12-31', '2019-12-31'],
  ['later in the year', '2019-06-15', '2019-06-15', '2019-12-31'],
  ['within this year', '2019-06-15', '2019-06-15', '2019-12-31'],
  ['within the year', '2019-06-15', '2019-06-15', '2019-12-31'],
  ['by the end of the year', '2019-03-03', '2019-03-03', '2019-12-31'],
  ['by the end of this year', '2019-03-03', '2019-03-03', '2019-12-31'],
  ['at the end of the year', '2019-03-03', '2019-12-01', '2019-12-31'],
  ['by year-end', '2019-03-03', '2019-03-03', '2019-12-31'],
  ['next year', '2019-12-31', '2020-01-01', '2020-12-31'],
  ['early next year', '2019-12-31', '2020-01-01', '2020-04-30'],
  ['the first half of next year', '2019-12-31', '2020-01-01', '2020-06-30'],
  ['early this year', '2019-06-01', '2019-01-01', '2019-04-30'],
]));

test('early, mid and late of a month and of a year, with leap years', () => check([
  ['in early May', '2019-05-10', '2019-05-01', '2019-05-10'],
  ['in early May', '2019-05-11', '2020-05-01', '2020-05-10'],
  ['mid-July', '2019-01-01', '2019-07-11', '2019-07-20'],
  ['late February', '2019-01-01', '2019-02-21', '2019-02-28'],
  ['late February', '2020-01-01', '2020-02-21', '2020-02-29'],
  ['late February 2024', '2019-01-01', '2024-02-21', '2024-02-29'],
  ['early-2019', '2018-06-01', '2019-01-01', '2019-04-30'],
  ['mid-2019', '2018-06-01', '2019-05-01', '2019-08-31'],
  ['in late 2019', '2018-06-01', '2019-09-01', '2019-12-31'],
  ['in early 2019', '2018-06-01', '2019-01-01', '2019-04-30'],
  ['early in 2019', '2018-06-01', '2019-01-01', '2019-04-30'],
  ['the beginning of 2019', '2018-06-01', '2019-01-01', '2019-01-31'],
  ['the middle of 2019', '2018-06-01', '2019-05-01', '2019-08-31'],
  ['the end of March', '2019-01-10', '2019-03-21', '2019-03-31'],
  ['the end of 2019', '2018-06-01', '2019-12-01', '2019-12-31'],
  ['the latter part of 2019', '2018-06-01', '2019-09-01', '2019-12-31'],
]));

test('quarters and halves', () => check([
  ['in the first quarter of 2022', '2022-01-21', '2022-01-01', '2022-03-31'],
  ['the fourth quarter', '2019-11-20', '2019-10-01', '2019-12-31'],
  ['the first quarter', '2019-11-20', '2020-01-01', '2020-03-31'],
  ['the last quarter of 2020', '2019-11-20', '2020-10-01', '2020-12-31'],
  ['Q2 2021', '2020-11-20', '2021-04-01', '2021-06-30'],
  ['H2 2021', '2020-11-20', '2021-07-01', '2021-12-31'],
  ['the second half of 2019', '2019-01-01', '2019-07-01', '2019-12-31'],
  ['the latter half of 2010', '2009-01-01', '2010-07-01', '2010-12-31'],
  ['in the second half', '2019-05-10', '2019-07-01', '2019-12-31'],
  ['in the first half', '2019-07-10', '2020-01-01', '2020-06-30'],
  ['the first half of July', '2019-05-10', '2019-07-01', '2019-07-15'],
]));

test('seasons are meteorological; winter runs into the next year', () => check([
  ['in the spring of 2019', '2018-01-01', '2019-03-01', '2019-05-31'],
  ['summer 2019', '2018-01-01', '2019-06-01', '2019-08-31'],
  ['in autumn 2019', '2018-01-01', '2019-09-01', '2019-11-30'],
  ['in the fall of 2019', '2018-01-01', '2019-09-01', '2019-11-30'],
  ['winter 2018', '2017-01-01', '2018-12-01', '2019-02-28'],
  ['winter 2019', '2017-01-01', '2019-12-01', '2020-02-29'],
  ['this winter', '2019-01-15', '2018-12-01', '2019-02-28'],
  ['this winter', '2018-11-15', '2018-12-01', '2019-02-28'],
  ['next winter', '2019-01-15', '2019-12-01', '2020-02-29'],
  ['in winter', '2019-03-01', '2019-12-01', '2020-02-29'],
  ['in winter', '2019-02-10', '2018-12-01', '2019-02-28'],
  ['in the summer', '2019-07-10', '2019-06-01', '2019-08-31'],
  ['next summer', '2019-07-10', '2020-06-01', '2020-08-31'],
  ['early spring 2020', '2019-01-01', '2020-03-01', '2020-03-31'],
  ['late winter 2019', '2019-01-01', '2020-02-01', '2020-02-29'],
]));

test('deadlines run from the reference date to the end of what they name', () => check([
  ['by the end of 2017', '2017-02-01', '2017-02-01', '2017-12-31'],
  ['before the end of 2017', '2017-11-10', '2017-11-10', '2017-12-31'],
  ['before March', '2019-12-10', '2019-12-10', '2020-03-31'],
  ['by March', '2019-01-10', '2019-01-10', '2019-03-31'],
  ['no later than June 30', '2019-02-01', '2019-02-01', '2019-06-30'],
  ['not later than 30 June 2020', '2019-02-01', '2019-02-01', '2020-06-30'],
  ['by 2030', '2019-02-01', '2019-02-01', '2030-12-31'],
  ['by sometime between 2020 and 2022', '2009-05-12', '2009-05-12', '2022-12-31'],
  ['by the end of 2017', '2018-03-01', '2017-12-01', '2017-12-31'], // already past: X itself
]));

test('days and spans of days in every order', () => check([
  ['from August 16 to 20', '2018-08-17', '2018-08-16', '2018-08-20'],
  ['from 16 to 20 August', '2018-01-01', '2018-08-16', '2018-08-20'],
  ['between May 3 and 5, 2019', '2019-01-01', '2019-05-03', '2019-05-05'],
  ['between 3 and 5 May 2019', '2018-01-01', '2019-05-03', '2019-05-05'],
  ['from August 30 to September 2', '2018-01-01', '2018-08-30', '2018-09-02'],
  ['from December 30 to January 2', '2019-06-01', '2019-12-30', '2020-01-02'],
  ['from December 15 to December 17', '2003-12-16', '2003-12-15', '2003-12-17'],
  ['from 30 August to 2 September 2018', '2018-01-01', '2018-08-30', '2018-09-02'],
  ['August 16-20', '2018-01-01', '2018-08-16', '2018-08-20'],
  ['16–20 August 2018', '2017-01-01', '2018-08-16', '2018-08-20'],
  ['from May to July 2019', '2018-01-01', '2019-05-01', '2019-07-31'],
  ['between 2020 and 2022', '2009-05-12', '2020-01-01', '2022-12-31'],
  ['in 2020-2022', '2009-05-12', '2020-01-01', '2022-12-31'],
  ['on the 20th of December', '2003-12-01', '2003-12-20', '2003-12-20'],
  ['on December 20th', '2003-12-01', '2003-12-20', '2003-12-20'],
  ['on 20 Dec. 2003', '2003-12-01', '2003-12-20', '2003-12-20'],
  ['on Monday, 15 December 2003', '2003-12-01', '2003-12-15', '2003-12-15'],
  ['on February 29', '2019-06-01', '2020-02-29', '2020-02-29'],
  ['in the year 2012', '2009-05-12', '2012-01-01', '2012-12-31'],
  ['sometime in 2021', '2020-05-12', '2021-01-01', '2021-12-31'],
  ['in 1900', '1899-05-12', '1900-01-01', '1900-12-31'],
  ['in 2199', '2009-05-12', '2199-01-01', '2199-12-31'],
  ['during 2021', '2020-05-12', '2021-01-01', '2021-12-31'],
]));

test('starting points, bounds and phrasing variants', () => check([
  ['from April', '2019-05-10', '2020-04-01', '2020-04-30'],
  ['starting next month', '2019-05-10', '2019-06-01', '2019-06-30'],
  ['by end of 2019', '2019-05-10', '2019-05-10', '2019-12-31'],
  ['by the end of the month', '2019-05-10', '2019-05-10', '2019-05-31'],
  ['at the end of the month', '2019-05-10', '2019-05-21', '2019-05-31'],
  ['between now and 2025', '2019-05-10', '2019-05-10', '2025-12-31'],
  ['from 2020 to 2022', '2019-05-10', '2020-01-01', '2022-12-31'],
  ['in late summer', '2019-05-10', '2019-08-01', '2019-08-31'],
  ['toward the end of the year', '2019-05-10', '2019-12-01', '2019-12-31'],
  ['at the beginning of next month', '2019-05-10', '2019-06-01', '2019-06-10'],
  ['in the spring of next year', '2019-05-10', '2020-03-01', '2020-05-31'],
  ['on or before June 30', '2019-05-10', '2019-05-10', '2019-06-30'],
]));

test('relative days, weeks and months', () => check([
  ['today', '2019-05-10', '2019-05-10', '2019-05-10'],
  ['tomorrow', '2019-12-31', '2020-01-01', '2020-01-01'],
  ['next week', '2019-05-10', '2019-05-13', '2019-05-19'],
  ['this week', '2019-05-10', '2019-05-10', '2019-05-12'],
  ['next month', '2019-12-10', '2020-01-01', '2020-01-31'],
  ['this month', '2019-12-10', '2019-12-10', '2019-12-31'],
  ['within two years', '2019-05-10', '2019-05-10', '2021-05-10'],
  ['within a month', '2019-01-31', '2019-01-31', '2019-02-28'],
  ['in the next three months', '2019-05-10', '2019-05-10', '2019-08-10'],
  ['earlier this year', '2019-05-10', '2019-01-01', '2019-05-09'],
]));

test('vague times and expressions that are no due date give null', () => check([
  ['in the coming months', '2019-01-01', null],
  ['at an early date', '2019-01-01', null],
  ['in the near future', '2019-01-01', null],
  ['as soon as possible', '2019-01-01', null],
  ['at an early stage', '2019-01-01', null],
  ['in due course', '2019-01-01', null],
  ['soon', '2019-01-01', null],
  ['since January 2003', '2003-12-16', null],
  ['until 2020', '2003-12-16', null],
  ['after the summit', '2003-12-16', null],
  ['earlier this year', '2019-01-01', null],
  ['the next Quad Leaders Meeting', '2022-01-21', null],
  ['COVID-19', '2022-01-21', null],
  ['2+2', '2022-01-21', null],
  ['28 nuclear facilities', '2009-05-12', null],
  ['in 1850', '2009-05-12', null],
  ['in 2200', '2009-05-12', null],
  ['in the coming year', '2009-05-12', null],
  ['in the first half of the meeting', '2009-05-12', null],
  ['on February 30, 2019', '2009-05-12', null],
  ['', '2009-05-12', null],
  ['visit Russia in July', '2009-05-12', null],
]));

test('fiscal years give null: the text does not say whose fiscal year (April, July or October start)', () => check([
  ['in fiscal 2020', '2019-01-01', null],
  ['in fiscal year 2020', '2019-01-01', null],
  ['in FY2020', '2019-01-01', null],
  ['in FY 2020', '2019-01-01', null],
]));

test('the text keeps the original words, trimmed of space and closing punctuation', () => {
  assert.deepEqual(parseDueDate('  in the First Half of 2004. ', '2003-12-16'), { text: 'in the First Half of 2004', start: '2004-01-01', end: '2004-06-30' });
  assert.deepEqual(parseDueDate('by the end of 2017,', '2017-11-10'), { text: 'by the end of 2017', start: '2017-11-10', end: '2017-12-31' });
});

test('a named event takes its known dates', () => {
  const events = [
    { name: 'summit meeting', start: '2009-07-01', end: '2009-07-31' },
    { name: 'summit meeting', start: '2009-02-01', end: '2009-02-28', place: 'Port Kestrel' },
  ];
  assert.deepEqual(parseDueDate('at the summit meeting', '2009-05-12', events), { text: 'at the summit meeting', start: '2009-07-01', end: '2009-07-31' });
  assert.deepEqual(parseDueDate('before the summit meeting', '2009-05-12', events), { text: 'before the summit meeting', start: '2009-05-12', end: '2009-07-31' });
  assert.deepEqual(parseDueDate('at the summit meeting in Port Kestrel', '2009-05-12', events), { text: 'at the summit meeting in Port Kestrel', start: '2009-02-01', end: '2009-02-28' });
  assert.deepEqual(parseDueDate('before the summit meeting in June', '2009-05-12', events), { text: 'before the summit meeting in June', start: '2009-05-12', end: '2009-06-30' });
  assert.equal(parseDueDate('at the summit meeting', '2009-05-12'), null);
});

test('a reference that is not a calendar date is a clear error', () => {
  assert.throws(() => parseDueDate('in July', '12 May 2009'), { name: 'RangeError', message: 'reference date "12 May 2009": expected a calendar date as YYYY-MM-DD' });
  assert.throws(() => parseDueDate('in July', '2009-02-30'), /reference date "2009-02-30"/);
});
