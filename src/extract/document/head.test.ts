// The document head a reader sees first: title, subtitle, dateline, the
// provisional-translation flag, and the --date fallback. All readouts are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, sliceOf } from '../test-helpers.test-util.ts';

const BODY = 'President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria.';

describe('title and subtitle', () => {
  test('the first line is the title and its span slices to it', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n\nMarch 4, 2021\n\n${BODY}\n`);
    assert.equal(r.document.title, 'Visit to the Kingdom of Kestria by President Dalen Moravik');
    assert.ok(r.document.titleSpan);
    assert.equal(sliceOf(r, r.document.titleSpan), r.document.title);
    assert.equal(r.document.subtitle ?? null, null);
  });

  test('"(Overview)" under the title is the subtitle, without parentheses, and makes an overview', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n(Overview)\n\nMarch 4, 2021\n\n${BODY}\n`);
    assert.equal(r.document.subtitle, 'Overview');
    assert.equal(r.document.kind, 'overview');
  });

  test('"Summary of Results" under the title is the subtitle and makes a summary of results', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\nSummary of Results\n\nMarch 4, 2021\n\n${BODY}\n`);
    assert.equal(r.document.subtitle, 'Summary of Results');
    assert.equal(r.document.kind, 'summary-of-results');
  });

  test('"(PROVISIONAL TRANSLATION)" above the title sets the flag and is not the title', () => {
    const r = extractText(`(PROVISIONAL TRANSLATION)\n\nVisit to the Kingdom of Kestria by President Dalen Moravik\nSummary of Results\n\nMarch 4, 2021\n\n${BODY}\n`);
    assert.equal(r.document.provisionalTranslation, true);
    assert.equal(r.document.title, 'Visit to the Kingdom of Kestria by President Dalen Moravik');
    assert.equal(r.document.subtitle, 'Summary of Results');
  });

  test('without that line the flag is false', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n\nMarch 4, 2021\n\n${BODY}\n`);
    assert.equal(r.document.provisionalTranslation, false);
  });
});

describe('dateline', () => {
  for (const [line, iso] of [
    ['March 4, 2021', '2021-03-04'],
    ['4 March 2021', '2021-03-04'],
    ['Thursday, March 4, 2021', '2021-03-04'],
    ['2021-03-04', '2021-03-04'],
  ]) {
    test(`"${line}" gives ${iso} and its span`, () => {
      const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n\n${line}\n\n${BODY}\n`);
      assert.equal(r.document.date, iso);
      assert.ok(r.document.dateSpan);
      assert.equal(sliceOf(r, r.document.dateSpan), line);
    });
  }

  test('the dateline is not taken for the title or subtitle', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n\n4 March 2021\n\n${BODY}\n`);
    assert.equal(r.document.title, 'Visit to the Kingdom of Kestria by President Dalen Moravik');
    assert.equal(r.document.subtitle ?? null, null);
  });

  test('--date is used where the text has no dateline, and days in the text resolve against it', () => {
    const text = `Kestrian Foreign Minister Mara Quist Meets Varenian Envoy\n\nForeign Minister Mara Quist met Ambassador Tavo Renk of the Republic of Varenia today.\n`;
    const r = extractText(text, { date: '2023-06-01' });
    assert.equal(r.document.date, '2023-06-01');
    assert.equal(r.document.dateSpan ?? null, null);
    assert.equal(r.meetings[0]?.date, '2023-06-01');
  });

  test('without a dateline or --date the date is null', () => {
    const text = `Kestrian Foreign Minister Mara Quist Meets Varenian Envoy\n\nForeign Minister Mara Quist met Ambassador Tavo Renk of the Republic of Varenia today.\n`;
    const r = extractText(text);
    assert.equal(r.document.date, null);
    assert.equal(r.meetings[0]?.date ?? null, null);
  });

  test('a dateline in the text wins over --date', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n\nMarch 4, 2021\n\n${BODY}\n`, { date: '2020-01-01' });
    assert.equal(r.document.date, '2021-03-04');
  });
});

describe('source', () => {
  test('the source records what the caller gave', () => {
    const r = extractText(`Visit to the Kingdom of Kestria by President Dalen Moravik\n\nMarch 4, 2021\n\n${BODY}\n`, { url: 'https://example.org/varenia' });
    assert.deepEqual(r.document.source, { path: 'x.txt', url: 'https://example.org/varenia', sha256: 'test', format: 'txt', encoding: 'utf-8' });
    assert.equal(r.schema, 'readout.record/v1');
  });
});
