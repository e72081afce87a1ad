// Test-only: the readout the statement tests build on, talks of March 3 between two invented leaders.
import type { ReadoutRecord } from '../../record.ts';
import { extractReadout } from '../test-helpers.test-util.ts';

export const TITLE = 'Visit to the Kingdom of Kestria by President Dalen Moravik of the Republic of Varenia';
export const TALKS = 'President Dalen Moravik of the Republic of Varenia held talks with Prime Minister Ilse Brunnhold of the Kingdom of Kestria on March 3.';

/** A readout of the March 3 talks followed by `paragraphs`. */
export function talks(paragraphs: string): ReadoutRecord {
  return extractReadout(`${TALKS}\n\n${paragraphs}`, { title: TITLE });
}
