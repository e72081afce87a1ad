// Word lists → regular-expression sources, for the lexicons of the segment and extract stages:
// every entry matched exactly as written (a space as one space).

/** Escapes a literal for a regular expression. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One of the entries, as written: "(?:a|b|c)". */
export function anyOf(entries: readonly string[]): string {
  return `(?:${entries.map(escapeRegex).join('|')})`;
}

/** The characters of `chars` as a character class: "[•*\-]". */
export function charClass(chars: string): string {
  return `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;
}

/**
 * Every match of a global pattern in `s`, in order, as `s.matchAll(re)` gives them but without
 * copying the pattern on each call (a large pattern is slow to copy). The pattern is left as it
 * was found, lastIndex 0, so a shared pattern carries nothing from one call to the next.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesOf: /${re.source}/ is not global`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(m);
      // An empty match moves on by one character (a whole code point under the u flag), as matchAll does.
      if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}
