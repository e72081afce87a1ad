// collectNamedEvents: events whose dates the text gives, for later bare mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectNamedEvents, findDue } from './index.ts';

// A fictional readout, written for this test.
const READOUT = `Meeting Between Prime Minister Odile Varen of Osterland and President Luka Brenner of Varenia

May 12, 2009

President Brenner said that he was ready to discuss the river issue at the summit meeting in July, and expected that all options would be discussed at the summit meeting.
The meeting followed the summit meeting in Kestria held in February.
Both leaders agreed to advance preparations for the Northern Ports Cooperation (NPC) Summit in Port Kestrel to be held in 2012.
Prime Minister Varen stated that on the occasion of the ministerial meeting on December 20 she would raise the fisheries question.
During the talks on May 11, the two sides discussed trade. They will meet again at the meeting in October.`;

test('events dated in the text, with the place where it is given', () => {
  const events = collectNamedEvents(READOUT, '2009-05-12');
  assert.deepEqual(events, [
    { name: 'summit meeting', start: '2009-07-01', end: '2009-07-31' },
    { name: 'summit meeting', start: '2009-02-01', end: '2009-02-28', place: 'Kestria' },
    { name: 'Northern Ports Cooperation (NPC) Summit', start: '2012-01-01', end: '2012-12-31', place: 'Port Kestrel' },
    { name: 'NPC Summit', start: '2012-01-01', end: '2012-12-31', place: 'Port Kestrel' },
    { name: 'ministerial meeting', start: '2009-12-20', end: '2009-12-20' },
  ]);
});

test('a later bare mention takes the upcoming event of that name', () => {
  const events = collectNamedEvents(READOUT, '2009-05-12');
  const due = findDue('all options would be discussed at the summit meeting', '2009-05-12', events);
  assert.deepEqual(due, { text: 'at the summit meeting', start: '2009-07-01', end: '2009-07-31', index: 31 });
  assert.deepEqual(findDue('present the plan at the NPC Summit', '2009-05-12', events)?.start, '2012-01-01');
});

test('a text with no dated events gives none', () => {
  assert.deepEqual(collectNamedEvents('The two leaders met today and discussed the summit.', '2020-01-01'), []);
  assert.deepEqual(collectNamedEvents('', '2020-01-01'), []);
});
