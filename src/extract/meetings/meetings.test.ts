// Meetings as a reader checks them: who met whom, on which day, in what format, and how
// many separate encounters a sentence reports. People and states are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeMeetings, extractReadout, meetingSummaries, sliceOf } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by President Dalen Moravik of the Republic of Varenia';

describe('meetings', () => {
  test('"held talks with A on DAY, and with B, C and representatives … on DAY2" is one meeting per day and counterpart', () => {
    const r = extractReadout(
      'President Dalen Moravik held talks with Foreign Minister Mara Quist on March 2, and with Prime Minister Ilse Brunnhold, Minister of Trade Lior Baskin and representatives of Kestrian business circles on March 3.',
      { title: TITLE },
    );
    assert.deepEqual(meetingSummaries(r).sort(), [
      '2021-03-02: Moravik, Quist',
      '2021-03-03: Baskin, Moravik',
      '2021-03-03: Brunnhold, Moravik',
    ], describeMeetings(r));
    assert.ok(r.meetings.every((m) => m.format === 'talks'));
  });

  test('"held separate talks with two …, Mr. A and Mr. B" is two meetings', () => {
    const r = extractReadout(
      'On March 3, President Dalen Moravik held separate talks with two former prime ministers, Mr. Emrik Solund and Mr. Tavish Grell.',
      { title: TITLE },
    );
    assert.deepEqual(meetingSummaries(r).sort(), ['2021-03-03: Grell, Moravik', '2021-03-03: Moravik, Solund'], describeMeetings(r));
  });

  test('"followed by talks with A … and B …" is one joint meeting', () => {
    const r = extractReadout(
      'President Dalen Moravik attended a welcome ceremony at the Kestrian parliament, followed by talks with Prime Minister Ilse Brunnhold and Foreign Minister Mara Quist.',
      { title: TITLE },
    );
    assert.deepEqual(meetingSummaries(r), ['null: Brunnhold, Moravik, Quist'], describeMeetings(r));
  });

  test('"met today with" is a meeting on the document date', () => {
    const r = extractReadout('Foreign Minister Tavo Renk of the Republic of Varenia met today with Minister of Trade Lior Baskin of the Kingdom of Kestria.', { title: TITLE });
    assert.deepEqual(meetingSummaries(r), ['2021-03-04: Baskin, Renk'], describeMeetings(r));
    assert.equal(r.meetings[0].format, 'talks');
  });

  test('"called on A and was hosted to lunch by B today" is a call and a meal', () => {
    const r = extractReadout('Foreign Minister Tavo Renk called on Speaker Orla Fenwick and was hosted to lunch by Prime Minister Ilse Brunnhold today.', { title: TITLE });
    const byFormat = Object.fromEntries(r.meetings.map((m) => [m.format, m]));
    assert.equal(r.meetings.length, 2, describeMeetings(r));
    assert.deepEqual(meetingSummaries(r), ['2021-03-04: Fenwick, Renk', '2021-03-04: Brunnhold, Renk']);
    assert.equal(byFormat.meal?.date, '2021-03-04');
    assert.ok(byFormat.talks);
  });

  test('"had a breakfast meeting with" is a meal', () => {
    const r = extractReadout('On March 3, Minister of Trade Lior Baskin had a breakfast meeting with Governor Nessa Varl.', { title: TITLE });
    assert.deepEqual(meetingSummaries(r), ['2021-03-03: Baskin, Varl'], describeMeetings(r));
    assert.equal(r.meetings[0].format, 'meal');
  });

  test('"in the presence of A and B" and "… participated in this event" make one ceremony', () => {
    const r = extractReadout(
      'Four memoranda were exchanged this morning at the Palace of Brell in the presence of President Dalen Moravik and Prime Minister Ilse Brunnhold. Foreign Minister Tavo Renk and Deputy Minister Corvin Hale participated in this event.',
      { title: TITLE },
    );
    assert.equal(r.meetings.length, 1, describeMeetings(r));
    assert.equal(r.meetings[0].format, 'ceremony');
    assert.deepEqual(meetingSummaries(r), ['2021-03-04: Brunnhold, Hale, Moravik, Renk']);
  });

  test('days are resolved against the document year', () => {
    const r = extractReadout('President Dalen Moravik held talks with Prime Minister Ilse Brunnhold on 3 January.', { title: TITLE, date: 'January 4, 2019' });
    assert.equal(r.meetings[0]?.date, '2019-01-03', describeMeetings(r));
  });

  test('a day after the dateline\'s day, across a new year, is in the year before', () => {
    const r = extractReadout('President Dalen Moravik held talks with Prime Minister Ilse Brunnhold on December 30.', { title: TITLE, date: 'January 2, 2019' });
    assert.equal(r.meetings[0]?.date, '2018-12-30', describeMeetings(r));
  });

  test('a meeting without a day has a null date', () => {
    const r = extractReadout('President Dalen Moravik held talks with Prime Minister Ilse Brunnhold in Brell.', { title: TITLE });
    assert.equal(r.meetings.length, 1, describeMeetings(r));
    assert.equal(r.meetings[0].date, null);
  });

  test('a meeting\'s span lies inside the sentence that reports it and ids are m1, m2, …', () => {
    const r = extractReadout(
      'President Dalen Moravik held talks with Foreign Minister Mara Quist on March 2. Foreign Minister Tavo Renk met today with Minister of Trade Lior Baskin.',
      { title: TITLE },
    );
    assert.deepEqual(r.meetings.map((m) => m.id), ['m1', 'm2']);
    assert.match(sliceOf(r, r.meetings[0].span), /^held talks with Foreign Minister Mara Quist/);
    assert.ok(!sliceOf(r, r.meetings[0].span).includes('Renk'));
  });

  test('a participant is never listed twice and nobody meets themselves', () => {
    const r = extractReadout('President Dalen Moravik held talks with Prime Minister Ilse Brunnhold on March 3. President Moravik held talks with Prime Minister Brunnhold on March 3.', { title: TITLE });
    assert.equal(r.meetings.length, 1, describeMeetings(r));
    for (const m of r.meetings) assert.equal(new Set(m.participants).size, m.participants.length);
  });
});

