// One fictional readout saved as .txt, .md, .html and .pdf must give the same text and the same record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestedText } from '../../src/ingest/index.ts';
import { extractRecord } from '../../src/extract/index.ts';
import { buildReadoutPdf } from './pdf-builder.ts';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const txt = readFileSync(here('valdoria.txt'));

async function allFormats(): Promise<Record<string, IngestedText>> {
  const paragraphs = txt.toString('utf8').trim().split('\n\n');
  const pdf = await buildReadoutPdf(paragraphs, { title: paragraphs[0], runningHeader: 'Ministry of Foreign Affairs of Valdoria', pageNumbers: true });
  return {
    txt: await ingest({ bytes: txt, path: 'valdoria.txt' }),
    md: await ingest({ bytes: readFileSync(here('valdoria.md')), path: 'valdoria.md' }),
    html: await ingest({ bytes: readFileSync(here('pages/valdoria-mofa.html')), path: 'valdoria.html' }),
    pdf: await ingest({ bytes: pdf, path: 'valdoria.pdf' }),
  };
}

test('every format gives the text of the .txt readout, with the same title and date', async () => {
  const formats = await allFormats();
  const expected = txt.toString('utf8').trimEnd();
  for (const [format, ingested] of Object.entries(formats)) {
    assert.equal(ingested.format, format);
    assert.equal(ingested.text, expected, `${format} text differs from the .txt`);
    assert.equal(ingested.title, 'Meeting between Prime Minister Aldo Merren of Valdoria and President Tomas Vell of Norvania', `${format} title`);
    assert.equal(ingested.date, '2024-03-14', `${format} date`);
  }
});

test('every format gives the same record, apart from document.source', async () => {
  const formats = await allFormats();
  const strip = (i: IngestedText) => {
    const record = extractRecord(i);
    const { source, ...document } = record.document;
    assert.equal(source.format, i.format);
    return { ...record, document };
  };
  const reference = strip(formats.txt);
  for (const format of ['md', 'html', 'pdf']) assert.deepEqual(strip(formats[format]), reference, `${format} record differs from the .txt record`);
});
