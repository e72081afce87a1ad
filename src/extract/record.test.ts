// The whole record of one invented readout that uses most constructions at once: the same
// text always gives the same record, every span anywhere lies inside the text, spans that
// carry words point at exactly those words, and every id a record refers to exists.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allSpans, extractText, sliceOf } from './test-helpers.test-util.ts';

const TEXT = `(PROVISIONAL TRANSLATION)

Visit to the Kingdom of Kestria by President of the Republic of Varenia Dalen Moravik
Summary of Results

May 12, 2022

President of the Republic of Varenia Dalen Moravik paid an official visit to the Kingdom of Kestria from May 10 to May 12. President Moravik held talks with Foreign Minister Mara Quist on May 10, and with Prime Minister Okashi Renzo, Minister of Economy, Trade and Industry Lior Baskin and representatives of Kestrian business circles on May 11. Two documents were issued after the talks on May 11: Joint Statement on the Partnership between Varenia and Kestria; and Joint Press Release on Measures against Illegal Logging.

1. Overview

Both leaders confirmed that relations between the two states had grown steadily, that trade had doubled, and that student exchanges had flourished.

2. Bilateral Relations

(1) Trade

(a) President Moravik stated that Varenia would cut tariffs on Kestrian timber in the first half of 2023 and expressed his hope that Kestria would lower its port fees. In response, Prime Minister Okashi stated that Kestria was ready to review the fees, and he strongly expected that trade would keep growing.

(b) During the talks on May 11, Prime Minister Okashi asked President Moravik to support the river commission. The President responded that Varenia intended to join it at the Borean summit meeting in July.

(2) Energy

The Varenian Grain Export Corporation (VGEC) and the Kestrian Rail Company (KRC) agreed to build a depot in Brell. The meeting became an important step toward closer relations.

3. Regional Affairs

The two leaders agreed on the following points:

  • (i) The river commission will meet twice a year.
  • (ii) Customs checks will be simplified.

It was agreed that the leaders would meet again in Brell next year.

Appendix
List of Signed Instruments

(Instruments signed at the signing ceremony are marked ◎)

Instruments of International Commitment

◎ Treaty between the Republic of Varenia and the Kingdom of Kestria on Extradition

(Signatories: Foreign Minister Renk and Foreign Minister Quist)

[The two states will surrender persons sought for serious crimes.]
`;

const record = extractText(TEXT);

describe('the whole record', () => {
  test('the record has something in every part', () => {
    for (const part of ['sections', 'actors', 'meetings', 'statements', 'documents', 'commitments'] as const) {
      assert.ok(record[part].length > 0, `no ${part}`);
    }
    assert.equal(record.document.text, TEXT);
  });

  test('extraction is deterministic: two runs give deep-equal records', () => {
    assert.deepEqual(extractText(TEXT), record);
  });

  test('a run does not leak the states it discovered into the next document', () => {
    // Here "Kestria" is neither named by its form nor by a demonym, so nothing makes it a state.
    const other = extractText('Talks in Brell\n\nMay 12, 2022\n\nThe mayor of Brell visited Kestria and Varenia last week.\n');
    assert.ok(!other.actors.some((a) => a.kind === 'country'), other.actors.map((a) => a.name).join(', '));
  });

  test('every span anywhere in the record lies inside document.text', () => {
    const spans = allSpans({ ...record, document: { ...record.document, text: undefined } });
    assert.ok(spans.length > 50, `only ${spans.length} spans found`);
    for (const { path, span } of spans) {
      assert.ok(Number.isInteger(span[0]) && Number.isInteger(span[1]), `${path}: ${span}`);
      assert.ok(span[0] >= 0 && span[0] <= span[1] && span[1] <= TEXT.length, `${path}: ${span} is outside the text`);
    }
  });

  test('mention, content, action, due, title and document spans slice to their words', () => {
    for (const a of record.actors) for (const m of a.mentions) assert.equal(sliceOf(record, m.span), m.text, `mention of ${a.name}`);
    for (const s of record.statements) assert.equal(sliceOf(record, s.contentSpan), s.content, `content of ${s.id}`);
    for (const c of record.commitments) {
      assert.equal(sliceOf(record, c.span), c.action, `action of ${c.id}`);
      if (c.due?.span) assert.equal(sliceOf(record, c.due.span), c.due.text, `due of ${c.id}`);
    }
    for (const d of record.documents) assert.equal(sliceOf(record, d.span), d.title, `document ${d.id}`);
    assert.ok(record.document.titleSpan && record.document.dateSpan);
    assert.equal(sliceOf(record, record.document.titleSpan), record.document.title);
    assert.equal(sliceOf(record, record.document.dateSpan), 'May 12, 2022');
  });

  test('a statement\'s span covers its content, and a section\'s span starts at its heading', () => {
    for (const s of record.statements) assert.ok(s.span[0] <= s.contentSpan[0] && s.contentSpan[1] <= s.span[1], s.id);
    for (const sec of record.sections) {
      const firstLine = sliceOf(record, sec.span).split('\n')[0];
      if (sec.number) assert.ok(firstLine.slice(0, 8).includes(sec.number), `${sec.id}: ${firstLine}`);
      assert.ok(firstLine.includes(sec.heading.split(' ')[0]), `${sec.id}: ${firstLine}`);
    }
  });

  test('statement verbs are the words of the text, without surrounding space', () => {
    for (const s of record.statements) assert.equal(s.verb, s.verb.trim(), `${s.id}: ${JSON.stringify(s.verb)}`);
  });

  test('ids are unique within each part', () => {
    for (const part of ['sections', 'actors', 'meetings', 'statements', 'documents', 'commitments'] as const) {
      const ids = record[part].map((x) => x.id);
      assert.deepEqual(ids, [...new Set(ids)], part);
    }
  });

  test('every id the record refers to exists', () => {
    const actors = new Set(record.actors.map((a) => a.id));
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    const statements = ids(record.statements), meetings = ids(record.meetings), sections = ids(record.sections);
    for (const a of record.actors) for (const m of a.members ?? []) assert.ok(actors.has(m), `${a.id} member ${m}`);
    for (const m of record.meetings) for (const p of m.participants) assert.ok(actors.has(p), `${m.id} participant ${p}`);
    for (const s of record.statements) {
      assert.ok(actors.has(s.speaker), `${s.id} speaker`);
      if (s.addressee) assert.ok(actors.has(s.addressee), `${s.id} addressee`);
      if (s.meeting) assert.ok(meetings.has(s.meeting), `${s.id} meeting`);
      if (s.section) assert.ok(sections.has(s.section), `${s.id} section`);
      if (s.respondsTo) assert.ok(statements.has(s.respondsTo), `${s.id} respondsTo`);
    }
    for (const d of record.documents) for (const g of d.signatories) if (g.actor) assert.ok(actors.has(g.actor), `${d.id} signatory`);
    for (const c of record.commitments) {
      for (const a of c.actors) assert.ok(actors.has(a), `${c.id} actor`);
      if (c.statement) assert.ok(statements.has(c.statement), `${c.id} statement`);
    }
  });

  test('dates are ISO calendar dates and due ranges run forward', () => {
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    assert.match(record.document.date ?? '', iso);
    for (const x of [...record.meetings, ...record.statements, ...record.documents]) if (x.date) assert.match(x.date, iso, x.id);
    for (const c of record.commitments) {
      if (!c.due) continue;
      assert.match(c.due.start, iso);
      assert.match(c.due.end, iso);
      assert.ok(c.due.start <= c.due.end, `${c.id}: ${c.due.start}..${c.due.end}`);
    }
  });
});
