import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePersons } from './resolve.ts';
import { doc, person } from '../testing/records.ts';
import type { CorpusDocument, PersonEntity } from '../types.ts';
import type { ReadoutRecord } from '../../record.ts';
import { knownCountries } from '../countries.ts';

const d2003 = doc({
  docId: 'seed-2003', date: '2003-12-16', actors: [
    person('a1', 'Mikhail Kasjyanov', ['Chairman of the Government of the Russian Federation'], 'RU', { surname: 'Kasjyanov', given: 'Mikhail', aliases: ['Kasiyanov'] }),
    person('a2', 'Junichiro Koizumi', ['Prime Minister'], 'JP', { surname: 'Koizumi', given: 'Junichiro' }),
    person('a3', 'Vladimir Putin', ['President'], 'RU', { surname: 'Putin', given: 'Vladimir' }),
    person('a4', 'Yohei Kono', ['Speaker of the House of Representatives'], 'JP', { surname: 'Kono', given: 'Yohei' }),
    person('a5', 'Yoshiro Mori', ['former Prime Minister'], 'JP'),
  ],
});
const d2009 = doc({
  docId: 'seed-2009', date: '2009-05-12', actors: [
    person('a1', 'Taro Aso', ['Prime Minister'], 'JP'),
    person('a2', 'Vladimir Vladimirovich Putin', ['Chairman of Government of the Russian Federation'], 'RU', { surname: 'Putin', given: 'Vladimir' }),
    person('a3', 'Junichiro Koizumi', ['former prime minister'], 'JP'),
    person('a4', 'Kono', ['Ambassador of Japan to Russia'], 'JP', { surname: 'Kono' }),
    person('a5', 'Yoshiro Mori', ['former prime minister'], 'JP'),
    person('a6', 'Nakasone', ['Minister for Foreign Affairs'], 'JP', { surname: 'Nakasone' }),
  ],
});

function entityNamed(entities: PersonEntity[], spelling: string): PersonEntity[] {
  return entities.filter((e) => e.names.includes(spelling));
}

function only(entities: PersonEntity[], spelling: string): PersonEntity {
  const found = entityNamed(entities, spelling);
  assert.equal(found.length, 1, `expected one entity spelled "${spelling}", got ${found.map((e) => e.id).join(', ') || 'none'}`);
  return found[0];
}

test('Koizumi: Prime Minister in 2003 and former Prime Minister in 2009 is one person with two roles', () => {
  const koizumi = only(resolvePersons([d2003, d2009]), 'Junichiro Koizumi');
  assert.equal(koizumi.id, 'junichiro-koizumi');
  assert.deepEqual(koizumi.appearances.map((a) => a.docId), ['seed-2003', 'seed-2009']);
  assert.deepEqual(koizumi.roles.map((r) => [r.title, r.firstSeen, r.lastSeen, r.documents]), [
    ['Prime Minister', '2003-12-16', '2003-12-16', ['seed-2003']],
    ['former prime minister', '2009-05-12', '2009-05-12', ['seed-2009']],
  ]);
  assert.equal(koizumi.country, 'JP');
});

test('Putin: President in 2003, Chairman of the Government in 2009, one person under his fullest name', () => {
  const entities = resolvePersons([d2003, d2009]);
  const putin = only(entities, 'Vladimir Putin');
  assert.equal(putin.name, 'Vladimir Vladimirovich Putin');
  assert.deepEqual(putin.names.sort(), ['Vladimir Putin', 'Vladimir Vladimirovich Putin']);
  assert.deepEqual(putin.roles.map((r) => r.title), ['President', 'Chairman of Government of the Russian Federation']);
  assert.equal(entityNamed(entities, 'Vladimir Vladimirovich Putin')[0], putin);
});

test('spelling variants of a surname with the same given name are one person: Kasjyanov / Kasiyanov / Kasyanov', () => {
  const later = doc({ docId: 'x', date: '2004-02-01', actors: [person('a1', 'Mikhail Kasyanov', ['Chairman of the Government'], 'RU')] });
  const k = only(resolvePersons([d2003, later]), 'Mikhail Kasyanov');
  assert.ok(k.names.includes('Mikhail Kasjyanov') && k.names.includes('Kasiyanov'));
  assert.equal(k.appearances.length, 2);
});

