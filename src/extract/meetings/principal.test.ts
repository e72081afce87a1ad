// The meeting a readout is about, as a reader sees it in the statements: a leader who met
// several people speaks at the leaders' meeting unless the text says otherwise, and "both
// leaders" are its participants. People and states are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeMeetings, describeStatements, extractReadout, personNamed, statementAbout, who } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by President Dalen Moravik of the Republic of Varenia';
const TWO_MEETINGS = 'President Dalen Moravik of the Republic of Varenia held talks with Foreign Minister Mara Quist on March 2, and with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on March 3.';

describe('the principal meeting', () => {
  test('a leader\'s statement without a day belongs to the leaders\' meeting, not to the first one', () => {
    const r = extractReadout(`${TWO_MEETINGS}\n\nPresident Moravik stated that the border was calm.`, { title: TITLE });
    const leaders = r.meetings.find((m) => m.participants.includes(personNamed(r, 'Brunnhold').id));
    assert.ok(leaders, describeMeetings(r));
    assert.equal(statementAbout(r, 'border was calm').meeting, leaders.id);
  });

  test('someone who was only at another meeting speaks at that one', () => {
    const r = extractReadout(`${TWO_MEETINGS}\n\nForeign Minister Quist explained the tariff policy.`, { title: TITLE });
    const withQuist = r.meetings.find((m) => m.participants.includes(personNamed(r, 'Quist').id));
    assert.ok(withQuist, describeMeetings(r));
    assert.equal(statementAbout(r, 'tariff policy').meeting, withQuist.id);
  });

  test('"it was agreed that …" is agreed by the leaders who met', () => {
    const r = extractReadout(`${TWO_MEETINGS}\n\nIt was agreed that the ferry would run daily.`, { title: TITLE });
    assert.equal(who(r, statementAbout(r, 'ferry would run daily').speaker), 'group[Brunnhold + Moravik]', describeStatements(r));
  });
});
