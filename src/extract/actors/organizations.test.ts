// Organizations as a reader checks them: bodies a text defines with an acronym, their later
// mentions, international bodies named without one, and acronyms that are no organization's.
// Bodies and states are invented (a real international body checks the lexicon).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeActors, extractReadout, organizationCoded } from '../test-helpers.test-util.ts';

const TITLE = 'Talks between the Republic of Varenia and the Kingdom of Kestria';

describe('organizations', () => {
  const body = 'The Varenian Grain Export Corporation (VGEC) and the Kestrian Rail Company (KRC) signed a contract in Brell. Later, VGEC and KRC agreed to build a depot. The Kestrian Rail Company will run the trains.';

  test('"Full Name Corporation (ACR)" defines an organization named by its full name with the acronym as code', () => {
    const r = extractReadout(body, { title: TITLE });
    const krc = organizationCoded(r, 'KRC');
    assert.equal(krc.name, 'Kestrian Rail Company');
    assert.equal(krc.kind, 'organization');
  });

  test('an organization defined at the start of a sentence does not take "The" into its name', () => {
    const r = extractReadout(body, { title: TITLE });
    assert.equal(organizationCoded(r, 'VGEC').name, 'Varenian Grain Export Corporation');
  });

  test('later mentions by acronym and by full name belong to the same organization', () => {
    const r = extractReadout(body, { title: TITLE });
    const krc = organizationCoded(r, 'KRC');
    const texts = krc.mentions.map((m) => m.text);
    assert.deepEqual(texts, ['Kestrian Rail Company (KRC)', 'KRC', 'Kestrian Rail Company']);
    for (const m of krc.mentions) assert.equal(r.document.text.slice(m.span[0], m.span[1]), m.text);
  });

  test('a parenthesized acronym that is not an organization\'s ("Treaty (FRT)") makes none', () => {
    const r = extractReadout('The two sides reviewed the Friendship and River Treaty (FRT) between the Republic of Varenia and the Kingdom of Kestria.', { title: TITLE });
    assert.ok(!r.actors.some((a) => a.kind === 'organization'), describeActors(r));
  });

  test('international bodies named without an acronym are organizations', () => {
    const r = extractReadout('The Republic of Varenia and the Kingdom of Kestria will cooperate at the United Nations.', { title: TITLE });
    assert.equal(organizationCoded(r, 'UN').name, 'United Nations');
  });
});
