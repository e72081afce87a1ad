// Persons as a reader checks them: one actor per person whatever order or form the name is
// written in, the right surname, titles and country, and mentions that cite the text.
// Every name, state and place here is invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadoutRecord } from '../../record.ts';
import { describeActors, extractReadout, personNamed } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by the President of the Republic of Varenia';

function persons(r: ReadoutRecord) {
  return r.actors.filter((a) => a.kind === 'person');
}

function assertMentionsCite(r: ReadoutRecord) {
  for (const a of r.actors) {
    for (const m of a.mentions) assert.equal(r.document.text.slice(m.span[0], m.span[1]), m.text, `${a.name}: mention ${JSON.stringify(m)}`);
  }
}

describe('name order', () => {
  test('given name then surname ("President Dalen Moravik" … "President Moravik") is one person', () => {
    const r = extractReadout('President of the Republic of Varenia Dalen Moravik arrived in Brell on March 2. President Moravik laid a wreath at the Kestrian war memorial.', { title: TITLE });
    const p = personNamed(r, 'Moravik');
    assert.equal(p.name, 'Dalen Moravik');
    assert.equal(p.given, 'Dalen');
    assert.equal(p.mentions.length, 2);
    assert.equal(persons(r).length, 1, describeActors(r));
  });

  test('surname first ("Prime Minister Okashi Renzo") is settled by a later "Prime Minister Okashi"', () => {
    const r = extractReadout('Prime Minister Okashi Renzo of the Kingdom of Kestria welcomed the Varenian delegation. Prime Minister Okashi then hosted a dinner.', { title: TITLE });
    const p = personNamed(r, 'Okashi');
    assert.equal(p.surname, 'Okashi');
    assert.equal(p.given, 'Renzo');
    assert.equal(p.mentions.length, 2);
  });

  test('an all-caps surname ("Foreign Minister KAROVA Lissel") is the surname', () => {
    const r = extractReadout('Foreign Minister KAROVA Lissel of the Kingdom of Kestria received the Varenian delegation.', { title: TITLE });
    const p = personNamed(r, 'KAROVA');
    assert.equal(p.surname, 'KAROVA');
    assert.equal(p.given, 'Lissel');
    assert.ok(p.titles?.includes('Foreign Minister'));
  });

  test('an inverted name ("Mr. Brandisov, Aleksei Petrovich") has the first word as surname', () => {
    const r = extractReadout('The Varenian delegation was led by Mr. Brandisov, Aleksei Petrovich, Ambassador of the Republic of Varenia to the Kingdom of Kestria.', { title: TITLE });
    const p = personNamed(r, 'Brandisov');
    assert.equal(p.surname, 'Brandisov');
    assert.equal(p.given, 'Aleksei Petrovich');
    assert.ok(p.titles?.some((t) => t.startsWith('Ambassador of the Republic of Varenia')), JSON.stringify(p.titles));
    assert.equal(p.country, 'X-VARENIA');
  });

  test('an initial ("Dr. T. Vellarun") is the given name', () => {
    const r = extractReadout('Dr. T. Vellarun, Minister of Trade of the Republic of Varenia, met Kestrian exporters in Brell.', { title: TITLE });
    const p = personNamed(r, 'Vellarun');
    assert.equal(p.given, 'T.');
    assert.ok(p.titles?.includes('Minister of Trade of the Republic of Varenia'), JSON.stringify(p.titles));
    assert.equal(p.country, 'X-VARENIA');
  });
});

describe('one person, many mentions', () => {
  test('spelling variants of a surname ("Kasjyanek" / "Kasiyanek") are one person with an alias', () => {
    const r = extractReadout('Deputy Minister Gavril Kasjyanek of the Republic of Varenia arrived in Brell. Deputy Minister Kasiyanek then met Kestrian officials.', { title: TITLE });
    const p = personNamed(r, 'Kasjyanek');
    assert.deepEqual(p.aliases, ['Kasiyanek']);
    assert.equal(p.mentions.length, 2);
  });

  test('different people who share an office stay apart', () => {
    const r = extractReadout('Foreign Minister Tavo Renk of the Republic of Varenia held talks with Foreign Minister Mara Quist of the Kingdom of Kestria.', { title: TITLE });
    assert.equal(personNamed(r, 'Renk').country, 'X-VARENIA');
    assert.equal(personNamed(r, 'Quist').country, 'X-KESTRIA');
    assert.equal(persons(r).length, 2, describeActors(r));
  });

  test('a bare surname later in the text ("Moravik’s proposal") is a mention of the same person', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia arrived in Brell. The Kestrian press praised Moravik’s proposal.', { title: TITLE });
    const p = personNamed(r, 'Moravik');
    assert.ok(p.mentions.some((m) => m.text === 'Moravik'), JSON.stringify(p.mentions));
  });

  test('the name is the fullest form seen and titles keep the fuller office first', () => {
    const r = extractReadout('President Moravik arrived in Brell. President of the Republic of Varenia Dalen Moravik then addressed the Kestrian parliament.', { title: TITLE });
    const p = personNamed(r, 'Moravik');
    assert.equal(p.name, 'Dalen Moravik');
    assert.equal(p.titles?.[0], 'President of the Republic of Varenia');
  });

  test('a nationality before the office sets the country ("Kestrian Foreign Minister Mara Quist")', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia met Kestrian Foreign Minister Mara Quist.', { title: TITLE });
    assert.equal(personNamed(r, 'Quist').country, 'X-KESTRIA');
    assert.equal(personNamed(r, 'Moravik').country, 'X-VARENIA');
  });

  test('every mention\'s text is exactly the text its span covers', () => {
    const r = extractReadout([
      'President of the Republic of Varenia Dalen Moravik held talks with Prime Minister Okashi Renzo of the Kingdom of Kestria.',
      'Foreign Minister KAROVA Lissel and Mr. Brandisov, Aleksei Petrovich, Ambassador of the Republic of Varenia to the Kingdom of Kestria, attended.',
      'Dr. T. Vellarun met H.E.Mr. Orin Dessal. Sefan Ostrow, Foreign Secretary of the Kingdom of Kestria, briefed the press.',
      'Prime Minister Okashi thanked President Moravik.',
    ].join(' '), { title: TITLE });
    assert.ok(persons(r).length >= 7, describeActors(r));
    assertMentionsCite(r);
  });
});