describe('visits', () => {
  test('a visit that spans days is a visit meeting with its end date and the host country', () => {
    const r = extractReadout('Minister for Foreign Affairs of the Republic of Kestria Anna Lodde paid an official visit to the Kingdom of Morvania from March 2 to March 4. She held talks with Prime Minister Ilse Brunnhold on March 3.', { title: 'Visit of Minister Lodde', date: 'March 5, 2021' });
    const visit = r.meetings.find((m) => m.format === 'visit');
    assert.ok(visit, 'a visit meeting');
    assert.equal(visit.date, '2021-03-02');
    assert.equal(visit.endDate, '2021-03-04');
    assert.deepEqual(visit.participants.map((p) => r.actors.find((a) => a.id === p)?.kind).sort(), ['country', 'person']);
  });

  test('a visit without days named is not a meeting', () => {
    const r = extractReadout('Minister Anna Lodde of Kestria is in the Kingdom of Morvania for an official visit.', { title: 'Visit', date: 'March 5, 2021' });
    assert.equal(r.meetings.filter((m) => m.format === 'visit').length, 0);
  });
});

describe('more meeting phrases', () => {
  test('"received a courtesy call from" and "hosted a dinner in honour of" are meetings', () => {
    const r = extractReadout('President Dalen Moravik received a courtesy call from Minister for Foreign Affairs of the Kingdom of Kestria Anna Lodde on March 3. Prime Minister Ilse Brunnhold hosted a dinner in honour of President Dalen Moravik on March 4.', { title: 'Visit', date: 'March 5, 2021' });
    const pairs = r.meetings.map((m) => [m.date, m.format, m.participants.length]);
    assert.deepEqual(pairs, [['2021-03-03', 'talks', 2], ['2021-03-04', 'meal', 2]]);
  });
});
