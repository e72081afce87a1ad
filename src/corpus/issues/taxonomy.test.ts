import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findIssue, loadTaxonomy, TaxonomyError } from './taxonomy.ts';
import { tagIssues } from './tag.ts';

const dir = mkdtempSync(join(tmpdir(), 'readout-taxonomy-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

test('the shipped taxonomy has 15–25 issues with unique ids, names and terms', () => {
  const saved = process.env.READOUT_TAXONOMY;
  delete process.env.READOUT_TAXONOMY;
  try {
    const issues = loadTaxonomy();
    assert.ok(issues.length >= 15 && issues.length <= 25, `${issues.length} issues`);
    assert.equal(new Set(issues.map((i) => i.id)).size, issues.length);
    for (const i of issues) assert.ok(i.name && i.terms.length > 0, i.id);
    const peace = issues.find((i) => i.id === 'peace-treaty-territorial')!;
    for (const t of ['peace treaty', 'Northern Territories', 'four islands', 'territorial issue']) assert.ok(peace.terms.includes(t), t);
    assert.equal(issues.find((i) => i.id === 'nuclear-energy')!.parent, 'energy');
  } finally {
    if (saved !== undefined) process.env.READOUT_TAXONOMY = saved;
  }
});

test('tagging matches terms case-insensitively, on word boundaries, in singular and plural', () => {
  const tax = loadTaxonomy();
  assert.deepEqual(tagIssues('it was necessary to reach the final solution of the issue of the attribution of the four islands', tax), ['peace-treaty-territorial']);
  assert.ok(tagIssues('Negotiations on PEACE TREATIES stalled.', tax).includes('peace-treaty-territorial'));
  assert.ok(tagIssues('the Northern Territory issue', tax).includes('peace-treaty-territorial'));
  assert.ok(tagIssues('cooperation on fishery resources', tax).includes('fisheries'));
  assert.ok(tagIssues('illegal fisheries', tax).includes('fisheries'));
  assert.ok(tagIssues('The six-party talks on North Korea', tax).includes('north-korea'));
  assert.ok(tagIssues('two Memoranda on nuclear energy', tax).includes('nuclear-energy'));
  assert.deepEqual(tagIssues('the turmoil in the region was discussed', tax), []);      // "oil" inside a word
  assert.deepEqual(tagIssues('a peacetime arrangement', tax), []);
  assert.deepEqual(tagIssues('', tax), []);
  const many = tagIssues('They discussed COVID-19, climate change and the Taiwan Strait.', tax);
  for (const id of ['health-covid', 'climate-environment', 'taiwan-strait']) assert.ok(many.includes(id), id);
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
  assert.deepEqual(tagIssues('salmon farms and salmon farming', tax), ['fisheries']);
  assert.deepEqual(tagIssues('illegal fishing', tax), []); // the override replaced the terms
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
