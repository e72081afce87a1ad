// Countries: demonyms, "the X side", states the gazetteer does not know. States and people
// are invented (a few real demonyms check the gazetteer itself).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNamed, describeActors, extractReadout } from '../test-helpers.test-util.ts';

const TITLE = 'Talks between the Republic of Varenia and the Kingdom of Kestria';

describe('countries', () => {
  test('a state the gazetteer does not know is found by its form and its demonym', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold. Varenian exporters attended.', { title: TITLE });
    const v = countryNamed(r, 'Republic of Varenia');
    assert.equal(v.kind, 'country');
    assert.ok(v.mentions.some((m) => m.text === 'Varenian'), JSON.stringify(v.mentions));
  });

  test('"the Varenian side" is the country Varenia, and so is "Varenia"', () => {
    const r = extractReadout('The Varenian side explained its tariff policy to the delegation of the Kingdom of Kestria. Varenia will publish the policy in June.', { title: TITLE });
    const v = countryNamed(r, 'Republic of Varenia');
    const texts = v.mentions.map((m) => m.text);
    assert.ok(texts.includes('Varenian side'), JSON.stringify(texts));
    assert.ok(texts.includes('Varenia'), JSON.stringify(texts));
  });

  test('a state named by name and demonym only ("Morvania" and "Morvanian") is a country too', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia thanked Morvanian engineers for their work. Morvania had sent forty of them.', { title: TITLE });
    const m = countryNamed(r, 'Morvania');
    assert.ok(m.mentions.some((x) => x.text === 'Morvanian'), JSON.stringify(m.mentions));
  });

  test('known demonyms name known countries with their ISO code', () => {
    const r = extractReadout('Japanese and French observers attended the talks between the Republic of Varenia and the Kingdom of Kestria.', { title: TITLE });
    assert.equal(countryNamed(r, 'JP').name, 'Japan');
    assert.equal(countryNamed(r, 'FR').mentions[0].text, 'French');
  });

  test('one country actor per state, however it is named', () => {
    const r = extractReadout('The Kestrian side welcomed the Varenian delegation. Kestria and the Kingdom of Kestria are the same state. The Kestrian minister agreed.', { title: TITLE });
    const kestrias = r.actors.filter((a) => a.kind === 'country' && /Kestria/.test(a.name));
    assert.equal(kestrias.length, 1, describeActors(r));
  });
});

describe('states named only through an office', () => {
  test('"Foreign Minister of Kestria Anna Lodde" and "Kestria" again: Kestria is a state and her country', () => {
    const r = extractReadout('Foreign Minister Wang Lin held talks with Foreign Minister of Kestria Anna Lodde in Beijing. Kestria is ready to deepen cooperation with China.', { title: 'Talks', date: 'April 10, 2025' });
    const lodde = r.actors.find((a) => a.surname === 'Lodde');
    assert.equal(lodde?.country, 'X-KESTRIA');
    assert.ok(r.commitments.some((c) => r.actors.find((a) => a.id === c.actors[0])?.name === 'Kestria'), 'Kestria\'s readiness is its commitment');
  });

  test('"the Government of the Russian Federation" does not make "Russian" a state', () => {
    const r = extractReadout('Chairman of the Government of the Russian Federation Mikhail Varov held talks with Prime Minister Ilse Brunnhold.', { title: 'Talks', date: 'April 10, 2025' });
    assert.ok(!r.actors.some((a) => a.kind === 'country' && a.name === 'Russian'));
  });
});
