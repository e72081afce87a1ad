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