test('Disanayake and Dissanayake with the same given names are one person', () => {
  const a = doc({ docId: 'lk1', date: '2024-10-02', actors: [person('a1', 'Anura Kumara Dissanayake', ['President'], 'LK')] });
  const b = doc({ docId: 'lk2', date: '2025-04-05', actors: [person('a1', 'Anura Kumara Disanayake', ['President'], 'LK')] });
  const entities = resolvePersons([a, b]);
  assert.equal(entities.length, 1);
  assert.deepEqual(entities[0].names.sort(), ['Anura Kumara Disanayake', 'Anura Kumara Dissanayake']);
  assert.deepEqual(entities[0].roles.map((r) => [r.title, r.firstSeen, r.lastSeen]), [['President', '2024-10-02', '2025-04-05']]);
});

test('the same full name in any order or case is one person: Kishida Fumio / Fumio Kishida / KISHIDA Fumio', () => {
  const docs: CorpusDocument[] = [
    doc({ docId: 'sg', date: '2023-12-16', actors: [person('a1', 'Kishida Fumio', ['Prime Minister'], 'JP', { surname: 'Kishida', given: 'Fumio' })] }),
    doc({ docId: 'wh', date: '2022-06-29', actors: [person('a1', 'Fumio Kishida', ['Prime Minister'], 'JP')] }),
    doc({ docId: 'mofa', date: '2021-10-04', actors: [person('a1', 'KISHIDA Fumio', ['Prime Minister'], null)] }),
    // No surname hint on either side, and the family name guessed differently.
    doc({ docId: 'other', date: '2024-01-01', actors: [person('a1', 'Kishida Fumio', [], null)] }),
  ];
  const entities = resolvePersons(docs);
  assert.equal(entities.length, 1, entities.map((e) => e.id).join(', '));
  assert.equal(entities[0].surname, 'Kishida');
  assert.equal(entities[0].roles[0].firstSeen, '2021-10-04');
  assert.equal(entities[0].roles[0].lastSeen, '2023-12-16');
});

test('Kono the Speaker (2003) and Kono the Ambassador (2009, surname only) are two people, each a possible match of the other', () => {
  const entities = resolvePersons([d2003, d2009]);
  const speaker = only(entities, 'Yohei Kono');
  const ambassador = only(entities, 'Kono');
  assert.notEqual(speaker.id, ambassador.id);
  assert.deepEqual(speaker.possibleMatches, [ambassador.id]);
  assert.deepEqual(ambassador.possibleMatches, [speaker.id]);
  assert.deepEqual(ambassador.roles.map((r) => r.title), ['Ambassador of Japan to Russia']);
});

test('a surname alone joins the one person of that surname and country whose office it continues', () => {
  const later = doc({ docId: 'y', date: '2009-07-01', actors: [person('a1', 'Hirofumi Nakasone', ['Foreign Minister'], 'JP')] });
  const entities = resolvePersons([d2009, later]);
  const n = only(entities, 'Nakasone');
  assert.equal(n.name, 'Hirofumi Nakasone');
  assert.equal(n.appearances.length, 2);
  assert.deepEqual(n.possibleMatches, []);
});

test('a surname alone stays apart when two people share it, even if one title fits', () => {
  const fm = doc({ docId: 'fm', date: '2018-01-01', actors: [person('a1', 'Taro Kono', ['Minister for Foreign Affairs'], 'JP')] });
  const bare = doc({ docId: 'bare', date: '2019-01-01', actors: [person('a1', 'Kono', ['Foreign Minister'], 'JP', { surname: 'Kono' })] });
  const entities = resolvePersons([d2003, fm, bare]);
  const lone = only(entities, 'Kono');
  assert.equal(lone.appearances.length, 1);
  assert.deepEqual(lone.possibleMatches.sort(), [only(entities, 'Taro Kono').id, only(entities, 'Yohei Kono').id].sort());
});

test('a surname alone without a compatible title, or from another country, never merges', () => {
  const other = doc({ docId: 'z', date: '2010-01-01', actors: [person('a1', 'Putin', ['Speaker'], 'RU', { surname: 'Putin' }), person('a2', 'Koizumi', [], 'JP', { surname: 'Koizumi' })] });
  const entities = resolvePersons([d2003, d2009, other]);
  assert.equal(entityNamed(entities, 'Putin').length, 1);
  assert.notEqual(only(entities, 'Putin').id, only(entities, 'Vladimir Putin').id);
  assert.notEqual(only(entities, 'Koizumi').id, only(entities, 'Junichiro Koizumi').id);
  assert.ok(only(entities, 'Koizumi').possibleMatches.includes(only(entities, 'Junichiro Koizumi').id));
});

