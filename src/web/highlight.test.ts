// Highlight segments from spans: whatever the spans (nested, crossing, out of range), the
// segments give back the text exactly and each knows the facts covering it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentText, type Fact } from './highlight.ts';

const fact = (anchor: string, kind: Fact['kind'], start: number, end: number): Fact => ({ anchor, kind, span: [start, end] });

test('a mention inside a statement: the mention is selected on its words, the statement around them', () => {
  const text = 'Prime Minister Lind stated that talks would resume.';
  const segs = segmentText(text, [fact('fact-s1', 'statement', 0, text.length), fact('fact-a1', 'person', 0, 19)]);
  assert.deepEqual(segs.map((s) => [s.text, s.target?.anchor]), [['Prime Minister Lind', 'fact-a1'], [' stated that talks would resume.', 'fact-s1']]);
  assert.deepEqual(segs[0].facts.map((f) => f.anchor), ['fact-s1', 'fact-a1'], 'widest first');
});

test('crossing spans are cut where they cross, never nested wrongly', () => {
  const text = 'abcdefghij';
  const segs = segmentText(text, [fact('x', 'statement', 1, 6), fact('y', 'commitment', 4, 9)]);
  assert.deepEqual(segs.map((s) => [s.text, s.facts.map((f) => f.anchor).sort().join('+')]),
    [['a', ''], ['bcd', 'x'], ['ef', 'x+y'], ['ghi', 'y'], ['j', '']]);
});

test('spans outside the text are clamped or dropped; a citation is highlighted but never the selection', () => {
  const segs = segmentText('hello', [fact('a', 'person', -3, 2), fact('b', 'date', 3, 99), fact('c', 'date', 4, 4), fact('cited', 'cite', 0, 5)]);
  assert.equal(segs.map((s) => s.text).join(''), 'hello');
  assert.ok(segs.every((s) => s.facts.some((f) => f.kind === 'cite')));
  assert.ok(segs.every((s) => s.target?.kind !== 'cite'));
  assert.equal(segmentText('', [fact('a', 'person', 0, 3)]).length, 0);
});

test('property: segments partition the text, and each lists exactly the facts covering it', () => {
  fc.assert(fc.property(
    fc.string({ maxLength: 60 }),
    fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 }), fc.constantFrom<Fact['kind']>('person', 'statement', 'commitment', 'date', 'document')), { maxLength: 12 }),
    (text, spans) => {
      const facts = spans.map(([s, e, kind], i) => fact(`f${i}`, kind, s, e));
      const segs = segmentText(text, facts);
      assert.equal(segs.map((s) => s.text).join(''), text);
      let at = 0;
      for (const seg of segs) {
        assert.equal(seg.start, at);
        assert.ok(seg.end > seg.start);
        at = seg.end;
        const expected = facts.filter((f) => Math.max(0, f.span[0]) <= seg.start && Math.min(text.length, f.span[1]) >= seg.end && f.span[1] > f.span[0])
          .map((f) => f.anchor).sort();
        assert.deepEqual(seg.facts.map((f) => f.anchor).sort(), expected);
        if (seg.target) assert.ok(seg.facts.every((f) => f.span[1] - f.span[0] >= seg.target!.span[1] - seg.target!.span[0]), 'the narrowest is the target');
      }
    },
  ));
});
