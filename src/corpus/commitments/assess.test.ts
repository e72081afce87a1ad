import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessAsOf, assessCommitments, findCommitmentEvidence } from './assess.ts';
import { knownCountries } from '../countries.ts';
import { resolvePersons } from '../persons/resolve.ts';
import { country, doc, group, person, spanOf, type DocSpec } from '../testing/records.ts';
import type { CommitmentAssessment, CorpusDocument } from '../types.ts';

// A fictional corpus: Varenia and Osterland, 2019–2021.
const promiseText = 'Foreign Minister Hallvik stated that he wished to visit Osterland in the first half of 2020. Both sides agreed to hold the next round of talks on the maritime boundary in early 2020. Prime Minister Aldemar stated that Osterland intended to complete the ratification of the Treaty on the Protection of Investments before the end of 2020. Both leaders agreed to deepen cooperation in renewable energy.';
const promises: DocSpec = {
  docId: 'promises', date: '2019-11-14', title: 'Visit to the Kingdom of Osterland', text: promiseText,
  actors: [
    person('a1', 'Tomas Hallvik', ['Minister for Foreign Affairs of the Republic of Varenia']),
    person('a2', 'Henrik Aldemar', ['Prime Minister of the Kingdom of Osterland']),
    country('a3', 'Varenia'), country('a4', 'Osterland'),
    group('a5', 'Both sides', ['a3', 'a4']),
    person('a6', 'Lukas Brenner', ['Prime Minister of the Republic of Varenia']),
    group('a7', 'Both leaders', ['a6', 'a2']),
  ],
  commitments: [
    { actors: ['a1'], action: 'visit Osterland in the first half of 2020', due: { text: 'in the first half of 2020', start: '2020-01-01', end: '2020-06-30' } },
    { actors: ['a5'], action: 'hold the next round of talks on the maritime boundary in early 2020', due: { text: 'in early 2020', start: '2020-01-01', end: '2020-04-30' } },
    { actors: ['a2', 'a4'], action: 'complete the ratification of the Treaty on the Protection of Investments before the end of 2020', due: { text: 'before the end of 2020', start: '2019-11-14', end: '2020-12-31' } },
    { actors: ['a7'], action: 'deepen cooperation in renewable energy', due: null },
  ],
};

const visitText = 'Prime Minister Tomas Hallvik of the Republic of Varenia visited the Kingdom of Osterland and met Foreign Minister Jonas Reuter in Halvmark. They discussed fisheries.';
function visitDoc(date: string, meetingDate: string | null = null, destination = 'the Kingdom of Osterland'): CorpusDocument {
  const text = visitText.replace('the Kingdom of Osterland', destination);
  return doc({
    docId: `visit-${date}`, date, text, title: 'Hallvik visit',
    // Hallvik is Prime Minister by now: the same person through resolvePersons.
    actors: [person('a1', 'Tomas Hallvik', ['Prime Minister']), person('a2', 'Jonas Reuter', ['Minister for Foreign Affairs of the Kingdom of Osterland'])],
    meetings: [{ date: meetingDate, format: 'visit', participants: ['a1', 'a2'], span: spanOf(text, 'Prime Minister Tomas Hallvik') }],
  });
}

const talksText = 'On September 8, the two delegations of Varenia and Osterland held the fourth round of talks on the maritime boundary in Doravel.\n\nThe leaders also discussed energy.';
function talksDoc(date: string, meetingDate: string | null): CorpusDocument {
  return doc({
    docId: `talks-${date}`, date, text: talksText,
    actors: [country('a1', 'Republic of Varenia'), country('a2', 'Kingdom of Osterland')],
    meetings: [{ date: meetingDate, format: 'talks', participants: ['a1', 'a2'], span: spanOf(talksText, 'held the fourth round') }],
  });
}

function assess(docs: CorpusDocument[], asOf: string): CommitmentAssessment[] {
  return assessCommitments(docs, resolvePersons(docs), asOf);
}
function statusOf(docs: CorpusDocument[], asOf: string, id: string): CommitmentAssessment {
  const a = assess(docs, asOf).find((x) => x.docId === 'promises' && x.commitmentId === id);
  assert.ok(a, `no assessment for ${id}`);
  return a;
}

test('a visit is kept when a later meeting with the actor takes place in the destination inside the window', () => {
  const docs = [doc(promises), visitDoc('2020-03-05')];
  const a = statusOf(docs, '2026-01-01', 'c1');
  assert.equal(a.status, 'kept');
  assert.equal(a.late, false);
  assert.equal(a.evidence?.docId, 'visit-2020-03-05');
  assert.deepEqual(a.evidence?.span, spanOf(visitText, 'Prime Minister Tomas Hallvik'));
  assert.match(a.reason, /^kept: .*Osterland on 2020-03-05/);
  assert.deepEqual(a.due, { text: 'in the first half of 2020', start: '2020-01-01', end: '2020-06-30' });
});

