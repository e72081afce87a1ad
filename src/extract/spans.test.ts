// Every span in every record points at the text it claims: mentions, statement contents,
// commitment actions, due-date words, document titles; every other span lies inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest/index.ts';
import { extractRecord } from './index.ts';
import type { ReadoutRecord, Span } from '../record.ts';
import { EXAMPLES, sharedFolder } from '../testing/shared.ts';

async function recordsIn(folder: string): Promise<ReadoutRecord[]> {
  const out: ReadoutRecord[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
    const path = join(folder, name);
    out.push(extractRecord(await ingest({ bytes: readFileSync(path), path })));
  }
  return out;
}

function checkSpans(r: ReadoutRecord): void {
  const text = r.document.text;
  const where = r.document.source.path;
  const inside = (span: Span, what: string) => {
    assert.ok(Array.isArray(span) && span.length === 2, `${where}: ${what} has no span`);
    assert.ok(span[0] >= 0 && span[0] <= span[1] && span[1] <= text.length, `${where}: ${what} span ${span} is outside the text`);
  };
  const claims = (span: Span, words: string, what: string) => {
    inside(span, what);
    assert.equal(text.slice(span[0], span[1]), words, `${where}: ${what} span does not point at its words`);
  };
  for (const s of r.sections) inside(s.span, `section ${s.id}`);
  for (const a of r.actors) for (const m of a.mentions) claims(m.span, m.text, `mention of ${a.id}`);
  for (const m of r.meetings) inside(m.span, `meeting ${m.id}`);
  for (const s of r.statements) { inside(s.span, `statement ${s.id}`); claims(s.contentSpan, s.content, `content of ${s.id}`); }
  for (const d of r.documents) claims(d.span, d.title, `document ${d.id}`);
  for (const c of r.commitments) {
    claims(c.span, c.action, `commitment ${c.id}`);
    if (c.due?.span) claims(c.due.span, c.due.text, `due of ${c.id}`);
  }
}

test('spans point at their words: seeds', async (t) => {
  const folder = sharedFolder('seeds', t);
  if (folder) for (const r of await recordsIn(folder)) checkSpans(r);
});

test('spans point at their words: dev corpus', async (t) => {
  const folder = sharedFolder('corpus/dev', t);
  if (folder) for (const r of await recordsIn(folder)) checkSpans(r);
});

test('spans point at their words: examples', async () => {
  const records = await recordsIn(EXAMPLES);
  assert.ok(records.length >= 3, 'the examples folder holds readouts');
  for (const r of records) checkSpans(r);
});

test('extraction is deterministic', async () => {
  const [a] = await recordsIn(EXAMPLES);
  const again = extractRecord({ text: a.document.text, format: 'txt', encoding: 'utf-8', sha256: a.document.source.sha256, path: a.document.source.path });
  assert.deepEqual(again, a);
});
