import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { paragraphAround, sentenceAround } from './passages.ts';

// The definition sentenceAround must keep: a sentence starts after a line break or after ".", "!" or "?"
// and a space, and ends at the next such stop at or after the span's end.
function sentenceByDefinition(text: string, span: [number, number]): string {
  let start = span[0];
  while (start > 0 && !/[.!?]\s$|\n$/.test(text.slice(Math.max(0, start - 2), start))) start--;
  const after = /[.!?](?=\s|$)|\n/g;
  after.lastIndex = Math.max(span[1], start);
  const m = after.exec(text);
  return text.slice(start, m ? m.index + 1 : text.length);
}

test('the sentence around a span is the whole sentence it lies in', () => {
  const text = 'The ministers met in Halvmark. They discussed fisheries! Next:\nThe talks ended.';
  assert.equal(sentenceAround(text, [36, 45]), 'They discussed fisheries!');
  assert.equal(sentenceAround(text, [0, 3]), 'The ministers met in Halvmark.');
  assert.equal(sentenceAround(text, [70, 75]), 'The talks ended.');
});

test('the sentence around any span matches the definition, at the edges of the text too', () => {
  const chars = fc.constantFrom('a', ' ', '.', '!', '?', '\n', '\u00a0', '\t');
  fc.assert(fc.property(fc.array(chars, { maxLength: 24 }).map((a) => a.join('')), fc.nat(28), fc.nat(28), (text, at, length) => {
    assert.equal(sentenceAround(text, [at, at + length]), sentenceByDefinition(text, [at, at + length]));
  }), { numRuns: 5000 });
});

test('the paragraph around a span runs between blank lines', () => {
  const text = 'Heading\n\nFirst paragraph. Second sentence.\n\nLast paragraph.';
  assert.equal(paragraphAround(text, [27, 33]).trim(), 'First paragraph. Second sentence.');
});
