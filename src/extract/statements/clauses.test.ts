// Reporting clauses as a reader checks them: which verbs report speech and with which act,
// how many statements a sentence holds, the speaker a verb takes from the clause before, and
// the clauses that say nothing of anyone's (the publisher's own voice). Every readout here is
// about invented states and people.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Act } from '../../record.ts';
import { describeStatements, extractReadout, statementAbout, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

describe('reporting verbs and their acts', () => {
  const cases: [string, Act, string][] = [
    ['stated that the river treaty was sound', 'state', 'the river treaty was sound'],
    ['said that the harbour was busy', 'state', 'the harbour was busy'],
    ['noted that grain prices had fallen', 'state', 'grain prices had fallen'],
    ['expressed his hope that the talks would continue', 'express', 'his hope that the talks would continue'],
    ['expressed his condolences on the victims of the floods', 'express', 'his condolences on the victims of the floods'],
    ['expected progress on the pipeline', 'expect', 'progress on the pipeline'],
    ['looked forward to the next round of talks', 'expect', 'the next round of talks'],
    ['asked Prime Minister Brunnhold to lift the tariffs', 'ask', 'Prime Minister Brunnhold to lift the tariffs'],
    ['requested support for the candidacy of Varenia', 'ask', 'support for the candidacy of Varenia'],
    ['urged restraint in the border area', 'ask', 'restraint in the border area'],
    ['called upon the Kestrian side to reopen the border', 'ask', 'the Kestrian side to reopen the border'],
    ['invited Prime Minister Brunnhold to visit Varenia', 'ask', 'Prime Minister Brunnhold to visit Varenia'],
    ['proposed a joint flood commission', 'propose', 'a joint flood commission'],
    ['agreed on the importance of river safety', 'agree', 'the importance of river safety'],
    ['concurred on the need for a rail link', 'agree', 'the need for a rail link'],
    ['shared the view that the region needed stability', 'agree', 'the region needed stability'],
    ['confirmed that the consulate would open', 'confirm', 'the consulate would open'],
    ['affirmed the importance of the alliance', 'confirm', 'the importance of the alliance'],
    ['reaffirmed the friendship between the two states', 'confirm', 'the friendship between the two states'],
    ['welcomed the progress on the pipeline', 'welcome', 'the progress on the pipeline'],
    ['emphasized the importance of free trade', 'emphasize', 'the importance of free trade'],
    ['underscored the need for clean water', 'emphasize', 'the need for clean water'],
    ['highlighted the role of students', 'emphasize', 'the role of students'],
    ['stressed that the border must stay open', 'emphasize', 'the border must stay open'],
    ['explained the grain policy of Varenia', 'explain', 'the grain policy of Varenia'],
    ['conveyed the greetings of the Varenian people', 'convey', 'the greetings of the Varenian people'],
    ['mentioned the forestry project', 'mention', 'the forestry project'],
    ['pointed out that the dam was old', 'point-out', 'the dam was old'],
    ['thanked Prime Minister Brunnhold for the hospitality', 'appreciate', 'Prime Minister Brunnhold for the hospitality'],
    ['commended the Kestrian relief effort', 'appreciate', 'the Kestrian relief effort'],
    ['applauded the new rail link', 'appreciate', 'the new rail link'],
    ['highly evaluated the work of the commission', 'appreciate', 'the work of the commission'],
    ['congratulated Prime Minister Brunnhold on her re-election', 'appreciate', 'Prime Minister Brunnhold on her re-election'],
    ['pledged aid for the flood victims', 'commit', 'aid for the flood victims'],
    ['resolved to fight smuggling', 'commit', 'to fight smuggling'],
    ['condemned the attack on the northern dam', 'condemn', 'the attack on the northern dam'],
    ['discussed the river basin', 'discuss', 'the river basin'],
    ['exchanged views on the regional situation', 'discuss', 'the regional situation'],
  ];
  for (const [predicate, act, content] of cases) {
    const verb = predicate.split(' ')[0];
    test(`"${verb}" → ${act}`, () => {
      const r = talks(`President Moravik ${predicate}.`);
      assert.equal(r.statements.length, 1, describeStatements(r));
      const s = r.statements[0];
      assert.equal(s.act, act);
      assert.equal(s.content, content);
      assert.equal(who(r, s.speaker), 'Moravik');
      assert.ok(s.verb.startsWith(verb), s.verb);
    });
  }

  test('"committed to" → commit', () => {
    const r = talks('President Moravik committed to a reduction of emissions.');
    assert.equal(r.statements[0]?.act, 'commit', describeStatements(r));
  });

  test('"responded" → respond', () => {
    const r = talks('President Moravik proposed a joint flood commission. Prime Minister Brunnhold responded that Kestria would study the proposal.');
    const s = statementAbout(r, 'study the proposal');
    assert.equal(s.act, 'respond');
    assert.equal(s.content, 'Kestria would study the proposal');
  });

});

describe('how many statements a sentence holds', () => {
  test('"stated that A, that B, and that C" is one statement', () => {
    const r = talks('President Moravik stated that the river treaty was sound, that trade had grown, and that the two states would open a consulate in Brell.');
    assert.equal(r.statements.length, 1, describeStatements(r));
    assert.equal(r.statements[0].content, 'the river treaty was sound, that trade had grown, and that the two states would open a consulate in Brell');
  });

  test('"stated that A and expressed his hope that B" is two', () => {
    const r = talks('President Moravik stated that the harbour was busy and expressed his hope that the Kestrian side would reduce port fees.');
    assert.deepEqual(r.statements.map((s) => [who(r, s.speaker), s.act, s.content]), [
      ['Moravik', 'state', 'the harbour was busy'],
      ['Moravik', 'express', 'his hope that the Kestrian side would reduce port fees'],
    ]);
  });

  test('"…, and she strongly expected that …" splits into a second statement', () => {
    const r = talks('Prime Minister Brunnhold stated that the rail project was advancing quickly, and she strongly expected that the first trains would run next year.');
    assert.deepEqual(r.statements.map((s) => [who(r, s.speaker), s.act, s.content]), [
      ['Brunnhold', 'state', 'the rail project was advancing quickly'],
      ['Brunnhold', 'expect', 'the first trains would run next year'],
    ]);
  });

  test('"… and she hoped …" inside a that-clause without a comma stays in the first statement', () => {
    const r = talks('Prime Minister Brunnhold stated that the rail project was advancing quickly and she hoped for an early opening.');
    assert.equal(r.statements.length, 1, describeStatements(r));
    assert.equal(r.statements[0].content, 'the rail project was advancing quickly and she hoped for an early opening');
  });

  test('a participle (", expressing Varenia\'s willingness …") is a second statement of the same speaker', () => {
    const r = talks('President Moravik welcomed the progress of the pipeline, expressing Varenia\'s willingness to fund the second phase.');
    assert.deepEqual(r.statements.map((s) => [who(r, s.speaker), s.act, s.content]), [
      ['Moravik', 'welcome', 'the progress of the pipeline'],
      ['Moravik', 'express', 'Varenia\'s willingness to fund the second phase'],
    ]);
  });

});

describe('what a statement is tied to', () => {
  test('"In response, …" answers the statement before it', () => {
    const r = talks('President Moravik proposed a joint flood commission. In response, Prime Minister Brunnhold stated that Kestria would consider it.');
    const proposal = statementAbout(r, 'flood commission');
    const answer = statementAbout(r, 'would consider it');
    assert.equal(answer.respondsTo, proposal.id);
    assert.equal(proposal.respondsTo, null);
  });

  test('"During the talks on DAY, …" dates the statements of that numbered item only', () => {
    const r = talks('1. Bilateral Relations\n\n(1) During the talks on March 3, President Moravik stated that the dam would be repaired. Prime Minister Brunnhold welcomed the repair.\n\n(2) President Moravik mentioned the forestry project.');
    assert.equal(statementAbout(r, 'dam would be repaired').date, '2021-03-03');
    assert.equal(statementAbout(r, 'the repair').date, '2021-03-03');
    assert.equal(statementAbout(r, 'forestry project').date, null);
  });

});

describe('the publisher\'s voice and passive agreement', () => {
  test('the publisher\'s own remarks are not statements', () => {
    const r = talks('The meeting became an important step toward closer relations. It is necessary to strengthen the river commission. Several regional issues were mentioned. The talks were discussed widely in the press.');
    assert.deepEqual(r.statements, [], describeStatements(r));
  });

  test('"it was agreed that …" is an agreement of the main participants', () => {
    const r = talks('It was agreed that the river commission would meet in Brell in June.');
    const s = r.statements[0];
    assert.ok(s, describeStatements(r));
    assert.equal(s.act, 'agree');
    assert.equal(who(r, s.speaker), 'group[Brunnhold + Moravik]');
    assert.equal(s.content, 'the river commission would meet in Brell in June');
  });

});

describe('present tense, as joint statements write', () => {
  test('"The two leaders reaffirm …" and "Both sides agree to …" are statements of the pair', () => {
    const r = extractReadout('President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on May 10.\n\nThe two leaders reaffirm their commitment to open trade. Both leaders agree to hold the next round of talks in early 2022.', { title: 'Joint Statement of Varenia and Kestria', date: 'May 12, 2021' });
    const reaffirm = statementAbout(r, 'commitment to open trade');
    assert.equal(reaffirm.act, 'confirm');
    assert.equal(who(r, reaffirm.speaker), 'group[Brunnhold + Moravik]');
    const agree = statementAbout(r, 'next round of talks');
    assert.equal(agree.act, 'agree');
    assert.ok(r.commitments.some((c) => c.statement === agree.id), 'the agreement to hold talks is a commitment');
  });

  test('a present-tense verb without a subject before it is no statement ("a State visit")', () => {
    const r = extractReadout('President Dalen Moravik paid a State visit to Kestria.', { title: 'Visit', date: 'May 12, 2021' });
    assert.equal(r.statements.length, 0);
  });
});

describe('speakers the sentence names once', () => {
  test('"X accepted the invitation and said …": the sentence subject speaks', () => {
    const r = extractReadout('Secretary of State of the Federation of Calvera Daniel Ortbach accepted the invitation and said he intended to visit Doravel before the end of June.', { title: 'Call', date: 'February 14, 2025' });
    const s = statementAbout(r, 'visit Doravel');
    assert.equal(who(r, s.speaker), 'Ortbach');
    assert.equal(s.act, 'state');
  });

});
