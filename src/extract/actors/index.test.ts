// The actors of a document as a reader checks them: one actor per person, country and
// organization, ids in that order, and no country mention inside a person's. People and
// states are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNamed, extractReadout } from '../test-helpers.test-util.ts';

const TITLE = 'Talks between the Republic of Varenia and the Kingdom of Kestria';

describe('actors', () => {
  test('a country inside a person\'s office is not also a separate mention of the country there', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia arrived. Varenian ministers followed.', { title: TITLE });
    const v = countryNamed(r, 'Republic of Varenia');
    const moravik = r.actors.find((a) => a.kind === 'person' && a.surname === 'Moravik');
    assert.ok(moravik);
    for (const m of v.mentions) {
      assert.ok(!moravik.mentions.some((p) => m.span[0] >= p.span[0] && m.span[1] <= p.span[1]), `${m.text} lies inside a person mention`);
    }
  });

  test('persons come first, then countries, then organizations, with ids a1, a2, …', () => {
    const r = extractReadout('The Kestrian Rail Company (KRC) will serve Varenia. President Dalen Moravik of the Republic of Varenia met Prime Minister Ilse Brunnhold of the Kingdom of Kestria.', { title: TITLE });
    assert.deepEqual(r.actors.map((a) => a.kind), ['person', 'person', 'country', 'country', 'organization']);
    assert.deepEqual(r.actors.map((a) => a.id), ['a1', 'a2', 'a3', 'a4', 'a5']);
    assert.deepEqual(r.actors.filter((a) => a.kind === 'country').map((a) => a.name), ['Republic of Varenia', 'Kingdom of Kestria']);
  });
});
