// End to end: ingest + extractRecord on examples/ and on ../shared (seeds, dev corpus), then the
// corpus logic. These assertions depend on the extractor's output as much as on src/corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../ingest/index.ts';
import { extractRecord } from '../extract/index.ts';
import { assessCommitments, resolvePersons } from './index.ts';
import type { CorpusDocument, PersonEntity } from './types.ts';
import { fold } from './text.ts';
import { expectedCommitments } from './testing/readme.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const REQUIRE_SHARED = process.env.READOUT_REQUIRE_SHARED === '1';

async function loadFolder(dir: string): Promise<(CorpusDocument & { file: string })[]> {
  const out: (CorpusDocument & { file: string })[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(dir, file);
    const record = extractRecord(await ingest({ bytes: readFileSync(path), path }));
    out.push({ file, docId: record.document.source.sha256, date: record.document.date, title: record.document.title, record });
  }
  return out;
}

function sharedAvailable(t: { skip: (msg: string) => void }): boolean {
  if (existsSync(join(SHARED, 'seeds')) && existsSync(join(SHARED, 'corpus', 'dev'))) return true;
  if (REQUIRE_SHARED) assert.fail(`READOUT_REQUIRE_SHARED=1 but ${SHARED} (seeds, corpus/dev) is missing`);
  t.skip(`${SHARED} not present: shared readouts skipped`);
  return false;
}

function entitiesWith(entities: PersonEntity[], surname: string): PersonEntity[] {
  const want = fold(surname);
  return entities.filter((e) => e.names.some((n) => fold(n).split(/[^\p{L}]+/u).includes(want)));
}

function oneEntity(entities: PersonEntity[], surname: string): PersonEntity {
  const found = entitiesWith(entities, surname);
  assert.equal(found.length, 1, `expected one person named ${surname}, got ${found.length}: ${found.map((e) => `${e.id} [${e.names.join(', ')}]`).join('; ')}`);
  return found[0];
}

function roleOn(e: PersonEntity, date: string): string {
  const role = e.roles.find((r) => r.firstSeen !== null && r.lastSeen !== null && r.firstSeen <= date && date <= r.lastSeen);
  assert.ok(role, `${e.id} has no role seen on ${date}: ${JSON.stringify(e.roles.map((r) => [r.title, r.firstSeen, r.lastSeen]))}`);
  return role.title ?? '';
}

test('seeds and dev corpus: the people of the issue', async (t) => {
  if (!sharedAvailable(t)) return;
  const docs = [...await loadFolder(join(SHARED, 'seeds')), ...await loadFolder(join(SHARED, 'corpus', 'dev'))];
  const entities = resolvePersons(docs);

  await t.test('Koizumi: one person, Prime Minister in 2003, former Prime Minister in 2009', () => {
    const k = oneEntity(entities, 'Koizumi');
    assert.match(roleOn(k, '2003-12-16'), /^Prime Minister$/i);
    assert.match(roleOn(k, '2009-05-12'), /^former Prime Minister$/i);
  });
  await t.test('Putin: one person, President in 2003, Chairman of the Government in 2009', () => {
    const p = oneEntity(entities, 'Putin');
    assert.match(roleOn(p, '2003-12-16'), /President/);
    assert.match(roleOn(p, '2009-05-12'), /Chairman of (the )?Government/);
  });
  await t.test('Kasjyanov and Kasiyanov: one person', () => {
    const k = oneEntity(entities, 'Kasjyanov');
    assert.ok(k.names.some((n) => /Kasiyanov/.test(n)), `names: ${k.names.join(', ')}`);
    assert.equal(entitiesWith(entities, 'Kasiyanov').length, 1);
  });
  await t.test('Kishida: one person across the dev corpus', () => {
    const k = oneEntity(entities, 'Kishida');
    assert.ok(new Set(k.appearances.map((a) => a.docId)).size >= 3, `appearances: ${k.appearances.length}`);
  });
  await t.test('Disanayake and Dissanayake: one person', () => {
    const d = oneEntity(entities, 'Dissanayake');
    assert.equal(entitiesWith(entities, 'Disanayake')[0], d);
    assert.equal(new Set(d.appearances.map((a) => a.docId)).size, 2);
  });
  await t.test('Kono: the Speaker (2003) and the Ambassador (2009) are two people, possible matches of each other', () => {
    const konos = entitiesWith(entities, 'Kono');
    assert.equal(konos.length, 2, konos.map((e) => e.id).join(', '));
    const [a, b] = konos;
    assert.ok(a.possibleMatches.includes(b.id) && b.possibleMatches.includes(a.id));
    const titles = konos.flatMap((e) => e.roles.map((r) => r.title ?? ''));
    assert.ok(titles.some((x) => /Speaker/.test(x)) && titles.some((x) => /Ambassador/.test(x)), titles.join('; '));
  });
});

