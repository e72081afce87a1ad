import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findIssue, loadTaxonomy, TaxonomyError } from './taxonomy.ts';
import { tagIssues, tagReadout } from './tag.ts';
import { porterStem } from './stem.ts';
import type { ReadoutRecord } from '../../record.ts';

const dir = mkdtempSync(join(tmpdir(), 'readout-taxonomy-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

test('the shipped taxonomy: the 21 CAP major topics at level 1, every other issue under one of them', () => {
  const saved = process.env.READOUT_TAXONOMY;
  delete process.env.READOUT_TAXONOMY;
  try {
    const issues = loadTaxonomy();
    assert.equal(new Set(issues.map((i) => i.id)).size, issues.length, 'unique ids');
    const topics = issues.filter((i) => !i.parent);
    assert.deepEqual(topics.map((i) => i.cap), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23]);
    for (const i of issues) {
      assert.ok(i.name && i.terms.length > 0, i.id);
      if (i.parent) assert.ok(topics.some((t) => t.id === i.parent), `${i.id}: its parent is a level-1 topic`);
    }
    for (const id of ['israel-gaza', 'russia-ukraine', 'iran', 'afghanistan', 'immigration', 'cyber', 'semiconductors', 'haiti',
      'disasters', 'climate', 'health-covid', 'north-korea', 'south-china-sea', 'taiwan-strait', 'peace-treaty-territorial',
      'energy', 'fisheries', 'foreign-trade']) assert.ok(issues.some((i) => i.id === id), id);
    assert.equal(issues.find((i) => i.id === 'nuclear-energy')!.parent, 'energy');
  } finally {
    if (saved !== undefined) process.env.READOUT_TAXONOMY = saved;
  }
});

test('tagging matches stems across spaces and hyphens, knows variants, and brings the parent issue', () => {
  const tax = loadTaxonomy();
  const has = (text: string, id: string) => tagIssues(text, tax).includes(id);
  assert.ok(has('it was necessary to reach the final solution of the issue of the attribution of the four islands', 'peace-treaty-territorial'));
  assert.ok(has('Negotiations on PEACE TREATIES stalled.', 'peace-treaty-territorial'));
  assert.ok(has('cooperation on fishery resources', 'fisheries'));
  assert.ok(has('illegal fisheries', 'fisheries'));
  for (const text of ['a new semiconductor plant in Velmar', 'Osterland exports semiconductors', 'the supply of chips', 'a chipmaking hub'])
    assert.ok(has(text, 'semiconductors'), text);
  assert.ok(has('the ministers discussed vaccinations', 'health-covid'), 'vaccination finds vaccine');
  assert.ok(has('cross strait tensions', 'taiwan-strait') && has('cross-Strait tensions', 'taiwan-strait'));
  const nested = tagIssues('Lauria will build two nuclear reactors.', tax);
  assert.deepEqual(nested, ['energy', 'nuclear-energy'], 'the parent comes with the issue, in taxonomy order');
  assert.deepEqual(tagIssues('the turmoil in the region was discussed', tax).filter((id) => id === 'energy'), [], '"oil" inside a word');
  assert.deepEqual(tagIssues('', tax), []);
});

test('short capitals match only in capitals; a "not" phrase and an office title are not the issue', () => {
  const tax = loadTaxonomy();
  const has = (text: string, id: string) => tagIssues(text, tax).includes(id);
  assert.ok(has('They welcomed the WHO report.', 'health'));
  assert.ok(!has('They asked who would attend.', 'health'));
  assert.ok(has('Corvania and the EU signed it.', 'europe') && !has('an eu phoria', 'europe'));
  assert.ok(!has('the Osterland trade union congress', 'foreign-trade'), 'trade union is labour, not trade');
  assert.ok(has('the Osterland trade union congress', 'labor'));
  assert.ok(has('trade between Osterland and Corvania grew', 'foreign-trade'));
  assert.ok(!has('Minister of Labour and Employment Anna Brenner attended.', 'labor'), 'an office title');
  assert.ok(!has('Defence Minister Jonas Ekberg was present.', 'defense'));
  assert.ok(has('Minister Brenner spoke about defence cooperation.', 'defense'));
  assert.ok(!has('They met at the White House.', 'housing'), 'an issue name is not a term');
});

test('a readout is tagged from its title and body, not from attendee lists, photo captions or office titles', () => {
  const tax = loadTaxonomy();
  const text = [
    'President Halvorsen Receives Fisheries Delegation',
    '',
    'May 2, 2024',
    '',
    'President Halvorsen met the delegation of the Osterland fishing cooperative today.',
    '',
    'Also present were Minister of Health Greta Lund, Secretary of Energy Paul Moor, and officials of the Ministry.',
    '',
    'Photo caption: the President with the delegation after the talks on climate change.',
    '',
  ].join('\n');
  const record = { document: { title: 'President Halvorsen Receives Fisheries Delegation', text, titleSpan: [0, 48] } } as unknown as ReadoutRecord;
  const tags = tagReadout(record, tax);
  const ids = tags.map((t) => t.issue);
  assert.deepEqual(ids.filter((id) => ['fisheries', 'agriculture', 'health', 'energy', 'climate'].includes(id)), ['agriculture', 'fisheries']);
  assert.deepEqual(tags.find((t) => t.issue === 'fisheries')!.span, [0, 48], 'the title is the passage that first names it');
});

test('Porter stems: the same as SQLite FTS5\'s porter tokenizer on known words', () => {
  const pairs: [string, string][] = [['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['motoring', 'motor'], ['hopping', 'hop'],
    ['relational', 'relat'], ['vietnamization', 'vietnam'], ['electrical', 'electr'], ['adjustment', 'adjust'], ['semiconductors', 'semiconductor'],
    ['generalizations', 'gener'], ['controll', 'control'], ['sky', 'sky'], ['happy', 'happi']];
  for (const [word, stem] of pairs) assert.equal(porterStem(word), stem, word);
});

test('a user file overrides issues by id and adds new ones; $READOUT_TAXONOMY works too', () => {
  const user = file('mine.yaml', [
    '- id: fisheries',
    '  name: fisheries and aquaculture',
    '  terms: [aquaculture, salmon farming]',
    '- id: arctic',
    '  name: Arctic',
    '  terms: [Arctic, Northern Sea Route]',
  ].join('\n'));
  const tax = loadTaxonomy(user);
  const fish = tax.find((i) => i.id === 'fisheries')!;
  assert.equal(fish.name, 'fisheries and aquaculture');
  assert.ok(tagIssues('salmon farms and salmon farming', tax).includes('fisheries'));
  assert.deepEqual(tagIssues('illegal fishing', tax), []); // the override replaced the terms (and has no parent)
  assert.deepEqual(tagIssues('shipping along the Northern Sea Route', tax).filter((id) => id === 'arctic'), ['arctic']);
  assert.equal(tax.length, loadTaxonomy().length + 1);

  const saved = process.env.READOUT_TAXONOMY;
  process.env.READOUT_TAXONOMY = user;
  try {
    assert.ok(loadTaxonomy().some((i) => i.id === 'arctic'));
  } finally {
    if (saved === undefined) delete process.env.READOUT_TAXONOMY; else process.env.READOUT_TAXONOMY = saved;
  }
});

test('a bad taxonomy file gets a one-line error naming the file and the reason', () => {
  const cases: [string, RegExp][] = [
    [join(dir, 'missing.yaml'), /taxonomy file not found/],
    [file('bad.yaml', '- id: x\n  name: [unclosed'), /not valid YAML/],
    [file('map.yaml', 'id: x'), /expected a list of issues/],
    [file('noterms.yaml', '- id: x\n  name: X\n'), /issue "x" needs a non-empty list of terms/],
    [file('badid.yaml', '- id: Not An Id\n  name: X\n  terms: [x]\n'), /issue 1 needs an id/],
    [file('orphan.yaml', '- id: x\n  name: X\n  parent: no-such-topic\n  terms: [x]\n'), /issue "x" has parent "no-such-topic", which is not an issue/],
    [file('badnot.yaml', '- id: x\n  name: X\n  terms: [x]\n  not: y\n'), /issue "x": not must be a list of phrases/],
  ];
  for (const [path, reason] of cases) {
    assert.throws(() => loadTaxonomy(path), (e: unknown) => {
      assert.ok(e instanceof TaxonomyError);
      assert.ok(e.message.startsWith(`${path}: `), e.message);
      assert.match(e.message, reason);
      assert.ok(!e.message.includes('\n'), 'one line');
      return true;
    });
  }
});

test('findIssue finds an issue by id, by name, or by a unique part of its name', () => {
  const tax = loadTaxonomy();
  assert.equal(findIssue(tax, 'north-korea')?.id, 'north-korea');
  assert.equal(findIssue(tax, 'North Korea')?.id, 'north-korea');
  assert.equal(findIssue(tax, 'peace treaty')?.id, 'peace-treaty-territorial');
  assert.equal(findIssue(tax, 'no such issue'), null);
});
