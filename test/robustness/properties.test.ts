// Property-based tests: no input string throws; every span lies within the text and matches
// it; extraction is deterministic. Over arbitrary strings and readout-shaped ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { extractRecord } from '../../src/extract/index.ts';
import { segment } from '../../src/segment/index.ts';
import { ingest, InputError, normalizeText, type IngestedText } from '../../src/ingest/index.ts';
import { readHtml } from '../../src/ingest/html.ts';
import { readMarkdown } from '../../src/ingest/markdown.ts';
import { spanProblems } from './spans.ts';

const RUNS = Number(process.env.READOUT_PROPERTY_RUNS ?? 150);

/** The IngestedText a .txt readout with this content would give. */
function asIngested(raw: string): IngestedText {
  const text = normalizeText(raw);
  return { text, format: 'txt', encoding: 'utf-8', sha256: createHash('sha256').update(text).digest('hex') };
}

const word = fc.constantFrom('Valdoria', 'Norvania', 'Karsk', 'the', 'two', 'leaders', 'Mr.', 'U.S.', 'No. 2', 'H.E.', 'cooperation', 'in', 'March', '2024', '“open”', '—', 'Café', 'مرحبا', '日本', '👍🏽', '\u200F', 'e\u0301');
const phrase = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const person = fc.tuple(fc.constantFrom('Prime Minister', 'President', 'Foreign Minister', 'Chairman', 'King', 'Dr.'), fc.constantFrom('Aldo Merren', 'Tomas Vell', 'MERREN Aldo', 'Vell, Tomas', 'Ilse Caradine')).map(([t, n]) => `${t} ${n}`);
const verb = fc.constantFrom('stated that', 'expressed his hope that', 'agreed that', 'said', 'welcomed', 'confirmed that', 'called upon', 'would', 'intended to', 'looked forward to');
const due = fc.constantFrom('', ' in the first half of 2025', ' by the end of this year', ' next May', ' in early June', ' in autumn', ' on December 20', ' in 2030');
const sentence = fc.tuple(person, verb, phrase, due).map(([p, v, c, d]) => `${p} ${v} ${c}${d}.`);
const heading = fc.tuple(fc.constantFrom('1.', '2.', '(1)', '(a)', '(i)', '•', '◎', '●', 'Appendix', ''), phrase).map(([n, h]) => (n ? `${n} ${h}` : h));
const paragraph = fc.oneof(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), heading, fc.string({ maxLength: 40 }));
const readoutLike = fc
  .tuple(phrase, fc.constantFrom('March 14, 2024', '16 DECEMBER 2023', 'May 12, 2009', ''), fc.array(paragraph, { maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'))
  .map(([title, date, body, sep]) => [title, date, ...body].filter(Boolean).join(sep));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 400 }));

function checkExtract(raw: string): void {
  const input = asIngested(raw);
  const record = extractRecord(input);
  assert.deepEqual(spanProblems(record, record.document.text), []);
  assert.equal(record.document.text, input.text);
  assert.deepEqual(extractRecord(asIngested(raw)), record, 'same input, same record');
}

function checkSegment(raw: string): void {
  const text = normalizeText(raw);
  const s = segment(text);
  assert.deepEqual(spanProblems({ blocks: s.blocks, sections: s.sections, sentences: s.sentences }, text), []);
  for (const b of s.blocks) assert.equal(text.slice(b.span[0], b.span[1]), b.text, `block ${b.index} text matches its span`);
  assert.deepEqual(segment(text), s, 'same input, same segmentation');
}

test('extract: arbitrary strings never throw, spans stay within the text, same record twice', () => {
  fc.assert(fc.property(anyText, checkExtract), { numRuns: RUNS });
});

test('extract: readout-shaped strings never throw, spans stay within the text, same record twice', () => {
  fc.assert(fc.property(readoutLike, checkExtract), { numRuns: RUNS });
});

test('segment: no string throws; block, section and sentence spans lie within the text', () => {
  fc.assert(fc.property(fc.oneof(anyText, readoutLike), checkSegment), { numRuns: RUNS });
});

test('ingest: any bytes give text or an InputError, nothing else', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('x.txt', 'x.md', 'x.html', 'x.pdf', undefined), async (bytes, path) => {
      try {
        const r = await ingest({ bytes, path });
        assert.equal(typeof r.text, 'string');
        assert.ok(r.text.trim().length > 0);
        assert.ok(!/[\r\uFEFF\u0000]/.test(r.text), 'normalized');
      } catch (e) {
        assert.ok(e instanceof InputError, `expected InputError, got ${(e as Error)?.stack}`);
        assert.ok(!e.message.includes('\n'), 'one-line message');
      }
    }),
    { numRuns: RUNS },
  );
});

test('ingest: HTML and Markdown readers take any string', () => {
  const markup = fc.array(fc.oneof(fc.constantFrom('<p>', '</p>', '<ul>', '<li>', '</ol>', '<ol start="x">', '<br>', '<nav>', '<main>', '</article>', '<script>', '<!--', '-->', '&amp;', '&#xFFFFFF;', '---\n', '# ', '1. ', '- ', '**', '[a](', ')', '\n\n'), fc.string({ maxLength: 20 })), { maxLength: 60 }).map((p) => p.join(''));
  fc.assert(fc.property(fc.oneof(markup, anyText), (s) => {
    const html = readHtml(s);
    assert.ok(html.paragraphs.every((p) => typeof p === 'string'));
    const md = readMarkdown(s);
    assert.ok(md.paragraphs.every((p) => typeof p === 'string'));
  }), { numRuns: RUNS * 2 });
});
