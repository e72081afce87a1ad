// The corpus logic on the example readouts, extracted by hand as ../shared/spec/record.md says they
// should be (spans located in the real example texts). Independent of the extractor: if it gives these
// records, examples/README.md's statuses follow. examples.test.ts runs the real extractor instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Due } from '../record.ts';
import { assessCommitments, resolvePersons } from './index.ts';
import { country, doc, group, person, spanOf } from './testing/records.ts';
import { EXAMPLES_DIR, expectedCommitments } from './testing/readme.ts';
import type { CorpusDocument, PersonEntity } from './types.ts';

const VA = 'X-VARENIA', OS = 'X-OSTERLAND', LA = 'X-LAURIA';
const read = (file: string) => readFileSync(join(EXAMPLES_DIR, file), 'utf8');
const due = (text: string, start: string, end: string): Due => ({ text, start, end });

function build(): (CorpusDocument & { file: string })[] {
  const out: (CorpusDocument & { file: string })[] = [];
  const add = (file: string, date: string, fill: (text: string, s: (p: string) => [number, number]) => Omit<Parameters<typeof doc>[0], 'docId' | 'date'>) => {
    const text = read(file);
    out.push({ file, ...doc({ docId: file, date, text, ...fill(text, (p) => spanOf(text, p)) }) });
  };

  add('2019-11-14-brenner-visit-osterland.txt', '2019-11-14', (_, s) => ({
    actors: [
      person('a1', 'Lukas Brenner', ['Prime Minister of the Republic of Varenia'], VA), person('a2', 'Henrik Aldemar', ['Prime Minister of the Kingdom of Osterland'], OS),
      person('a3', 'Tomas Hallvik', ['Minister for Foreign Affairs of the Republic of Varenia', 'Foreign Minister'], VA),
      person('a4', 'Jonas Reuter', ['Minister for Foreign Affairs of the Kingdom of Osterland', 'Foreign Minister'], OS),
      person('a5', 'Anton Velde', ['Minister of Finance of the Kingdom of Osterland'], OS), person('a6', 'Petra Dorn', ['Speaker of the National Assembly of Osterland'], OS),
      country('a7', 'Republic of Varenia', VA), country('a8', 'Kingdom of Osterland', OS), group('a9', 'Both sides', ['a7', 'a8']),
    ],
    meetings: [
      { date: '2019-11-13', participants: ['a1', 'a2'], span: s('Prime Minister Brenner held talks with Prime Minister of the Kingdom of Osterland Henrik Aldemar on November 13') },
      { date: '2019-11-12', participants: ['a3', 'a4'], span: s('Minister for Foreign Affairs of the Republic of Varenia Tomas Hallvik held talks') },
      { participants: ['a1', 'a6'], span: s('Prime Minister Brenner also held talks with Speaker') },
    ],
    statements: [
      { speaker: 'a1', content: 'the delimitation of the maritime boundary in the Gullmar Sound was the most important outstanding question between the two countries, and that it should be settled through negotiations based on international law', span: s('Prime Minister Brenner stated that the delimitation') },
      { speaker: 'a2', content: 'Osterland intended to complete the ratification of the Treaty on the Protection of Investments before the end of 2020', span: s('In response, Prime Minister Aldemar stated that Osterland intended') },
    ],
    commitments: [
      { actors: ['a3'], action: 'visit Osterland in the first half of 2020 to discuss with Foreign Minister Reuter the conclusion of an agreement on fisheries', modality: 'intend', due: due('in the first half of 2020', '2020-01-01', '2020-06-30'), span: s('visit Osterland in the first half of 2020') },
      { actors: ['a9'], action: 'hold the next round of talks on the maritime boundary in early 2020', modality: 'agree', due: due('in early 2020', '2020-01-01', '2020-04-30'), span: s('hold the next round of talks on the maritime boundary') },
      { actors: ['a2', 'a8'], action: 'complete the ratification of the Treaty on the Protection of Investments before the end of 2020', modality: 'intend', due: due('before the end of 2020', '2019-11-14', '2020-12-31'), span: s('complete the ratification of the Treaty') },
    ],
  }));

  add('2020-03-05-hallvik-reuter-meeting.txt', '2020-03-05', (_, s) => ({
    actors: [
      person('a1', 'Tomas Hallvik', ['Minister for Foreign Affairs', 'Foreign Minister'], VA), person('a2', 'Jonas Reuter', ['Minister for Foreign Affairs', 'Foreign Minister'], OS),
      person('a3', 'Lukas Brenner', ['Prime Minister'], VA), group('a4', 'The two ministers', ['a1', 'a2']),
    ],
    meetings: [{ date: '2020-03-05', endDate: null, place: 'Halvmark', format: 'visit', participants: ['a1', 'a2'], span: s('Minister for Foreign Affairs Tomas Hallvik visited the Kingdom of Osterland from March 4 to 6 and met today in Halvmark with Minister for Foreign Affairs Jonas Reuter of Osterland') }],
    statements: [{ speaker: 'a4', act: 'discuss', verb: 'discussed', content: 'the draft agreement on fisheries, the protection of fish stocks in the Gullmar Sound, and the situation in the Northern Seas', span: s('The two ministers discussed') }],
    commitments: [{ actors: ['a4'], action: 'sign the fisheries agreement at the summit meeting in September', modality: 'agree', due: due('at the summit meeting in September', '2020-09-01', '2020-09-30'), span: s('sign the fisheries agreement at the summit meeting in September') }],
  }));

  add('2020-09-09-brenner-aldemar-summit.txt', '2020-09-09', (_, s) => ({
    actors: [
      person('a1', 'Lukas Brenner', ['Prime Minister'], VA), person('a2', 'Henrik Aldemar', ['Prime Minister of the Kingdom of Osterland'], OS),
      person('a3', 'Greta Velde', ['Minister of Fisheries of the Kingdom of Osterland', 'Minister of Fisheries'], OS),
      person('a4', 'Hallvik', ['Minister for Foreign Affairs'], VA, { surname: 'Hallvik' }), person('a5', 'Reuter', ['Minister for Foreign Affairs'], OS, { surname: 'Reuter' }),
      country('a6', 'Varenia', VA), country('a7', 'Kingdom of Osterland', OS), group('a8', 'Both leaders', ['a1', 'a2']),
    ],
    meetings: [
      { date: '2020-09-09', place: 'Doravel', participants: ['a1', 'a2'], span: s('On September 9, Prime Minister Lukas Brenner held talks') },
      { date: '2020-09-08', place: 'Doravel', participants: ['a1', 'a2'], span: s('On September 8, Prime Minister Brenner and Prime Minister Aldemar held the fourth round of talks on the maritime boundary in Doravel') },
    ],
    statements: [
      { speaker: 'a1', verb: 'said', content: 'the Fisheries Agreement signed today would protect fish stocks in the Gullmar Sound and give the fishing communities of both countries a stable future', span: s('Prime Minister Brenner said that the Fisheries Agreement') },
      { speaker: 'a2', content: 'Osterland was ready to continue the negotiations on the basis of the joint survey', span: s('In response, Prime Minister Aldemar stated that Osterland was ready') },
    ],
    documents: [{
      title: 'Agreement between the Government of the Republic of Varenia and the Government of the Kingdom of Osterland on Cooperation in Fisheries',
      signatories: [{ actor: 'a4', name: 'Hallvik', title: 'Minister for Foreign Affairs' }, { actor: 'a5', name: 'Reuter', title: 'Minister for Foreign Affairs' }],
      parties: [VA, OS], date: '2020-09-09', signedAtCeremony: true, entryIntoForce: 'after-approval', span: s('◎ Agreement between the Government'),
    }],
    commitments: [
      { actors: ['a2', 'a7'], action: 'continue the negotiations on the basis of the joint survey', modality: 'ready', span: s('continue the negotiations on the basis of the joint survey') },
      { actors: ['a8'], action: 'deepen cooperation in renewable energy, including the undersea power cable between the two countries', modality: 'agree', span: s('deepen cooperation in renewable energy, including') },
      { actors: ['a1'], action: 'visit Osterland in 2021', modality: 'will', due: due('in 2021', '2021-01-01', '2021-12-31'), span: s('he would visit Osterland in 2021') },
    ],
  }));

  add('2021-06-18-varenia-lauria-mous.txt', '2021-06-18', (_, s) => ({
    actors: [
      person('a1', 'Lukas Brenner', ['Prime Minister'], VA), person('a2', 'Oleksa Dravchenko', ['Minister for Foreign Affairs of Lauria'], LA),
      person('a3', 'Marek Ostrowin', ['Minister of Trade and Industry of Lauria'], LA), person('a4', 'Tomas Hallvik', ['Minister for Foreign Affairs'], VA),
      country('a5', 'Republic of Varenia', VA), country('a6', 'Commonwealth of Lauria', LA), group('a7', 'The two sides', ['a5', 'a6']),
    ],
    meetings: [
      { date: '2021-06-18', place: 'Doravel', format: 'ceremony', participants: ['a1', 'a2'], span: s('were exchanged this morning (18)') },
      { date: '2021-06-18', participants: ['a4', 'a2'], span: s('Minister for Foreign Affairs Tomas Hallvik and Minister Dravchenko also held talks on regional developments') },
    ],
    commitments: [
      { actors: ['a2'], action: 'a Laurian business mission would be sent to Varenia from August 16 to 20, led by Minister of Trade and Industry Marek Ostrowin', due: due('from August 16 to 20', '2021-08-16', '2021-08-20'), span: s('a Laurian business mission would be sent') },
      { actors: ['a7'], action: 'hold the next round of talks on the free trade agreement in early 2022', modality: 'agree', due: due('in early 2022', '2022-01-01', '2022-04-30'), span: s('hold the next round of talks on the free trade agreement') },
      { actors: ['a2', 'a6'], action: 'propose a joint action plan on the security of shipping in the Northern Seas in the first half of 2022', due: due('in the first half of 2022', '2022-01-01', '2022-06-30'), span: s('propose a joint action plan') },
    ],
  }));

  add('2021-08-18-laurian-business-mission.txt', '2021-08-18', (_, s) => ({
    actors: [person('a1', 'Tomas Hallvik', ['Minister for Foreign Affairs', 'Foreign Minister'], VA), person('a2', 'Marek Ostrowin', ['Minister of Trade and Industry of Lauria'], LA)],
    meetings: [{ date: '2021-08-18', place: 'Doravel', participants: ['a1', 'a2'], span: s('Minister for Foreign Affairs Tomas Hallvik met today in Doravel with Minister of Trade and Industry of Lauria Marek Ostrowin') }],
    statements: [{ speaker: 'a1', act: 'welcome', verb: 'welcomed', content: 'the forty Laurian companies taking part in the mission', span: s('Foreign Minister Hallvik welcomed') }],
  }));

  add('2022-03-29-hallvik-visit-lauria.txt', '2022-03-29', (_, s) => ({
    actors: [
      person('a1', 'Tomas Hallvik', ['Prime Minister of the Republic of Varenia', 'Prime Minister'], VA), person('a2', 'Ivo Sarkany', ['President of the Commonwealth of Lauria'], LA),
      person('a3', 'Oleksa Dravchenko', ['Minister for Foreign Affairs of Lauria'], LA), country('a4', 'Republic of Varenia', VA), country('a5', 'Lauria', LA),
    ],
    meetings: [{ date: '2022-03-28', place: 'Selmar', participants: ['a1', 'a2', 'a3'], span: s('On March 28, Prime Minister Hallvik held talks in Selmar') }],
    statements: [
      { speaker: 'a2', content: 'the second round of talks on the free trade agreement had made substantial progress on tariffs and rules of origin', span: s('President Sarkany stated') },
      { speaker: 'a1', content: 'Varenia would host the Northern Seas Energy Forum in 2023', span: s('Prime Minister Hallvik stated that Varenia would host') },
      { speaker: 'a3', act: 'propose', verb: 'proposed', content: 'a joint action plan on the security of shipping in the Northern Seas, to be adopted by the coastal states', span: s('Minister Dravchenko proposed') },
    ],
    commitments: [{ actors: ['a1', 'a4'], action: 'host the Northern Seas Energy Forum in 2023', due: due('in 2023', '2023-01-01', '2023-12-31'), span: s('host the Northern Seas Energy Forum in 2023') }],
  }));

  add('2023-06-22-vasker-visit-varenia.txt', '2023-06-22', (_, s) => ({
    actors: [
      person('a1', 'Ingrid Vasker', ['Prime Minister of the Kingdom of Osterland'], OS), person('a2', 'Tomas Hallvik', ['Prime Minister'], VA),
      person('a3', 'Lukas Brenner', ['former Prime Minister'], VA), person('a4', 'Marsk', ['Minister for Foreign Affairs of Varenia'], VA, { surname: 'Marsk' }),
      person('a5', 'Dorn', ['Ambassador of Osterland to Varenia'], OS, { surname: 'Dorn' }),
      country('a6', 'Kingdom of Osterland', OS), country('a7', 'Republic of Varenia', VA), group('a8', 'The two leaders', ['a1', 'a2']),
    ],
    meetings: [
      { date: '2023-06-21', place: 'Doravel', format: 'forum', participants: ['a1', 'a2'], span: s('On 21 June, Prime Minister Vasker attended the Northern Seas Energy Forum hosted by Prime Minister Tomas Hallvik in Doravel') },
      { date: '2023-06-22', participants: ['a1', 'a2'], span: s('On 22 June, Prime Minister Vasker held talks with Prime Minister Hallvik') },
      { date: '2023-06-22', participants: ['a1', 'a3'], span: s('also met former Prime Minister Lukas Brenner') },
    ],
    statements: [
      { speaker: 'a2', content: 'the Northern Seas Energy Forum had brought together the governments of eleven coastal states, and that construction of the undersea power cable between Varenia and Osterland had begun', span: s('(1) Prime Minister Hallvik stated') },
      { speaker: 'a1', content: 'Osterland intended to complete the ratification of the Fisheries Agreement before the end of 2023', span: s('In response, Prime Minister Vasker stated') },
      { speaker: 'a1', content: 'the joint survey of the Gullmar Sound had been completed and that the two sides should now agree on the line', span: s('Prime Minister Vasker stated that the joint survey') },
    ],
    documents: [{ title: 'Memorandum of Cooperation on Maritime Search and Rescue between the Republic of Varenia and the Kingdom of Osterland', kind: 'memorandum', signatories: [{ actor: 'a4', name: 'Marsk', title: 'Minister for Foreign Affairs of Varenia' }, { actor: 'a5', name: 'Dorn', title: 'Ambassador of Osterland to Varenia' }], parties: [VA, OS], span: s('◎ Memorandum of Cooperation on Maritime') }],
    commitments: [
      { actors: ['a1', 'a6'], action: 'complete the ratification of the Fisheries Agreement before the end of 2023', modality: 'intend', due: due('before the end of 2023', '2023-06-22', '2023-12-31'), span: s('complete the ratification of the Fisheries Agreement') },
      { actors: ['a8'], action: 'hold the next summit meeting in Halvmark in 2026', modality: 'agree', due: due('in 2026', '2026-01-01', '2026-12-31'), span: s('hold the next summit meeting in Halvmark') },
    ],
  }));

  add('2024-11-05-hallvik-dravtchenko-readout.txt', '2024-11-05', (_, s) => ({
    actors: [
      person('a1', 'Tomas Hallvik', ['Prime Minister'], VA), person('a2', 'Oleksa Dravtchenko', ['President'], LA),
      country('a3', 'Commonwealth of Lauria', LA), group('a4', 'The two leaders', ['a1', 'a2']),
    ],
    meetings: [{ date: '2024-11-05', place: 'Doravel', participants: ['a1', 'a2'], span: s('Prime Minister Tomas Hallvik met today in Doravel with President Oleksa Dravtchenko') }],
    commitments: [
      { actors: ['a4'], action: 'convene the first meeting of the Varenia-Lauria Joint Economic Commission in Selmar in the first half of 2025', modality: 'agree', due: due('in the first half of 2025', '2025-01-01', '2025-06-30'), span: s('convene the first meeting') },
      { actors: ['a4'], action: 'deepen cooperation on maritime security with partners in the region', modality: 'will', span: s('deepen cooperation on maritime security') },
    ],
  }));
  return out;
}

