// Speakers of turns in a transcript or gist ("Kono: We would like…", "Kono, Lavrov: We
// will…"): names the text may title nowhere else.
import type { PersonMention } from '../doc.ts';
import { matchesOf } from '../patterns.ts';
import { isNameToken, type Scan } from './names.ts';

const TURN = /^([A-Z][\w'’-]+(?:[ \t]*,[ \t]*[A-Z][\w'’-]+)*)[ \t]*:[ \t]+\S/gm;

/**
 * Speakers of turns in a transcript or gist ("Kono: We would like…", "Kono, Lavrov: We
 * will…"), where two or more lines open with a name and a colon.
 */
export function findTurnSpeakers(scan: Scan): PersonMention[] {
  const { text, tokens } = scan;
  const lines = matchesOf(TURN, text);
  if (lines.length < 2) return [];
  const indexAt = new Map(tokens.map((t, i) => [t.start, i]));
  const out: PersonMention[] = [];
  for (const line of lines) {
    let at = line.index!;
    for (const name of line[1].split(/\s*,\s*/)) {
      at = text.indexOf(name, at);
      const i = indexAt.get(at);
      if (i === undefined || !isNameToken(scan, i)) return [];
      out.push({ start: at, end: at + name.length, name: [tokens[i]], inverted: false, title: null, appositive: null, country: null, foreign: false, plural: false, definite: false });
      at += name.length;
    }
  }
  return out;
}