test('examples: the people', async (t) => {
  const entities = resolvePersons(await loadFolder(EXAMPLES));
  await t.test('Tomas Hallvik: Foreign Minister (2019–2021), then Prime Minister (2022–2024)', () => {
    const h = oneEntity(entities, 'Hallvik');
    assert.match(roleOn(h, '2019-11-14'), /Foreign (Affairs|Minister)/);
    assert.match(roleOn(h, '2024-11-05'), /Prime Minister/);
  });
  await t.test('Lukas Brenner: Prime Minister, then former Prime Minister', () => {
    const b = oneEntity(entities, 'Brenner');
    assert.match(roleOn(b, '2020-09-09'), /^Prime Minister/);
    assert.match(roleOn(b, '2023-06-22'), /^former Prime Minister/i);
  });
  await t.test('Dravchenko and Dravtchenko: one person', () => {
    const d = oneEntity(entities, 'Dravchenko');
    assert.equal(entitiesWith(entities, 'Dravtchenko')[0], d);
    assert.match(roleOn(d, '2024-11-05'), /President/);
  });
  await t.test('Speaker Petra Dorn and Ambassador Dorn: two people, possible matches of each other', () => {
    const dorns = entitiesWith(entities, 'Dorn');
    assert.equal(dorns.length, 2, dorns.map((e) => e.id).join(', '));
    assert.ok(dorns[0].possibleMatches.includes(dorns[1].id) && dorns[1].possibleMatches.includes(dorns[0].id));
  });
  await t.test('Anton Velde and Greta Velde: two people', () => {
    const veldes = entitiesWith(entities, 'Velde');
    assert.equal(veldes.length, 2, veldes.map((e) => `${e.id} [${e.names.join(', ')}]`).join('; '));
    assert.ok(veldes.some((e) => e.names.includes('Anton Velde')) && veldes.some((e) => e.names.includes('Greta Velde')));
  });
});

test('examples: every commitment of examples/README.md has its status as of 2026-01-01', async (t) => {
  const docs = await loadFolder(EXAMPLES);
  const assessments = assessCommitments(docs, resolvePersons(docs), '2026-01-01');
  const expected = expectedCommitments();
  assert.ok(expected.length >= 10, `README lists ${expected.length} commitments`);
  for (const row of expected) {
    await t.test(`row ${row.row}: ${row.file} "${row.phrase}" is ${row.status}`, () => {
      const d = docs.find((x) => x.file === row.file);
      assert.ok(d, `${row.file} is not in examples/`);
      const names = (ids: string[], seen = new Set<string>()): string[] => ids.flatMap((id) => {
        if (seen.has(id)) return [];
        seen.add(id);
        const a = d.record.actors.find((x) => x.id === id);
        if (!a) return [];
        return [a.name, ...(a.aliases ?? []), ...(a.kind === 'group' ? names(a.members ?? [], seen) : [])];
      });
      const words = (s: string) => fold(s).split(/[^\p{L}]+/u);
      const phrase = fold(row.phrase);
      const candidates = d.record.commitments.filter((c) => fold(c.action).includes(phrase));
      const found = candidates.find((c) => names(c.actors).some((n) => row.actors.some((a) => words(n).includes(fold(a)))));
      assert.ok(found, `the extractor gave no commitment in ${row.file} by ${row.actors.join('/')} whose action contains "${row.phrase}"; it gave: ${JSON.stringify(d.record.commitments.map((c) => [names(c.actors).join('+'), c.action]))}`);
      const a = assessments.find((x) => x.docId === d.docId && x.commitmentId === found.id);
      assert.ok(a);
      assert.equal(a.status, row.status, `${a.reason} (due ${JSON.stringify(found.due)})`);
    });
  }
});