test('a visit somewhere else is no evidence; without evidence the visit is open until due, then overdue', () => {
  const docs = [doc(promises), visitDoc('2020-03-05', null, 'the Commonwealth of Lauria')];
  assert.equal(statusOf(docs, '2020-06-30', 'c1').status, 'open');          // the last day of the window
  const over = statusOf(docs, '2020-07-01', 'c1');
  assert.equal(over.status, 'overdue');
  assert.equal(over.evidence, null);
  assert.match(over.reason, /^overdue: due by 2020-06-30/);
});

test('evidence counts only once published: as of a date before the evidence document, the visit is open', () => {
  const docs = [doc(promises), visitDoc('2020-03-05')];
  assert.equal(statusOf(docs, '2020-03-04', 'c1').status, 'open');
  assert.equal(statusOf(docs, '2020-03-05', 'c1').status, 'kept');
});

test('window edges: evidence on due.end is in time; the day after is late; before due.start it does not count', () => {
  assert.equal(statusOf([doc(promises), visitDoc('2020-06-30')], '2026-01-01', 'c1').late, false);
  const late = statusOf([doc(promises), visitDoc('2020-07-01')], '2026-01-01', 'c1');
  assert.equal(late.status, 'kept');
  assert.equal(late.late, true);
  assert.match(late.reason, /^kept late \(due by 2020-06-30, done 2020-07-01\)/);
  // A document of 2019-12-20 (after the promise, before the window opens) is not the promised visit.
  assert.equal(statusOf([doc(promises), visitDoc('2019-12-20')], '2020-07-01', 'c1').status, 'overdue');
});

test('kept late: overdue as of a date in the gap, kept from the evidence date on', () => {
  const docs = [doc(promises), talksDoc('2020-09-09', '2020-09-08')];
  assert.equal(statusOf(docs, '2020-04-30', 'c2').status, 'open');
  assert.equal(statusOf(docs, '2020-05-01', 'c2').status, 'overdue');
  assert.equal(statusOf(docs, '2020-09-08', 'c2').status, 'overdue');   // the report is published on the 9th
  const kept = statusOf(docs, '2020-09-09', 'c2');
  assert.equal(kept.status, 'kept');
  assert.equal(kept.late, true);
  assert.equal(kept.evidenceDate, '2020-09-08');                        // the meeting's own date
  assert.match(kept.reason, /kept late \(due by 2020-04-30, done 2020-09-08\).*maritime, boundary/);
});

test('a meeting needs all the parties and its topic: talks of the same states on something else are no evidence', () => {
  const other = 'The two delegations of Varenia and Osterland held talks on fisheries in Doravel.';
  const fisheries = doc({
    docId: 'fish', date: '2020-03-01', text: other,
    actors: [country('a1', 'Varenia'), country('a2', 'Osterland')],
    meetings: [{ format: 'talks', participants: ['a1', 'a2'], span: spanOf(other, 'held talks') }],
  });
  const oneSide = doc({
    docId: 'one', date: '2020-03-02', text: talksText,
    actors: [country('a1', 'Varenia')],
    meetings: [{ format: 'talks', participants: ['a1'], span: spanOf(talksText, 'held the fourth round') }],
  });
  assert.equal(statusOf([doc(promises), fisheries, oneSide], '2021-01-01', 'c2').status, 'overdue');
  assert.equal(statusOf([doc(promises), talksDoc('2020-03-01', null)], '2021-01-01', 'c2').status, 'kept');
});

test('year end: due by 2020-12-31 is open on 2020-12-31 and overdue on 2021-01-01; evidence dated 2021-01-01 is late', () => {
  assert.equal(statusOf([doc(promises)], '2020-12-31', 'c3').status, 'open');
  assert.equal(statusOf([doc(promises)], '2021-01-01', 'c3').status, 'overdue');
  const text = 'Prime Minister Aldemar announced that the ratification of the Treaty on the Protection of Investments was complete.';
  const ratified = (date: string) => doc({
    docId: `r-${date}`, date, text,
    actors: [person('a1', 'Henrik Aldemar', ['Prime Minister'])],
    statements: [{ speaker: 'a1', verb: 'announced', content: 'the ratification of the Treaty on the Protection of Investments was complete', span: [0, text.length] }],
  });
  assert.equal(statusOf([doc(promises), ratified('2020-12-31')], '2021-06-01', 'c3').late, false);
  const late = statusOf([doc(promises), ratified('2021-01-01')], '2021-06-01', 'c3');
  assert.equal(late.status, 'kept');
  assert.equal(late.late, true);
  assert.match(late.reason, /Aldemar announced on 2021-01-01/);
});