const docs = build();
const persons = resolvePersons(docs);

function named(spelling: string): PersonEntity[] {
  return persons.filter((p) => p.names.includes(spelling));
}

test('examples, extracted by hand: the people of examples/README.md', () => {
  const [hallvik] = named('Tomas Hallvik');
  assert.deepEqual(named('Hallvik'), [hallvik]);
  assert.deepEqual(hallvik.roles.map((r) => [r.title, r.firstSeen, r.lastSeen]), [
    ['Minister for Foreign Affairs', '2019-11-14', '2021-08-18'],
    ['Prime Minister', '2022-03-29', '2024-11-05'],
  ]);
  const [brenner] = named('Lukas Brenner');
  assert.equal(named('Lukas Brenner').length, 1);
  assert.deepEqual(brenner.roles.map((r) => r.title), ['Prime Minister', 'former Prime Minister']);
  assert.deepEqual(named('Oleksa Dravtchenko'), named('Oleksa Dravchenko'));
  assert.equal(named('Oleksa Dravchenko').length, 1);
  const [petra] = named('Petra Dorn');
  const [ambassador] = named('Dorn');
  assert.notEqual(petra, ambassador);
  assert.deepEqual([petra.possibleMatches, ambassador.possibleMatches], [[ambassador.id], [petra.id]]);
  assert.notEqual(named('Anton Velde')[0], named('Greta Velde')[0]);
  assert.deepEqual(named('Anton Velde')[0].possibleMatches, []);
});