test('different given names with one surname are different people, and not possible matches', () => {
  const a = doc({ docId: 'a', date: '2019-11-14', actors: [person('a1', 'Anton Velde', ['Minister of Finance of the Kingdom of Osterland'])] });
  const b = doc({ docId: 'b', date: '2020-09-09', actors: [person('a1', 'Greta Velde', ['Minister of Fisheries of the Kingdom of Osterland'])] });
  const entities = resolvePersons([a, b]);
  assert.equal(entities.length, 2);
  assert.deepEqual(entities.map((e) => e.possibleMatches), [[], []]);
});

test('one full name in two countries is two people, and their ids get a numeric suffix', () => {
  const a = doc({ docId: 'a', date: '2020-01-01', actors: [person('a1', 'Li Wei', ['Minister of Commerce'], 'CN')] });
  const b = doc({ docId: 'b', date: '2021-01-01', actors: [person('a1', 'Li Wei', ['Ambassador'], 'SG')] });
  assert.deepEqual(resolvePersons([a, b]).map((e) => e.id), ['li-wei', 'li-wei-2']);
});

test('a role change under one full name keeps one person with roles ordered by first seen', () => {
  const a = doc({ docId: 'a', date: '2019-11-14', actors: [person('a1', 'Tomas Hallvik', ['Minister for Foreign Affairs of the Republic of Varenia'])] });
  const b = doc({ docId: 'b', date: '2020-03-05', actors: [person('a1', 'Tomas Hallvik', ['Minister for Foreign Affairs'])] });
  const c = doc({ docId: 'c', date: '2022-03-29', actors: [person('a1', 'Tomas Hallvik', ['Prime Minister of the Republic of Varenia'])], text: 'the Republic of Varenia' });
  const [h] = resolvePersons([c, b, a]);
  assert.equal(h.country, 'Varenia');
  assert.deepEqual(h.roles.map((r) => [r.firstSeen, r.lastSeen, r.documents.length]), [['2019-11-14', '2020-03-05', 2], ['2022-03-29', '2022-03-29', 1]]);
});

test('an organization named in a title is the role\'s organization', () => {
  const a = doc({ docId: 'a', date: '2009-05-12', actors: [person('a1', 'Yasuhiro Yamashita', ['Professor of Tokai University'], 'JP')] });
  assert.equal(resolvePersons([a])[0].roles[0].organization, 'Tokai University');
});

test('corrections: a split keeps two appearances apart, a merge joins them; both survive new actor ids', () => {
  const split = { kind: 'split' as const, a: { docId: 'seed-2003', name: 'Junichiro Koizumi' }, b: { docId: 'seed-2009', name: 'Junichiro Koizumi' } };
  const merge = { kind: 'merge' as const, a: { docId: 'seed-2003', name: 'Yohei Kono' }, b: { docId: 'seed-2009', name: 'Kono' } };
  const entities = resolvePersons([d2003, d2009], [split, merge]);
  const koizumis = entityNamed(entities, 'Junichiro Koizumi');
  assert.equal(koizumis.length, 2);
  assert.deepEqual(koizumis.map((e) => e.id), ['junichiro-koizumi', 'junichiro-koizumi-2']);
  assert.deepEqual(koizumis.map((e) => e.possibleMatches), [[], []]);
  const kono = only(entities, 'Kono');
  assert.equal(kono, only(entities, 'Yohei Kono'));
  assert.deepEqual(kono.possibleMatches, []);

  // A reindex gives the actors new ids: corrections are keyed by (docId, name), so they still apply.
  const renumber = (d: CorpusDocument): CorpusDocument => ({ ...d, record: { ...d.record, actors: d.record.actors.map((a) => ({ ...a, id: `x-${a.id}` })) } });
  const again = resolvePersons([renumber(d2003), renumber(d2009)], [split, merge]);
  assert.equal(entityNamed(again, 'Junichiro Koizumi').length, 2);
  assert.equal(only(again, 'Kono'), only(again, 'Yohei Kono'));
});

