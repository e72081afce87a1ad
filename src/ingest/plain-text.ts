// Plain text (.txt): the readout's own lines, title and dateline at the top. Text that no other
// reader claims is read as plain text.
import type { TextReader } from './reader.ts';

/** Plain text keeps its lines; only blank lines at the ends, trailing spaces and runs of blank lines go. */
function tidyPlainText(text: string): string {
  return text.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
}

export const plainTextReader: TextReader<'txt'> = {
  format: 'txt',
  name: 'plain text',
  extensions: ['.txt', '.text'],
  mediaTypes: ['text/plain'],
  emptyMessage: 'no text (only white space)',
  reads: 'text',
  // Never claimed by content: plain text is what remains.
  sniff: () => false,
  read: (text) => ({ text: tidyPlainText(text) }),
};