test('examples, extracted by hand: every commitment of examples/README.md has its status as of 2026-01-01', () => {
  const assessments = assessCommitments(docs, persons, '2026-01-01');
  const rows = expectedCommitments();
  assert.equal(rows.length, assessments.length, 'one README row per commitment');
  for (const row of rows) {
    const d = docs.find((x) => x.file === row.file)!;
    const c = d.record.commitments.find((x) => x.action.toLowerCase().includes(row.phrase.toLowerCase()));
    assert.ok(c, `row ${row.row}: no hand-built commitment "${row.phrase}"`);
    const a = assessments.find((x) => x.docId === d.docId && x.commitmentId === c.id)!;
    assert.equal(a.status, row.status, `row ${row.row} "${row.phrase}": ${a.reason}`);
    assert.equal(row.due === '—' ? null : `${a.due?.start}..${a.due?.end}`, row.due === '—' ? null : row.due, `row ${row.row} due`);
    if (a.status === 'kept') {
      assert.ok(a.evidence && a.evidence.docId !== d.docId, `row ${row.row}: evidence from another document`);
      const text = docs.find((x) => x.docId === a.evidence!.docId)!.record.document.text;
      assert.ok(a.evidence.span[1] > a.evidence.span[0] && a.evidence.span[1] <= text.length, `row ${row.row}: evidence span within its text`);
    }
  }
});