test('corrections: the later correction of a pair wins, and a split blocks transitive automatic merges', () => {
  const a = { docId: 'seed-2003', name: 'Yohei Kono' };
  const b = { docId: 'seed-2009', name: 'Kono' };
  const merged = resolvePersons([d2003, d2009], [{ kind: 'split', a, b }, { kind: 'merge', a, b }]);
  assert.equal(only(merged, 'Kono'), only(merged, 'Yohei Kono'));
  const apart = resolvePersons([d2003, d2009], [{ kind: 'merge', a, b }, { kind: 'split', a, b }]);
  assert.notEqual(only(apart, 'Kono'), only(apart, 'Yohei Kono'));

  // Three appearances of one name: splitting the first from the last leaves the middle with one of them.
  const d3 = doc({ docId: 'seed-2010', date: '2010-01-01', actors: [person('a1', 'Junichiro Koizumi', ['former Prime Minister'], 'JP')] });
  const entities = resolvePersons([d2003, d2009, d3], [{ kind: 'split', a: { docId: 'seed-2003', name: 'Junichiro Koizumi' }, b: { docId: 'seed-2010', name: 'junichiro koizumi' } }]);
  const ks = entityNamed(entities, 'Junichiro Koizumi');
  assert.equal(ks.length, 2);
  assert.ok(!ks.some((e) => e.appearances.some((x) => x.docId === 'seed-2003') && e.appearances.some((x) => x.docId === 'seed-2010')));
});

test('corrections naming nothing in the corpus are ignored', () => {
  const entities = resolvePersons([d2003, d2009], [{ kind: 'merge', a: { docId: 'gone', name: 'Nobody' }, b: { docId: 'seed-2009', name: 'Kono' } }]);
  assert.equal(entities.length, resolvePersons([d2003, d2009]).length);
});

test('one full name with conflicting countries is still one person when the titles continue each other', () => {
  // Extractors misplace countries ("former Prime Minister Koizumi" in a Russia-heavy text tagged RU).
  const a = doc({ docId: 'a', date: '2003-12-16', actors: [person('a1', 'Junichiro Koizumi', ['Prime Minister'], 'JP')] });
  const b = doc({ docId: 'b', date: '2009-05-12', actors: [person('a1', 'Junichiro Koizumi', ['former prime minister'], 'RU')] });
  assert.equal(resolvePersons([a, b]).length, 1);
});

test('a vague title beside a fuller one in the same document is not a role of its own', () => {
  const a = doc({ docId: 'a', date: '2009-05-12', actors: [person('a1', 'Vladimir Putin', ['Chairman', 'Chairman of Government of the Russian Federation'], 'RU')] });
  assert.deepEqual(resolvePersons([a])[0].roles.map((r) => r.title), ['Chairman of Government of the Russian Federation']);
});

test('with the known states passed in, slim records (date, sha256, actors) resolve exactly as full records', () => {
  // "Osterland" is a state only because one readout's text names "the Kingdom of Osterland".
  const docs: CorpusDocument[] = [
    doc({ docId: 'os1', date: '2019-11-14', text: 'Talks with the Kingdom of Osterland.', actors: [person('a1', 'Anton Velde', ['Ambassador of Osterland to Lauria'])] }),
    doc({ docId: 'os2', date: '2020-09-09', actors: [person('a1', 'Velde', ['Ambassador'], null, { surname: 'Velde' }), person('a2', 'Greta Velde', ['Minister of Fisheries'], 'X-LAURIA')] }),
    doc({ docId: 'os3', date: '2021-01-01', actors: [person('a1', 'Velde', ['Ambassador of Osterland to Lauria'], null, { surname: 'Velde' }), d2003.record.actors[3]] }),
  ];
  const known = new Set<string>();
  for (const d of docs) for (const k of knownCountries([d.record])) known.add(k);
  const slim = docs.map((d): CorpusDocument => ({
    docId: d.docId, date: d.date, title: '',
    record: { document: { date: d.record.document.date, source: { sha256: d.record.document.source.sha256 } }, actors: d.record.actors } as unknown as ReadoutRecord,
  }));
  const full = resolvePersons(docs);
  assert.deepEqual(resolvePersons(slim, [], known), full);
  assert.deepEqual(resolvePersons(docs, [], known), full);
  // The known states matter here: without them the slim records lose Osterland.
  assert.equal(only(full, 'Anton Velde').country, 'Osterland');
  assert.notDeepEqual(resolvePersons(slim), full);
});

