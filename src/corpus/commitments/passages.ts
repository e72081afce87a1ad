// The passages around a span that evidence is read from: its sentence and its paragraph.

/** The paragraph (between blank lines) holding a span. */
export function paragraphAround(text: string, span: [number, number]): string {
  const start = Math.max(0, text.lastIndexOf('\n\n', Math.max(0, span[0] - 1)));
  const endAt = text.indexOf('\n\n', span[1]);
  return text.slice(start, endAt < 0 ? text.length : endAt);
}

const WHITE = /\s/;

/** True when a sentence may start at `i`: after a line break, or after ".", "!" or "?" and a space. */
function sentenceStartsAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === '\n') return true;
  if (i < 2 || !WHITE.test(prev)) return false;
  const stop = text[i - 2];
  return stop === '.' || stop === '!' || stop === '?';
}

/** The sentence(s) a span lies in. Walks back character by character without slicing (this runs for every meeting). */
export function sentenceAround(text: string, span: [number, number]): string {
  let start = span[0];
  // Past the text's end only a final line break can open a sentence (as a slice there would show).
  if (start > text.length) start = text.endsWith('\n') ? text.length + 1 : text.length;
  while (start > 0 && start <= text.length && !sentenceStartsAt(text, start)) start--;
  const after = /[.!?](?=\s|$)|\n/g;
  after.lastIndex = Math.max(span[1], start);
  const m = after.exec(text);
  return text.slice(start, m ? m.index + 1 : text.length);
}
