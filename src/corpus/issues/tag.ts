// Tagging text with issues: a term matches case-insensitively on word boundaries, in singular or plural.
import type { Issue } from '../types.ts';

const compiled = new WeakMap<Issue[], { id: string; re: RegExp }[]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a pattern: flexible spaces and hyphens, the last word in singular or plural. */
function termPattern(term: string): string {
  const words = term.trim().split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return '';
  const last = words[words.length - 1];
  const lower = last.toLowerCase();
  let lastPattern = escape(last);
  if (/[a-z]$/i.test(last) && last.length > 2 && last !== last.toUpperCase()) {
    if (lower.endsWith('ies')) lastPattern = `${escape(last.slice(0, -3))}(?:ies|y)`;
    else if (lower.endsWith('y') && !/[aeiou]y$/.test(lower)) lastPattern = `${escape(last.slice(0, -1))}(?:y|ies)`;
    else if (/(?:s|x|ch|sh)$/.test(lower) && !lower.endsWith('ss')) lastPattern = `${escape(last)}(?:es)?|${escape(last.replace(/e?s$/i, ''))}`;
    else lastPattern = `${escape(last)}(?:s|es)?`;
  } else if (last === last.toUpperCase() && /[A-Z]$/.test(last)) {
    lastPattern = `${escape(last)}s?`; // acronyms: "MoUs", "LNGs"
  }
  const head = words.slice(0, -1).map(escape).join('[\\s-]+');
  return head ? `${head}[\\s-]+(?:${lastPattern})` : `(?:${lastPattern})`;
}

function compile(taxonomy: Issue[]) {
  let list = compiled.get(taxonomy);
  if (!list) {
    list = taxonomy.map((issue) => {
      const alternatives = issue.terms.map(termPattern).filter(Boolean).sort((a, b) => b.length - a.length);
      return { id: issue.id, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') };
    });
    compiled.set(taxonomy, list);
  }
  return list;
}

/** Ids of the issues whose terms the text mentions, in taxonomy order. */
export function tagIssues(text: string, taxonomy: Issue[]): string[] {
  if (!text) return [];
  return compile(taxonomy).filter(({ re }) => re.test(text)).map(({ id }) => id);
}
