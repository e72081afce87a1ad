// The lexicons as someone extending them meets them: a duplicate, an entry with stray white
// space, or a phrase the notation cannot read is caught here, naming the list and the entry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { phrase } from '../patterns.ts';
import * as conventions from './conventions.ts';
import * as countries from './countries.ts';
import * as documents from './documents.ts';
import * as modality from './modality.ts';
import * as names from './names.ts';
import * as organizations from './organizations.ts';
import * as speech from './speech.ts';
import * as titles from './titles.ts';
import * as verbs from './verbs.ts';

const LEXICONS = { conventions, countries, documents, modality, names, organizations, speech, titles, verbs };

/** Every list of words the lexicons export, by "file.LIST". */
function wordLists(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const [file, mod] of Object.entries(LEXICONS)) {
    for (const [name, value] of Object.entries(mod)) {
      const list = Array.isArray(value) ? value : value instanceof Set ? [...value] : null;
      if (list && list.every((x) => typeof x === 'string')) out.push([`${file}.${name}`, list as string[]]);
    }
  }
  return out;
}

describe('the lexicons', () => {
  test('no list repeats an entry or has one with stray white space', () => {
    const lists = wordLists();
    assert.ok(lists.length > 40, `only ${lists.length} lists found`);
    for (const [name, list] of lists) {
      const seen = new Set<string>();
      for (const entry of list) {
        assert.ok(entry.length > 0 && entry === entry.trim() && !/\s{2}|[\t\n]/.test(entry), `${name}: entry "${entry}" has stray white space`);
        assert.ok(!seen.has(entry), `${name}: "${entry}" is listed twice`);
        seen.add(entry);
      }
    }
  });

  test('every verb form and modality marker is a phrase the notation reads', () => {
    const phrases: [string, string][] = [
      ...verbs.REPORTING_VERBS.flatMap((v) => [v.past, v.present, v.ing].filter((f): f is string => !!f).map((f): [string, string] => [`verbs: ${v.past}`, f])),
      ...modality.INTENT_MARKERS.map((m): [string, string] => ['modality.INTENT_MARKERS', m.marker]),
      ...modality.ANNOUNCEMENT_MARKERS.map((m): [string, string] => ['modality.ANNOUNCEMENT_MARKERS', m.marker]),
      ...modality.OWN_SIDE_SUBJECTS.map((s): [string, string] => ['modality.OWN_SIDE_SUBJECTS', s]),
      ...speech.AUXILIARIES.map((s): [string, string] => ['speech.AUXILIARIES', s]),
    ];
    for (const [where, p] of phrases) assert.doesNotThrow(() => new RegExp(phrase(p, { object: '', 'two-words': '' })), `${where}: "${p}"`);
  });
});