test('a statement is evidence only from the named actor (or its country) and with enough shared key words', () => {
  const text = 'x';
  const byOther = doc({
    docId: 'other', date: '2020-05-01', text,
    actors: [person('a1', 'Marek Ostrowin', ['Minister of Trade and Industry of Lauria'])],
    statements: [{ speaker: 'a1', content: 'the ratification of the Treaty on the Protection of Investments was complete' }],
  });
  const tooLittle = doc({
    docId: 'little', date: '2020-05-02', text,
    actors: [person('a1', 'Henrik Aldemar', ['Prime Minister'])],
    statements: [{ speaker: 'a1', content: 'the ratification of the fisheries agreement was delayed' }],
  });
  const sameCountry = doc({
    docId: 'same', date: '2020-05-03', text,
    actors: [person('a1', 'Ingrid Vasker', ['Minister of Finance of the Kingdom of Osterland'])],
    statements: [{ speaker: 'a1', content: 'the Treaty on the Protection of Investments had been ratified by the National Assembly' }],
  });
  assert.equal(statusOf([doc(promises), byOther, tooLittle], '2021-06-01', 'c3').status, 'overdue');
  const kept = statusOf([doc(promises), byOther, tooLittle, sameCountry], '2021-06-01', 'c3');
  assert.equal(kept.status, 'kept');
  assert.equal(kept.evidence?.docId, 'same');
});

test('a signed document of the actor with the action\'s key words is evidence', () => {
  const text = 'Appendix';
  const signed = doc({
    docId: 'signed', date: '2020-11-02', text,
    actors: [person('a1', 'Henrik Aldemar', ['Prime Minister'])],
    documents: [{ title: 'Instrument of Ratification of the Treaty on the Protection of Investments', signatories: [{ actor: 'a1', name: 'Aldemar', title: 'Prime Minister' }] }],
  });
  const a = statusOf([doc(promises), signed], '2021-06-01', 'c3');
  assert.equal(a.status, 'kept');
  assert.match(a.reason, /"Instrument of Ratification.*" signed by Aldemar on 2020-11-02/);
});

test('no due date: open without evidence, kept with it; evidence in the promise\'s own document does not count', () => {
  assert.equal(statusOf([doc(promises)], '2030-01-01', 'c4').status, 'open');
  assert.match(statusOf([doc(promises)], '2030-01-01', 'c4').reason, /no due date/);
  const text = 'Prime Minister Brenner stated that cooperation in renewable energy had grown, with the first offshore wind farm connected.';
  const later = doc({
    docId: 'later', date: '2021-02-01', text,
    actors: [person('a1', 'Lukas Brenner', ['Prime Minister'])],
    statements: [{ speaker: 'a1', content: 'cooperation in renewable energy had grown, with the first offshore wind farm connected' }],
  });
  assert.equal(statusOf([doc(promises), later], '2030-01-01', 'c4').status, 'kept');
  const selfText = 'Both leaders agreed to deepen cooperation in renewable energy. Brenner said renewable energy mattered.';
  const self = { ...promises, text: selfText, statements: [{ speaker: 'a6', content: 'renewable energy cooperation mattered' }] };
  assert.equal(assess([doc(self)], '2030-01-01').find((x) => x.commitmentId === 'c4')?.status, 'open');
});

test('evidence dated before the promise does not count, even in a later document', () => {
  const recalled = visitDoc('2020-03-05', '2019-10-01');
  assert.equal(statusOf([doc(promises), recalled], '2020-07-01', 'c1').status, 'overdue');
});

test('every commitment gets one assessment, oldest document first; a bad as-of date is a clear error', () => {
  const docs = [visitDoc('2020-03-05'), doc(promises)];
  assert.deepEqual(assess(docs, '2026-01-01').map((a) => `${a.docId}/${a.commitmentId}`), ['promises/c1', 'promises/c2', 'promises/c3', 'promises/c4']);
  assert.throws(() => assess(docs, '01/01/2026'), /as-of date "01\/01\/2026": expected YYYY-MM-DD/);
});

// The split the store uses: the evidence found once per corpus, the status answered for any as-of date.
function ratifiedDoc(date: string): CorpusDocument {
  const text = 'Prime Minister Aldemar announced that the ratification of the Treaty on the Protection of Investments was complete.';
  return doc({
    docId: `r-${date}`, date, text,
    actors: [person('a1', 'Henrik Aldemar', ['Prime Minister'])],
    statements: [{ speaker: 'a1', verb: 'announced', content: 'the ratification of the Treaty on the Protection of Investments was complete', span: [0, text.length] }],
  });
}

