// Walks a record for every span, so property tests can check each one against the text.
import type { Span } from '../../src/record.ts';

export interface FoundSpan { path: string; span: Span; text?: string }

function isSpan(v: unknown): v is Span {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

/** Every `span` (and `…Span`) value anywhere in `value`, with the mention text where one goes with it. */
export function collectSpans(value: unknown, path = '$', out: FoundSpan[] = []): FoundSpan[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(obj)) {
      if ((key === 'span' || key.endsWith('Span')) && v !== null && v !== undefined) {
        if (!isSpan(v)) throw new Error(`${path}.${key} is not a [start, end] pair: ${JSON.stringify(v)}`);
        out.push({ path: `${path}.${key}`, span: v, text: key === 'span' && path.includes('.mentions[') && typeof obj.text === 'string' ? obj.text : undefined });
      } else if (key !== 'text' || typeof v !== 'string') {
        collectSpans(v, `${path}.${key}`, out);
      }
    }
  }
  return out;
}

/** Problems with the spans of a record over `text`: out of range, reversed, or a mention not matching its text. */
export function spanProblems(record: unknown, text: string): string[] {
  const problems: string[] = [];
  for (const { path, span, text: mention } of collectSpans(record)) {
    const [start, end] = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`${path} = [${start}, ${end}] outside the text (length ${text.length})`);
    } else if (mention !== undefined && text.slice(start, end) !== mention) {
      problems.push(`${path}: text ${JSON.stringify(text.slice(start, end))} ≠ mention ${JSON.stringify(mention)}`);
    }
  }
  return problems;
}