test('examples, extracted by hand: late and as-of cases of examples/README.md', () => {
  const find = (file: string, phrase: string, asOf: string) => {
    const d = docs.find((x) => x.file === file)!;
    const c = d.record.commitments.find((x) => x.action.includes(phrase))!;
    return assessCommitments(docs, persons, asOf).find((x) => x.docId === d.docId && x.commitmentId === c.id)!;
  };
  const talks = (asOf: string) => find('2019-11-14-brenner-visit-osterland.txt', 'maritime boundary', asOf);
  assert.equal(talks('2020-06-01').status, 'overdue');
  assert.equal(talks('2026-01-01').late, true);
  assert.match(talks('2026-01-01').reason, /^kept late \(due by 2020-04-30, done 2020-09-08\)/);
  assert.equal(find('2019-11-14-brenner-visit-osterland.txt', 'Treaty on the Protection', '2020-12-31').status, 'open');
  assert.equal(find('2023-06-22-vasker-visit-varenia.txt', 'next summit meeting', '2027-01-01').status, 'overdue');
  const visit = find('2019-11-14-brenner-visit-osterland.txt', 'visit Osterland', '2026-01-01');
  assert.equal(visit.evidence?.docId, '2020-03-05-hallvik-reuter-meeting.txt');
  assert.equal(visit.late, false);
  const mission = find('2021-06-18-varenia-lauria-mous.txt', 'business mission', '2026-01-01');
  assert.equal(mission.evidence?.docId, '2021-08-18-laurian-business-mission.txt');
  const plan = find('2021-06-18-varenia-lauria-mous.txt', 'joint action plan', '2026-01-01');
  assert.match(plan.reason, /Dravchenko proposed on 2022-03-29/);
});
