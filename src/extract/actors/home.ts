// The publisher's own country: the side a readout is written from. Readouts name the other
// side's nationality ("Japanese Ambassador", "Suga Yoshihide of Japan") and leave their own
// unwritten, name themselves first in pairs ("Japan-Russia relations"), and sign at the end
// ("MINISTRY OF FOREIGN AFFAIRS / SINGAPORE").
import { component } from '../compose.ts';
import type { Countries, PersonMention, Token } from '../doc.ts';
import { wordTokens } from '../tokens.ts';
import { SIGNING_OFFICES } from '../lexicon/conventions.ts';
import { escapeRegex } from '../patterns.ts';
import { headAt } from './offices.ts';

/** "MINISTRY OF FOREIGN AFFAIRS" over "SINGAPORE", and "… Ministry of Foreign Affairs of Japan" ending a line. */
const SIGNATURE_BLOCKS = SIGNING_OFFICES.map((o) => new RegExp(`${escapeRegex(o.toUpperCase())}\\s*\\n+\\s*([A-Z][A-Z ]+)\\n`));
const SIGNATURE_LINES = SIGNING_OFFICES.map((o) => new RegExp(`${escapeRegex(o)} of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\\s*$`, 'm'));

/** The country named in the publisher's signature; group 1 of the first signature found. */
function signatureCountry(text: string): RegExpExecArray | null {
  for (const re of [...SIGNATURE_BLOCKS, ...SIGNATURE_LINES]) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** Countries named as a person's nationality, and how often the text names each country. */
export function homeCountry(text: string, tokens: Token[], mentions: PersonMention[], countries: Countries): string | null {
  const score = new Map<string, number>();
  const add = (c: string, n: number) => score.set(c, (score.get(c) ?? 0) + n);
  for (let i = 0; i < tokens.length; i++) {
    // "Japan-Russia" is one token: its parts name the two sides, the publisher's first.
    if (tokens[i].text.includes('-')) {
      const parts = wordTokens(tokens[i].text.split('-'));
      const codes = parts.map((_, k) => countries.countryAt(parts, k)?.code ?? null);
      if (codes.filter(Boolean).length >= 2) codes.forEach((c, k) => c && add(c, k === 0 ? 3 : 1));
    }
    const name = countries.countryAt(tokens, i);
    const c = name ?? countries.demonymAt(tokens, i);
    if (!c) continue;
    // Adjectives ("the Russian Far East") say less than names.
    add(c.code, name ? 1 : 0.5);
    // "Japanese Ambassador", "Indian Prime Minister": a foreign side's office.
    if (!name && headAt(tokens, i + c.length, false)) add(c.code, -6);
    // "Japan-Russia relations", "U.S.-Japan": the publisher names itself first.
    if (tokens[i + c.length]?.text === '-' && tokens[i + c.length].start === tokens[i + c.length - 1].end) {
      const other = countries.countryAt(tokens, i + c.length + 1);
      if (other && (i === 0 || tokens[i - 1].text !== '-')) add(c.code, 2);
    }
    i += c.length - 1;
  }
  // "Suga Yoshihide of Japan", "India’s Minister …": a nationality written on a person marks a foreign side;
  // a country inside an office ("Chairman of the Government of the Russian Federation") a little.
  // The title names the visitor with the country ("Visit to Japan by Chairman of the Government of
  // the Russian Federation …"); the host, the publisher, goes without.
  const titleLine = /^(?:\s*\(.*\)\s*\n)*\s*([^\n]+)/.exec(text);
  const titleEnd = titleLine ? titleLine.index + titleLine[0].length : 0;
  for (const m of mentions) if (m.country && m.name.length) add(m.country, m.foreign || m.start < titleEnd ? -6 : -1);
  // "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE": the publisher's own signature.
  const sig = signatureCountry(text);
  if (sig) {
    const words = sig[1].trim().split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    const probe = wordTokens(words);
    const c = countries.countryAt(probe, 0);
    if (c) add(c.code, 10);
  }
  let best: string | null = null, bestScore = -Infinity;
  for (const [c, s] of [...score].sort()) if (s > bestScore) { best = c; bestScore = s; }
  return best;
}

export const homeCountryComponent = component({
  name: 'home-country',
  requires: ['text', 'tokens', 'personMentions', 'countries'],
  provides: ['home'],
  run: ({ text, tokens, personMentions, countries }) => ({ home: homeCountry(text, tokens, personMentions, countries) }),
});
