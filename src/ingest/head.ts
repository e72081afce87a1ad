// The head of a readout text, by the .txt convention: a title paragraph, then a dateline.
import { parseDateLine } from './dates.ts';

interface ReadoutHead {
  title: string | null;
  date: string | null;
}

/**
 * Title and date from the top of a readout text: the first date-only paragraph among the
 * first few gives the date, and the first line of the paragraph before it the title
 * ("(PROVISIONAL TRANSLATION)" above the title is skipped that way). Nulls where absent.
 */
export function readHead(text: string): ReadoutHead {
  const paragraphs = text.slice(0, 8192).split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean).slice(0, 5);
  for (let i = 0; i < paragraphs.length; i++) {
    const date = parseDateLine(paragraphs[i]);
    if (!date) continue;
    const title = i > 0 ? paragraphs[i - 1].split('\n')[0].trim() : null;
    return { title: title && title.length <= 400 ? title : null, date };
  }
  return { title: null, date: null };
}
