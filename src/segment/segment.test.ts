// Segmentation as a reader checks it: which lines become sections, how they nest, what
// their ids and paths are, and where sentences end. All readouts here are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, type Segmented } from './index.ts';

function doc(body: string): string {
  return `Talks between the Republic of Varenia and the Kingdom of Kestria\n\nMarch 4, 2021\n\n${body.trim()}\n`;
}

/** Sections as "id number level heading". */
function outline(seg: Segmented): string[] {
  return seg.sections.map((s) => `${s.id} ${s.number ?? '-'} L${s.level} ${s.heading}`);
}

function sectionHeaded(seg: Segmented, heading: string) {
  const s = seg.sections.find((x) => x.heading === heading);
  assert.ok(s, `no section "${heading}" in:\n${outline(seg).join('\n')}`);
  return s;
}

function sentencesOf(text: string): string[] {
  const seg = segment(text);
  return seg.sentences.map((s) => text.slice(s.span[0], s.span[1]));
}

describe('numbering schemes', () => {
  const text = doc(`
The leaders of the two states met in Brell.

1. Bilateral Relations

(1) Trade

(a) Tariffs

The ministers discussed tariffs on grain.

(b) Ports

(c) Fisheries

(i) Quotas for the northern lakes were reviewed in detail.

(ii) Licences for foreign boats were discussed at length.

2. Regional Affairs

The two sides talked about the river basin.
`);
  const seg = segment(text);

  test('"1." opens a top-level section and "(1)" nests under it', () => {
    const top = sectionHeaded(seg, 'Bilateral Relations');
    assert.equal(top.number, '1.');
    assert.equal(top.level, 1);
    const trade = sectionHeaded(seg, 'Trade');
    assert.equal(trade.number, '(1)');
    assert.equal(trade.level, 2);
    assert.equal(trade.parent, top.id);
  });

  test('"(a)" nests under "(1)" and siblings share the level', () => {
    const trade = sectionHeaded(seg, 'Trade');
    for (const h of ['Tariffs', 'Ports', 'Fisheries']) {
      const s = sectionHeaded(seg, h);
      assert.equal(s.level, 3, h);
      assert.equal(s.parent, trade.id, h);
    }
    assert.deepEqual(['Tariffs', 'Ports', 'Fisheries'].map((h) => sectionHeaded(seg, h).number), ['(a)', '(b)', '(c)']);
  });

  test('"(i)" after "(c)" is a roman numeral nested under "(c)"', () => {
    const fisheries = sectionHeaded(seg, 'Fisheries');
    const quotas = seg.sections.find((s) => s.number === '(i)');
    const licences = seg.sections.find((s) => s.number === '(ii)');
    assert.ok(quotas && licences, outline(seg).join('\n'));
    assert.equal(quotas.level, 4);
    assert.equal(quotas.parent, fisheries.id);
    assert.equal(licences.parent, fisheries.id);
  });

  test('a numbered paragraph of running text is a section too, named by its opening words', () => {
    const quotas = seg.sections.find((s) => s.number === '(i)')!;
    assert.equal(quotas.numberedParagraph, true);
    assert.match(quotas.heading, /^Quotas for the northern lakes/);
  });

  test('"2." closes the first section and opens a second at level 1', () => {
    const second = sectionHeaded(seg, 'Regional Affairs');
    assert.equal(second.level, 1);
    assert.equal(second.parent, null);
    const first = sectionHeaded(seg, 'Bilateral Relations');
    assert.ok(first.span[1] <= second.span[0], 'the first section ends before the second starts');
  });

  test('"(i)" after "(h)" is the letter i, a sibling of "(h)"', () => {
    const letters = 'abcdefgh'.split('').map((l) => `(${l}) Item ${l.toUpperCase()} was reviewed by the working group.`).join('\n\n');
    const t = doc(`1. Working Groups\n\n${letters}\n\n(i) Item I was reviewed by the working group.\n\n(j) Item J was reviewed by the working group.`);
    const s = segment(t);
    const h = s.sections.find((x) => x.number === '(h)');
    const i = s.sections.find((x) => x.number === '(i)');
    assert.ok(h && i, outline(s).join('\n'));
    assert.equal(i.level, h.level);
    assert.equal(i.parent, h.parent);
    const j = s.sections.find((x) => x.number === '(j)');
    assert.equal(j?.level, h.level);
  });
});

