// Test-only: the readout the commitment tests build on, talks of May 10 between two invented leaders.
import type { ReadoutRecord } from '../../record.ts';
import { extractReadout } from '../test-helpers.test-util.ts';

const TITLE = 'Visit to the Kingdom of Kestria by President Dalen Moravik of the Republic of Varenia';
const TALKS = 'President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on May 10.';

/** A readout dated `date` of the May 10 talks, followed by `paragraphs`. */
export function talks(paragraphs: string, date = 'May 12, 2021'): ReadoutRecord {
  return extractReadout(`${TALKS}\n\n${paragraphs}`, { title: TITLE, date });
}
