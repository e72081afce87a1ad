// Person mentions as a reader checks them: the name after an office or honorific, an office
// after a name, long and conjoined offices, lists under a plural office. Every name, state
// and place here is invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadoutRecord } from '../../record.ts';
import { describeActors, extractReadout, personNamed } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by the President of the Republic of Varenia';

function persons(r: ReadoutRecord) {
  return r.actors.filter((a) => a.kind === 'person');
}

describe('honorifics and appositive offices', () => {
  test('"H.E.Mr. Orin Dessal" (no space after H.E.) is the person Orin Dessal', () => {
    const r = extractReadout('H.E.Mr. Orin Dessal, Ambassador of the Kingdom of Kestria to the Republic of Varenia, called on the Varenian Foreign Minister.', { title: TITLE });
    const p = personNamed(r, 'Dessal');
    assert.equal(p.name, 'Orin Dessal');
    assert.ok(!r.actors.some((a) => a.kind === 'person' && /\bH\.?E\b|Mr/.test(a.name)), describeActors(r));
  });

  test('"His Excellency Pell Armistad, the Ambassador of Kestria to Varenia" gets that office and Kestria as country', () => {
    const r = extractReadout('His Excellency Pell Armistad, the Ambassador of the Kingdom of Kestria to the Republic of Varenia, hosted a reception for Varenian students.', { title: TITLE });
    const p = personNamed(r, 'Armistad');
    assert.equal(p.name, 'Pell Armistad');
    assert.ok(p.titles?.includes('Ambassador of the Kingdom of Kestria to the Republic of Varenia'), JSON.stringify(p.titles));
    assert.equal(p.country, 'X-KESTRIA');
  });

  test('a name followed by its office ("Sefan Ostrow, Foreign Secretary of the Kingdom of Kestria")', () => {
    const r = extractReadout('Sefan Ostrow, Foreign Secretary of the Kingdom of Kestria, briefed the Varenian press on the talks.', { title: TITLE });
    const p = personNamed(r, 'Ostrow');
    assert.equal(p.name, 'Sefan Ostrow');
    assert.ok(p.titles?.includes('Foreign Secretary of the Kingdom of Kestria'), JSON.stringify(p.titles));
    assert.equal(p.country, 'X-KESTRIA');
  });

  test('an office with a long complement ("Minister of Economy, Trade and Industry Lior Baskin")', () => {
    const r = extractReadout('Minister of Economy, Trade and Industry Lior Baskin joined the talks with the Varenian side.', { title: TITLE });
    const p = personNamed(r, 'Baskin');
    assert.equal(p.name, 'Lior Baskin');
    assert.ok(p.titles?.includes('Minister of Economy, Trade and Industry'), JSON.stringify(p.titles));
    assert.ok(!persons(r).some((x) => /Industry|Trade/.test(x.name)), describeActors(r));
  });

  test('conjoined offices ("Senior Minister and Coordinating Minister for Social Policies Hadrin Vusk")', () => {
    const r = extractReadout('Senior Minister and Coordinating Minister for Social Policies Hadrin Vusk met the Varenian delegation.', { title: TITLE });
    const p = personNamed(r, 'Vusk');
    assert.equal(p.name, 'Hadrin Vusk');
    assert.ok(p.titles?.includes('Senior Minister and Coordinating Minister for Social Policies'), JSON.stringify(p.titles));
    assert.equal(persons(r).length, 1, describeActors(r));
  });

  test('a list under a plural office ("two former prime ministers, Mr. A and Mr. B") gives each the office', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia held separate talks with two former prime ministers, Mr. Emrik Solund and Mr. Tavish Grell.', { title: TITLE });
    for (const surname of ['Solund', 'Grell']) {
      const p = personNamed(r, surname);
      assert.ok(p.titles?.some((t) => /former prime minister/i.test(t)), `${surname}: ${JSON.stringify(p.titles)}`);
    }
  });

  test('an office that is also a common word ("King Aldric Thorne") names a person when a full name follows', () => {
    const r = extractReadout('Foreign Minister Tavo Renk of the Republic of Varenia called on King Aldric Thorne at the Kestrian palace.', { title: TITLE });
    const p = personNamed(r, 'Thorne');
    assert.ok(p.titles?.includes('King'), JSON.stringify(p.titles));
  });
});
