import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionShape, mentionsDestination } from './action.ts';

test('actions are read as visits, meetings or other deeds', () => {
  const visit = actionShape('visit Russia in the first half of 2004 to extensively discuss with Russian Foreign Minister Igor Ivanov the issue of the conclusion of a peace treaty', 'in the first half of 2004');
  assert.equal(visit.kind, 'visit');
  assert.equal(visit.destination, 'Russia');
  assert.equal(actionShape('pay an official visit to the Kingdom of Osterland', null).destination, 'Osterland');
  assert.equal(actionShape('a Laurian business mission would be sent to Varenia from August 16 to 20', 'from August 16 to 20').destination, 'Varenia');
  assert.equal(actionShape('hold the next round of talks on the maritime boundary in early 2020', 'in early 2020').kind, 'meeting');
  assert.equal(actionShape('host the next Global COVID-19 Summit in the first quarter of 2022', null).kind, 'meeting');
  // A meeting named only as the occasion does not make the deed a meeting.
  const sign = actionShape('sign the fisheries agreement at the summit meeting in September', 'at the summit meeting in September');
  assert.equal(sign.kind, 'other');
  assert.deepEqual([...sign.keys].sort(), ['agreement', 'fishery']);
  assert.deepEqual([...actionShape('complete the ratification of the Treaty on the Protection of Investments before the end of 2020', 'before the end of 2020').keys].sort(), ['investment', 'protection', 'ratification', 'treaty']);
});

test('a destination is where a passage says it happened or went, not any mention of the name', () => {
  assert.ok(mentionsDestination('Minister Hallvik visited the Kingdom of Osterland from March 4 to 6', 'Osterland'));
  assert.ok(mentionsDestination('who is leading a Laurian business mission visiting Varenia', 'Varenia'));
  assert.ok(mentionsDestination('the talks were held in Osterland on May 2', 'Osterland'));
  assert.ok(!mentionsDestination('Prime Minister of the Kingdom of Osterland Ingrid Vasker paid an official visit to the Republic of Varenia', 'Osterland'));
  assert.ok(!mentionsDestination('the Ambassador of Varenia to Osterland attended', 'Osterland'));
  assert.ok(!mentionsDestination('talks in Osterlandia', 'Osterland'));
});
