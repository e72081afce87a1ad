// The reporting-verb lexicon as someone extending it relies on it: every form of every verb
// listed in ../lexicon/verbs.ts is found in a sentence, as that verb, whatever its case; a
// verb inside another word is not; "called on" asks only before "to <verb>".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORTING_VERBS } from '../lexicon/verbs.ts';
import { findVerbs } from './reporting-verbs.ts';

const FILL: Record<string, string> = { '{object}': 'his warm', '{two-words}': 'a frank' };

/** Instances of a phrase: each alternative of each word once, each optional word with and without. */
function instances(p: string): string[] {
  const words = p.split(' ');
  const choose = (k: number, alt: string | null, withOptional: boolean) => words.map((w, i) => {
    const optional = /^\[(.+)\]$/.exec(w);
    if (optional && !withOptional) return null;
    const inner = optional ? optional[1] : w;
    if (FILL[inner]) return FILL[inner];
    const alts = inner.split('|').map((a) => a.replace(/^"|"$/g, ''));
    return i === k && alt ? alt : alts[0];
  }).filter((x): x is string => x !== null).join(' ');
  const out = new Set<string>([choose(-1, null, false), choose(-1, null, true)]);
  words.forEach((w, k) => { for (const alt of w.replace(/^\[|\]$/g, '').split('|')) out.add(choose(k, alt.replace(/^"|"$/g, ''), true)); });
  return [...out];
}

describe('every reporting verb of the lexicon', () => {
  for (const verb of REPORTING_VERBS) {
    for (const [form, ing] of [[verb.past, false], [verb.present, false], [verb.ing, true]] as const) {
      if (!form) continue;
      test(`"${form}" → ${verb.act}`, () => {
        for (const said of instances(form)) {
          for (const written of [said, said.toUpperCase()]) {
            const text = `Minister Ilse Brunnhold ${written} Kestria to open the border.`;
            const hit = findVerbs(text, 0, text.length)[0];
            assert.ok(hit, `no verb found in "${text}"`);
            assert.equal(text.slice(hit.start, hit.end), written, text);
            assert.equal(hit.verb, verb, `"${written}" found as "${hit.verb.past}"`);
            assert.equal(hit.ing, ing);
          }
        }
      });
    }
  }
});

describe('what is not a reporting verb', () => {
  test('a verb inside another word', () => {
    const text = 'The unstated aims and the renoted files were misstated.';
    assert.deepEqual(findVerbs(text, 0, text.length), []);
  });

  test('"called on" a person, not to do something, is a visit', () => {
    const text = 'Minister Ilse Brunnhold called on the Prime Minister and was hosted to lunch.';
    assert.deepEqual(findVerbs(text, 0, text.length), []);
  });

  test('"committed by" is a passive', () => {
    const text = 'The crimes committed by the gang were condemned.';
    assert.deepEqual(findVerbs(text, 0, text.length).map((h) => text.slice(h.start, h.end)), ['condemned']);
  });
});