describe('bullets and unnumbered headings', () => {
  const text = doc(`
Regional Affairs

The two sides talked about the river basin.

• The Kestrian side raised river transport.
• The Varenian side raised rail links.

Cultural Exchange

The two governments will fund student exchanges.
`);
  const seg = segment(text);

  test('an unnumbered heading line opens a section', () => {
    const s = sectionHeaded(seg, 'Regional Affairs');
    assert.equal(s.number, null);
    assert.equal(s.level, 1);
    assert.equal(s.path.length, 1);
    assert.equal(sectionHeaded(seg, 'Cultural Exchange').number, null);
  });

  test('two unnumbered headings in a row of paragraphs are siblings', () => {
    const second = sectionHeaded(seg, 'Cultural Exchange');
    assert.equal(second.level, 1);
    assert.equal(second.parent, null);
    assert.deepEqual(second.path, ['Cultural Exchange']);
  });

  test('each "•" line is its own item under the heading above it', () => {
    const parent = sectionHeaded(seg, 'Regional Affairs');
    const items = seg.sections.filter((s) => s.number === '•');
    assert.deepEqual(items.map((s) => s.heading), ['The Kestrian side raised river transport.', 'The Varenian side raised rail links.']);
    for (const item of items) {
      assert.equal(item.parent, parent.id);
      assert.equal(item.level, parent.level + 1);
    }
    const blocks = seg.blocks.filter((b) => b.bullet === '•');
    assert.equal(blocks.length, 2);
    assert.ok(blocks.every((b) => b.kind === 'item'));
    assert.ok(blocks.every((b) => text[b.bodyStart] === 'T'), 'the body starts after the bullet');
  });

  test('paragraph text under a heading belongs to that heading\'s section', () => {
    const para = seg.blocks.find((b) => b.text.startsWith('The two governments will fund'));
    assert.equal(para?.section, sectionHeaded(seg, 'Cultural Exchange').id);
  });
});

describe('an appendix with sub-headings', () => {
  const text = doc(`
1. Overview

President Moravik welcomed the progress made by both governments.

Appendix
List of Signed Instruments

(Instruments signed at the signing ceremony are marked ◎)

Instruments of International Commitment

◎ Treaty between the Republic of Varenia and the Kingdom of Kestria on Extradition

Other Instruments

◎ Memorandum on Forestry Research between the two Forest Institutes
`);
  const seg = segment(text);

  test('the appendix is a top-level section and its sub-headings nest under it', () => {
    const appendix = seg.sections.find((s) => /^Appendix\b/.test(s.heading));
    assert.ok(appendix, outline(seg).join('\n'));
    assert.equal(appendix.level, 1);
    for (const h of ['Instruments of International Commitment', 'Other Instruments']) {
      const sub = sectionHeaded(seg, h);
      assert.equal(sub.parent, appendix.id, h);
      assert.equal(sub.level, 2, h);
      assert.deepEqual(sub.path, [appendix.heading, h]);
    }
  });

  test('the appendix does not nest under the numbered section before it', () => {
    const appendix = seg.sections.find((s) => /^Appendix\b/.test(s.heading))!;
    assert.equal(appendix.parent, null);
    const overview = sectionHeaded(seg, 'Overview');
    assert.ok(overview.span[1] <= appendix.span[0]);
  });

  test('listed documents sit under their sub-heading', () => {
    const treaty = seg.sections.find((s) => s.heading.startsWith('Treaty between'));
    assert.equal(treaty?.parent, sectionHeaded(seg, 'Instruments of International Commitment').id);
    const memo = seg.sections.find((s) => s.heading.startsWith('Memorandum on Forestry'));
    assert.equal(memo?.parent, sectionHeaded(seg, 'Other Instruments').id);
  });

  test('section ids are unique when items come straight under a heading that later has sub-headings', () => {
    const t = doc(`
Appendix

◎ Treaty between the Republic of Varenia and the Kingdom of Kestria on Extradition

Other Instruments

● Memorandum on Forestry Research between the two Forest Institutes
`);
    const s = segment(t);
    const ids = s.sections.map((x) => x.id);
    assert.deepEqual(ids, [...new Set(ids)], outline(s).join('\n'));
  });
});

