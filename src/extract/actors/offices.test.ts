// Offices as a reader checks them on persons: long complements, conjoined offices, the office
// of a list, an office that is also a common word. Every name, state and place is invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadoutRecord } from '../../record.ts';
import { describeActors, extractReadout, personNamed } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by the President of the Republic of Varenia';

function persons(r: ReadoutRecord) {
  return r.actors.filter((a) => a.kind === 'person');
}

describe('offices', () => {
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
