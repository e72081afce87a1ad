// The publisher's own side as a reader sees it in the record: a person the text gives no
// nationality belongs to the side the readout is written from, told by the foreign
// nationalities it writes, the pair it names first, or its signature. States and people are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractText, personNamed } from '../test-helpers.test-util.ts';

const BODY = 'Minister Tavo Renk met Minister Pell Armistad in Brell. Trade between the Kingdom of Kestria and the Republic of Varenia grew, and the Kingdom of Kestria will open a port that the Kingdom of Kestria will run.';
const readout = (body: string, end = '') => extractText(`Talks in Brell\n\nMarch 4, 2021\n\n${body}\n${end}`);

describe('the publisher\'s own side', () => {
  test('without other signs, the country the text names most', () => {
    const r = readout(BODY);
    assert.equal(personNamed(r, 'Renk').country, 'X-KESTRIA');
    assert.equal(personNamed(r, 'Armistad').country, 'X-KESTRIA');
  });

  test('a signature block ("MINISTRY OF FOREIGN AFFAIRS" over the country) names it', () => {
    const r = readout(BODY, '\nMINISTRY OF FOREIGN AFFAIRS\nVARENIA\n4 March 2021\n');
    assert.equal(personNamed(r, 'Renk').country, 'X-VARENIA');
    assert.equal(personNamed(r, 'Armistad').country, 'X-VARENIA');
  });

  test('so does a closing "Ministry of Foreign Affairs of <country>"', () => {
    const r = readout(BODY, '\nIssued by the Ministry of Foreign Affairs of Varenia\n');
    assert.equal(personNamed(r, 'Renk').country, 'X-VARENIA');
  });

  test('a foreign nationality written on a person is the other side', () => {
    const r = readout('Foreign Minister Tavo Renk received Kestrian Ambassador Pell Armistad. The Republic of Varenia and the Kingdom of Kestria agreed to cooperate.');
    assert.equal(personNamed(r, 'Renk').country, 'X-VARENIA');
    assert.equal(personNamed(r, 'Armistad').country, 'X-KESTRIA');
  });

  test('in "Varenia-Kestria relations" the publisher names itself first', () => {
    const r = readout('Minister Tavo Renk met Minister Pell Armistad. Varenia-Kestria relations are good. The Republic of Varenia and the Kingdom of Kestria will meet.');
    assert.equal(personNamed(r, 'Renk').country, 'X-VARENIA');
  });
});