test('evidence found once answers every as-of date as a full assessment would, also after a JSON round trip', () => {
  const docs = [doc(promises), visitDoc('2020-03-05'), talksDoc('2020-09-09', '2020-09-08'), ratifiedDoc('2021-01-01')];
  const persons = resolvePersons(docs);
  const index = JSON.parse(JSON.stringify(findCommitmentEvidence(docs, persons)));
  // Before any promise; before the evidence's document; its day; between c2's due end (04-30) and its late
  // evidence (09-08, published 09-09); the meeting's own day; the report's day; after everything.
  const dates = ['2019-01-01', '2020-03-04', '2020-03-05', '2020-05-01', '2020-09-08', '2020-09-09', '2021-01-01', '2030-01-01'];
  for (const asOf of dates) assert.deepEqual(assessAsOf(index, asOf), assessCommitments(docs, persons, asOf), asOf);
  const status = (asOf: string, id: string) => assessAsOf(index, asOf).find((a) => a.commitmentId === id)!;
  assert.equal(status('2020-03-04', 'c1').status, 'open');
  assert.equal(status('2020-03-05', 'c1').status, 'kept');
  assert.equal(status('2020-05-01', 'c2').status, 'overdue');
  assert.equal(status('2020-09-09', 'c2').late, true);
  assert.equal(status('2020-12-31', 'c3').status, 'open');
  assert.equal(status('2021-01-01', 'c3').late, true);
});

test('an earlier meeting reported later replaces the evidence once its report is published', () => {
  // The visit of 2020-03-05 is reported at once; an earlier one (2020-02-01) only on 2020-05-01.
  const docs = [doc(promises), visitDoc('2020-03-05'), visitDoc('2020-05-01', '2020-02-01')];
  const persons = resolvePersons(docs);
  const index = findCommitmentEvidence(docs, persons);
  const c1 = (asOf: string) => assessAsOf(index, asOf).find((a) => a.commitmentId === 'c1')!;
  assert.equal(c1('2020-03-10').evidenceDate, '2020-03-05');
  assert.equal(c1('2020-06-01').evidenceDate, '2020-02-01');
  assert.equal(c1('2020-06-01').evidence?.docId, 'visit-2020-05-01');
  for (const asOf of ['2020-03-10', '2020-06-01']) assert.deepEqual(c1(asOf), assessCommitments(docs, persons, asOf).find((a) => a.commitmentId === 'c1'));
});

test('the known states may be passed in; a bad as-of date is a clear error for the split too', () => {
  const docs = [doc(promises), visitDoc('2020-03-05')];
  const persons = resolvePersons(docs);
  const known = knownCountries(docs.map((d) => d.record));
  assert.deepEqual(assessAsOf(findCommitmentEvidence(docs, persons, known), '2026-01-01'), assessCommitments(docs, persons, '2026-01-01'));
  assert.throws(() => assessAsOf(findCommitmentEvidence(docs, persons), '2026-13-45'), /as-of date "2026-13-45": expected YYYY-MM-DD/);
});

test('two visits on one day: the actor\'s own is chosen over a compatriot\'s, whichever document comes first', () => {
  const text = (who: string) => `${who} of the Republic of Varenia visited the Kingdom of Osterland and met Foreign Minister Jonas Reuter in Halvmark.`;
  const visitBy = (docId: string, name: string, title: string) => doc({
    docId, date: '2020-03-05', text: text(`${title} ${name}`), title: `${name} visit`,
    actors: [person('a1', name, [`${title} of the Republic of Varenia`]), person('a2', 'Jonas Reuter', ['Minister for Foreign Affairs of the Kingdom of Osterland'])],
    meetings: [{ format: 'visit', participants: ['a1', 'a2'], span: spanOf(text(`${title} ${name}`), title) }],
  });
  // "a-…" sorts before "b-…": the compatriot's visit is first in corpus order.
  const docs = [doc(promises), visitBy('a-compatriot', 'Edda Saarner', 'Minister of Energy'), visitBy('b-own', 'Tomas Hallvik', 'Prime Minister')];
  const persons = resolvePersons(docs);
  const index = findCommitmentEvidence(docs, persons);
  const c1 = assessAsOf(index, '2020-06-01').find((a) => a.commitmentId === 'c1')!;
  assert.equal(c1.evidence?.docId, 'b-own');
  assert.deepEqual(c1, assessCommitments(docs, persons, '2020-06-01').find((a) => a.commitmentId === 'c1'));
});