test('a surname alone lists its possible matches in the order their appearances were first met', () => {
  const docs: CorpusDocument[] = [
    doc({ docId: 'v1', date: '2019-01-01', actors: [person('a1', 'Anton Velde', ['Minister of Finance'], 'X-OSTERLAND')] }),
    doc({ docId: 'v2', date: '2019-06-01', actors: [person('a1', 'Greta Velde', ['Minister of Fisheries'], 'X-LAURIA')] }),
    doc({ docId: 'v3', date: '2020-01-01', actors: [person('a1', 'Ivo Velde', ['Minister of Energy'], 'X-OSTERLAND')] }),
    // Two full names of Osterland: this one stays apart, a possible match of both, not of Lauria's.
    doc({ docId: 'v4', date: '2021-01-01', actors: [person('a1', 'Velde', ['Minister'], 'X-OSTERLAND', { surname: 'Velde' })] }),
    // No country: every Velde is a possible match, in order of appearance.
    doc({ docId: 'v5', date: '2022-01-01', actors: [person('a1', 'Velde', ['Speaker'], null, { surname: 'Velde' })] }),
  ];
  const entities = resolvePersons(docs);
  const id = (name: string) => only(entities, name).id;
  const [osterland, lone] = entities.filter((e) => e.name === 'Velde');
  assert.deepEqual(osterland.appearances.map((a) => a.docId), ['v4']);
  assert.deepEqual(osterland.possibleMatches, [id('Anton Velde'), id('Ivo Velde'), lone.id]);
  assert.deepEqual(lone.possibleMatches, [osterland.id, id('Anton Velde'), id('Greta Velde'), id('Ivo Velde')]);
  assert.deepEqual(only(entities, 'Greta Velde').possibleMatches, [lone.id]);
});

test('a person in thousands of readouts, with surnames alone among them, is one entity with its roles in order', () => {
  const docs: CorpusDocument[] = [];
  for (let i = 0; i < 3000; i++) {
    const date = `${2000 + Math.floor(i / 200)}-0${1 + (i % 9)}-1${i % 10}`;
    const title = i < 1500 ? 'Minister for Foreign Affairs' : 'Prime Minister of the Republic of Varenia';
    const actors = i % 3 === 2
      ? [person('a1', 'Hallvik', [i < 1500 ? 'Foreign Minister' : 'Prime Minister'], 'X-VARENIA', { surname: 'Hallvik' })]
      : [person('a1', 'Tomas Hallvik', [title], 'X-VARENIA'), person('a2', `Edda Reuter${i % 7 === 0 ? '' : 'n'}`, ['Ambassador'], 'X-LAURIA')];
    docs.push(doc({ docId: `d${String(i).padStart(4, '0')}`, date, actors, text: 'the Republic of Varenia' }));
  }
  const entities = resolvePersons(docs);
  const hallvik = only(entities, 'Tomas Hallvik');
  assert.equal(hallvik.appearances.length, 3000);
  assert.deepEqual(hallvik.roles.map((r) => r.title), ['Minister for Foreign Affairs', 'Prime Minister of the Republic of Varenia']);
  assert.deepEqual(hallvik.possibleMatches, []);
  // Reuter and Reutern: spelling variants of one surname with one given name.
  assert.equal(only(entities, 'Edda Reutern'), only(entities, 'Edda Reuter'));
  assert.equal(entities.length, 2);
});

test('a surname alone shared by many people lists only the first of them as possible matches', () => {
  const docs: CorpusDocument[] = [];
  const given = ['Anton', 'Bruno', 'Casimir', 'Dorian', 'Emil', 'Ferenc', 'Greta', 'Henrik', 'Ilse', 'Jonas', 'Katrin', 'Lukas', 'Marek', 'Nadia', 'Ottilie', 'Pavo', 'Runa', 'Signe', 'Tobias', 'Valter', 'Ylva', 'Aurel', 'Edda', 'Mira', 'Sven'];
  given.forEach((g, i) => docs.push(doc({ docId: `p${String(i).padStart(2, '0')}`, date: `2010-01-${String(i + 1).padStart(2, '0')}`, actors: [person('a1', `${g} Velde`, [`Minister of Office ${i}`], 'X-OSTERLAND')] })));
  docs.push(doc({ docId: 'z', date: '2012-01-01', actors: [person('a1', 'Velde', ['Speaker'], null, { surname: 'Velde' })] }));
  const entities = resolvePersons(docs);
  const lone = entities.find((e) => e.name === 'Velde')!;
  assert.equal(lone.possibleMatches.length, 20);
  assert.deepEqual(lone.possibleMatches, given.slice(0, 20).map((g) => only(entities, `${g} Velde`).id), 'the first twenty, in the order they appear');
  assert.deepEqual(only(entities, 'Sven Velde').possibleMatches, [lone.id], 'each of them still lists the surname alone');
});
