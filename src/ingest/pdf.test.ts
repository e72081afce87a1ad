import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import { buildReadoutPdf } from '../../test/formats/pdf-builder.ts';
import { linesToParagraphs, dropPageFurniture, type PdfLine } from './pdf.ts';
import { ingest } from './index.ts';
import { InputError } from './types.ts';

const line = (text: string, y: number, page = 1, right = 380, size = 10): PdfLine => ({ text, page, x: 42, y, right, size });

test('wrapped lines join; larger gaps, list markers and new sentences after short lines split', () => {
  const lines = [
    line('The two leaders agreed that the ministers', 500), line('would meet in Karsk.', 487, 1, 150),
    line('1. Overview', 462, 1, 100),
    line('Prime Minister Merren stated that the Indo-', 437), line('Pacific region mattered.', 424, 1, 160),
    line('• First document', 411, 1, 120), line('• Second document', 398, 1, 120),
  ];
  assert.deepEqual(linesToParagraphs(lines), [
    'The two leaders agreed that the ministers would meet in Karsk.', '1. Overview',
    'Prime Minister Merren stated that the Indo-Pacific region mattered.', '• First document', '• Second document',
  ]);
});

test('a paragraph continues across a page break mid-sentence', () => {
  const lines = [line('It was agreed that the two', 60), line('governments would cooperate.', 540, 2, 200), line('Next paragraph.', 515, 2, 120)];
  assert.deepEqual(linesToParagraphs(lines), ['It was agreed that the two governments would cooperate.', 'Next paragraph.']);
});

test('page numbers and running headers are dropped', () => {
  const lines = [
    line('MFA Valdoria', 570, 1), line('Body one.', 500, 1), line('- 1 -', 30, 1),
    line('MFA Valdoria', 570, 2), line('Body two.', 500, 2), line('Page 2 of 2', 30, 2),
  ];
  assert.deepEqual(dropPageFurniture(lines, 2).map((l) => l.text), ['Body one.', 'Body two.']);
});

test('a PDF readout reads back as paragraphs with its title', async () => {
  const bytes = await buildReadoutPdf(['Talks in Karsk', 'May 2, 2024', 'The two ministers met in Karsk and agreed on a joint plan for the ferry route across the Gulf of Ambar, to open in 2025.'], { title: 'Talks in Karsk' });
  const r = await ingest({ bytes, path: 'talks.pdf' });
  assert.equal(r.format, 'pdf');
  assert.equal(r.title, 'Talks in Karsk');
  assert.equal(r.date, '2024-05-02');
  assert.equal(r.text, 'Talks in Karsk\n\nMay 2, 2024\n\nThe two ministers met in Karsk and agreed on a joint plan for the ferry route across the Gulf of Ambar, to open in 2025.');
});

test('a PDF without a text layer is a clear error', async () => {
  const bytes = await buildReadoutPdf([], { imageOnly: true });
  await assert.rejects(ingest({ bytes, path: 'scan.pdf' }), (e: unknown) => e instanceof InputError && e.message === 'scan.pdf: PDF has no text layer (scanned image?)');
  const empty = await (await PDFDocument.create()).save();
  await assert.rejects(ingest({ bytes: empty, path: 'empty.pdf' }), /empty\.pdf: (PDF has no text layer|not a readable PDF)/);
});

test('a damaged PDF is a clear error, not a crash', async () => {
  const bytes = await buildReadoutPdf(['Talks in Karsk', 'Body text of the readout.']);
  const cut = bytes.slice(0, Math.floor(bytes.length / 3));
  await assert.rejects(ingest({ bytes: cut, path: 'cut.pdf' }), (e: unknown) => e instanceof InputError && /^cut\.pdf: /.test(e.message) && !e.message.includes('\n'));
  await assert.rejects(ingest({ bytes: Buffer.from('%PDF-1.7\nthis is not a pdf at all'), path: 'fake.pdf' }), (e: unknown) => e instanceof InputError && /^fake\.pdf: /.test(e.message));
});