describe('section paths and ids', () => {
  const text = doc(`
1. Bilateral Relations

(1) Trade

The ministers discussed tariffs on grain.

(2) Energy

The ministers discussed the pipeline.

2. Regional Affairs

(1) The river basin

The two sides talked about flooding.
`);
  const seg = segment(text);

  test('ids follow the position in the outline', () => {
    assert.deepEqual(seg.sections.map((s) => s.id), ['sec-1', 'sec-1-1', 'sec-1-2', 'sec-2', 'sec-2-1']);
  });

  test('a path lists each ancestor\'s number and heading', () => {
    assert.deepEqual(sectionHeaded(seg, 'Energy').path, ['1. Bilateral Relations', '(2) Energy']);
    assert.deepEqual(sectionHeaded(seg, 'The river basin').path, ['2. Regional Affairs', '(1) The river basin']);
  });

  test('a section\'s span covers its heading and its text and ends before the next section', () => {
    const trade = sectionHeaded(seg, 'Trade');
    const slice = text.slice(trade.span[0], trade.span[1]);
    assert.ok(slice.startsWith('(1) Trade'), slice);
    assert.ok(slice.includes('tariffs on grain.'), slice);
    assert.ok(!slice.includes('Energy'), slice);
    const top = sectionHeaded(seg, 'Bilateral Relations');
    const topSlice = text.slice(top.span[0], top.span[1]);
    assert.ok(topSlice.includes('the pipeline.') && !topSlice.includes('Regional'), topSlice);
  });

  test('the title and dateline are front matter, not sections', () => {
    assert.ok(!seg.sections.some((s) => /Talks between|March 4/.test(s.heading)));
    assert.deepEqual(seg.blocks.slice(0, 2).map((b) => b.kind), ['front', 'front']);
  });
});

describe('sentence splitting', () => {
  test('"Mr." and "H.E." before a name do not end a sentence', () => {
    const s = sentencesOf(doc('Mr. Tavo Renk met H.E. Ms. Mara Quist in Brell. The talks lasted an hour.'));
    assert.ok(s.includes('Mr. Tavo Renk met H.E. Ms. Mara Quist in Brell.'), s.join(' | '));
    assert.ok(s.includes('The talks lasted an hour.'));
  });

  test('"No. 2" does not end a sentence', () => {
    const s = sentencesOf(doc('The ships docked at Pier No. 2 in Brell. Customs inspected them.'));
    assert.ok(s.includes('The ships docked at Pier No. 2 in Brell.'), s.join(' | '));
  });

  test('a middle initial ("Corin J. Maddox") does not end a sentence', () => {
    const s = sentencesOf(doc('Secretary of State Corin J. Maddox joined the talks. He spoke first.'));
    assert.ok(s.includes('Secretary of State Corin J. Maddox joined the talks.'), s.join(' | '));
    assert.ok(s.includes('He spoke first.'));
  });

  test('a dotted acronym inside a sentence ("the U.S. delegation") does not end it', () => {
    const s = sentencesOf(doc('Observers from the U.S. Department of Commerce attended the talks. They left early.'));
    assert.ok(s.includes('Observers from the U.S. Department of Commerce attended the talks.'), s.join(' | '));
  });

  test('a dotted acronym that ends a sentence ends it', () => {
    const s = sentencesOf(doc('The talks were held in the capital of the V.R. The two sides agreed to meet again.'));
    assert.ok(s.includes('The talks were held in the capital of the V.R.'), s.join(' | '));
    assert.ok(s.includes('The two sides agreed to meet again.'));
  });

  test('decimals, question marks and exclamation marks', () => {
    const s = sentencesOf(doc('Trade rose by 4.5 percent last year. Was it enough? The minister thought so!'));
    assert.deepEqual(s.slice(-3), ['Trade rose by 4.5 percent last year.', 'Was it enough?', 'The minister thought so!']);
  });

  test('every sentence span lies inside its block and is trimmed', () => {
    const text = doc('1. Overview\n\n(1) Mr. Tavo Renk met Ms. Mara Quist.  They talked.\n\n• A first point.\n• A second point.');
    const seg = segment(text);
    for (const s of seg.sentences) {
      const b = seg.blocks[s.block];
      assert.ok(s.span[0] >= b.span[0] && s.span[1] <= b.span[1], JSON.stringify(s));
      const t = text.slice(s.span[0], s.span[1]);
      assert.equal(t, t.trim());
      assert.ok(t.length > 0);
    }
    assert.ok(!sentencesOf(text).some((x) => x.startsWith('(1)') || x.startsWith('•')), 'numbers and bullets are not part of sentences');
  });

  test('a wrapped line joins the paragraph it continues', () => {
    const text = doc('Prime Minister Ilse Brunnhold stated that the two states would expand\nrail links between their capitals. She thanked the hosts.');
    const s = sentencesOf(text);
    assert.ok(s.includes('Prime Minister Ilse Brunnhold stated that the two states would expand\nrail links between their capitals.'), s.join(' | '));
  });
});
