// The kind of document a reader sees: joint statement, readout, transcript, press release.
// All readouts are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText } from '../test-helpers.test-util.ts';

const BODY = 'President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria.';

describe('kind', () => {
  test('a joint statement by its title', () => {
    const r = extractText(`Joint Statement of the Republic of Varenia and the Kingdom of Kestria\n\nMarch 4, 2021\n\nThe two governments reaffirmed their friendship.\n`);
    assert.equal(r.document.kind, 'joint-statement');
  });

  test('a readout of a meeting', () => {
    const r = extractText(`Readout of President Moravik's Meeting with Prime Minister Brunnhold\n\nMarch 4, 2021\n\n${BODY}\n`);
    assert.equal(r.document.kind, 'readout');
  });

  test('a transcript written as turns', () => {
    const r = extractText(`Press Conference by Foreign Minister Mara Quist\n\nMarch 4, 2021\n\nQ: Will the treaty be signed this year?\n\nQuist: We expect so.\n`);
    assert.equal(r.document.kind, 'transcript');
  });

  test('a release listing signed documents', () => {
    const r = extractText(`List of Agreements Signed during the Visit of President Moravik\n\nMarch 4, 2021\n\n1. Agreement between the Republic of Varenia and the Kingdom of Kestria on Air Services – Exchanged by Foreign Minister Tavo Renk and Foreign Minister Mara Quist\n`);
    assert.equal(r.document.kind, 'press-release');
    assert.equal(r.documents.length, 1);
  });
});
