// Person mentions as a reader checks them: a name with an office given after it, by
// apposition or after a comma. Every name, state and place here is invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReadout, personNamed } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by the President of the Republic of Varenia';

describe('honorifics and appositive offices', () => {
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
});
