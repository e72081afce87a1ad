// findDue: the time of the action inside a commitment's clause, with its offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDue, type NamedEvent } from './index.ts';

type Row = [clause: string, reference: string, text: string | null, start?: string, end?: string];

function check(rows: Row[], events?: NamedEvent[]) {
  for (const [clause, reference, text, start, end] of rows) {
    const got = findDue(clause, reference, events);
    if (text === null) { assert.equal(got, null, clause); continue; }
    assert.ok(got, `no due found in: ${clause}`);
    assert.deepEqual({ text: got.text, start: got.start, end: got.end }, { text, start, end }, clause);
    assert.equal(clause.slice(got.index, got.index + got.text.length), got.text, `index of ${text} in: ${clause}`);
  }
}

test('due expressions anywhere in the clause', () => check([
  ['visit Osterland in the first half of 2004 to extensively discuss the border treaty with Foreign Minister Vell', '2003-12-16', 'in the first half of 2004', '2004-01-01', '2004-06-30'],
  ['host the next Global Harbour Summit in the first quarter of 2022', '2022-01-21', 'in the first quarter of 2022', '2022-01-01', '2022-03-31'],
  ['discuss the river issue in detail at the summit meeting in July', '2009-05-12', 'in July', '2009-07-01', '2009-07-31'],
  ['send a business mission from August 16 to 20', '2018-06-01', 'from August 16 to 20', '2018-08-16', '2018-08-20'],
  ['complete the project before the end of 2017', '2017-11-10', 'before the end of 2017', '2017-11-10', '2017-12-31'],
  ['visit Varenia next year', '2019-05-05', 'next year', '2020-01-01', '2020-12-31'],
  ['will hold the next round of talks in early 2019', '2018-06-01', 'in early 2019', '2019-01-01', '2019-04-30'],
  ['send a trade delegation from 16 to 20 August, led by Minister Ostrow', '2018-06-01', 'from 16 to 20 August', '2018-08-16', '2018-08-20'],
  ['ratify the treaty no later than June 30', '2021-02-01', 'no later than June 30', '2021-02-01', '2021-06-30'],
  ['open the consulate in Port Kestrel in Sept. 2024', '2024-01-10', 'in Sept. 2024', '2024-09-01', '2024-09-30'],
  ['celebrate 60 years of diplomatic relations in 2026', '2023-12-16', 'in 2026', '2026-01-01', '2026-12-31'],
  ['that the next round of talks will be held in early 2019', '2018-06-01', 'in early 2019', '2019-01-01', '2019-04-30'],
  ['attend the summit to be held in July', '2009-05-12', 'in July', '2009-07-01', '2009-07-31'],
  ['meet again on the sidelines of the Harbour Forum scheduled for next May', '2021-05-10', 'for next May', '2022-05-01', '2022-05-31'],
]));

test('times that are not about when the action happens are skipped', () => check([
  ['implement the Action Plan adopted in 2003', '2009-05-12', null],
  ['continue the progress achieved since January 2003', '2003-12-16', null],
  ['build on the partnership announced in April 2021', '2022-01-21', null],
  ['advance cooperation, including preparations for the Harbour Summit in Port Kestrel to be held in 2012, as well as energy', '2009-05-12', null],
  ['follow up on the summit meeting in Kestria held in February', '2009-05-12', null],
  ['keep to the Energy Strategy until 2020', '2003-12-16', null],
  ['end the COVID-19 pandemic', '2022-01-21', null],
  ['launch an economic 2+2 dialogue', '2022-01-21', null],
  ['build 28 nuclear facilities', '2009-05-12', null],
  ['cut emissions to below their level at 2020 levels', '2019-05-12', null],
  ['host the games in 2030 and 2034', '2019-05-12', 'in 2030', '2030-01-01', '2030-12-31'],
  ['resolve the remaining issues as soon as possible', '2003-12-16', null],
  ['conclude a peace treaty at an early date', '2003-12-16', null],
  ['consult closely in the coming months', '2019-01-01', null],
  ['expand the project in fiscal 2020', '2019-01-01', null],
  ['may visit soon', '2019-01-01', null],
  ['meet Prime Minister May in London', '2019-01-01', null],
  ['prices fall in value', '2019-01-01', null],
]));

test('the time of the action wins over times of other things in the clause', () => check([
  ['During the talks on December 15, the Foreign Minister stated that she wished to visit Osterland in the first half of 2004', '2003-12-15', 'in the first half of 2004', '2004-01-01', '2004-06-30'],
  ['on the occasion of the ministerial meeting on December 20 he would like to ask the Osterland side for its support', '2003-12-16', 'on December 20', '2003-12-20', '2003-12-20'],
  ['visit the plant, built in 1998, next spring', '2019-01-10', 'next spring', '2019-03-01', '2019-05-31'],
  ['since the adoption of the Action Plan in 2003, work to deepen ties by 2030', '2009-05-12', 'by 2030', '2009-05-12', '2030-12-31'],
  ['build 28 nuclear facilities by sometime between 2020 and 2022', '2009-05-12', 'by sometime between 2020 and 2022', '2009-05-12', '2022-12-31'],
]));

test('a bare mention of a dated event takes its dates; a written date next to it wins', () => {
  const events: NamedEvent[] = [
    { name: 'summit meeting', start: '2009-07-01', end: '2009-07-31' },
    { name: 'summit meeting', start: '2009-02-01', end: '2009-02-28', place: 'Kestria' },
    { name: 'Harbour Summit', start: '2012-01-01', end: '2012-12-31', place: 'Port Kestrel' },
  ];
  check([
    ['all options would be discussed at the summit meeting', '2009-05-12', 'at the summit meeting', '2009-07-01', '2009-07-31'],
    ['discuss the river issue at the summit meeting in July', '2009-05-12', 'at the summit meeting in July', '2009-07-01', '2009-07-31'],
    ['discuss the river issue at the summit meeting in September', '2009-05-12', 'at the summit meeting in September', '2009-09-01', '2009-09-30'],
    ['present the plan at the Harbour Summit', '2009-05-12', 'at the Harbour Summit', '2012-01-01', '2012-12-31'],
    ['review what was said at the summit meeting in Kestria', '2009-05-12', null],
    ['talk at the meeting', '2009-05-12', null],
  ], events);
});

test('every clause: no throw, and a found text sits at its index', () => {
  const pieces = ['in', 'July', 'May', '2019', '-', '20', 'from', 'to', 'the', 'first', 'half', 'of', 'early', 'by', 'next', 'year', ',', '.', 'winter', 'since', 'held', 'COVID', 'Sept', '16th', 'between', 'and', 'end', ' ', 'x'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.string(), (parts, noise) => {
    for (const clause of [parts.join(' '), parts.join(''), noise]) {
      const got = findDue(clause, '2019-05-10');
      if (got) {
        assert.equal(clause.slice(got.index, got.index + got.text.length), got.text);
        assert.ok(got.start <= got.end, `${got.start} > ${got.end} in ${clause}`);
        assert.ok(got.end >= '2019-05-10', `past due in ${clause}`);
      }
    }
  }), { numRuns: 2000 });
});
