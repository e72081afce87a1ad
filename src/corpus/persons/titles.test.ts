import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalOffice, titlesCompatible } from './titles.ts';
import { countryFromTitle, countryKey } from '../countries.ts';

const known = new Set(['japan', 'russia', 'osterland', 'varenia', 'lauria']);

test('offices: "former" and nationality are not the office; synonyms are one office', () => {
  assert.equal(canonicalOffice('former Prime Minister'), 'prime minister');
  assert.equal(canonicalOffice('Japanese Prime Minister'), 'prime minister');
  assert.equal(canonicalOffice('Foreign Minister'), canonicalOffice('Minister for Foreign Affairs of Lauria', known));
  assert.equal(canonicalOffice('Chairman of the Government of the Russian Federation'), canonicalOffice('Chairman of Government of the Russian Federation'));
  assert.equal(canonicalOffice('Minister of Finance', known), 'minister of finance');
});

test('titles one person can hold: continuity, fuller forms; not different offices', () => {
  assert.ok(titlesCompatible('former Prime Minister', 'Prime Minister'));
  assert.ok(titlesCompatible('Minister', 'Minister for Foreign Affairs'));
  assert.ok(!titlesCompatible('Speaker of the House of Representatives', 'Ambassador of Japan to Russia', known));
  assert.ok(!titlesCompatible('Minister of Finance', 'Minister of Fisheries', known));
  assert.ok(!titlesCompatible('President', 'Prime Minister'));
});

test('country keys: ISO codes, state forms, the extractor\'s X- codes, titles and demonyms', () => {
  assert.equal(countryKey('JP'), 'jp');
  assert.equal(countryKey('the Kingdom of Osterland'), 'osterland');
  assert.equal(countryKey('X-VARENIA'), 'varenia');
  assert.equal(countryKey(''), null);
  assert.equal(countryFromTitle('Ambassador of Osterland to Varenia', known), 'osterland');
  assert.equal(countryFromTitle('Minister of Trade and Industry of Lauria', known), 'lauria');
  assert.equal(countryFromTitle('Laurian Minister of Trade', known), 'lauria');
  assert.equal(countryFromTitle('Minister of Finance', known), null);
});
