// Offices in the tokens: a head ("Prime Minister") with its modifiers ("former"), nationality
// ("Japanese") and complement ("of the Russian Federation"); the name that may end a
// complement ("Director General of Rosatom Kiriyenko"); an office given after a name
// ("…, Foreign Secretary of India"); the office of a list ("two former prime ministers, Mr. A and Mr. B").
import type { Countries, Token } from '../doc.ts';
import { CAPITALS } from '../lexicon/countries.ts';
import {
  AMBIGUOUS_HEADS, COMPLEMENT_STARTS, COMPLEMENT_WORDS, HONORIFICS, INSTITUTION_WORDS, LIST_COUNTS, LIST_HONORIFICS, PLURAL_HEADS,
  TITLE_HEADS, TITLE_HEAD_FIRST, TITLE_MODIFIERS,
} from '../lexicon/titles.ts';
import { anyOf } from '../patterns.ts';
import { wordTokens } from '../tokens.ts';
import { adjacent, isNameToken, readName, skipHonorifics, type Scan } from './names.ts';

/** Office heads by their first word (exact and lower-cased), longest first. */
const HEADS_BY_FIRST = new Map<string, string[][]>();
const HEADS_BY_FIRST_LOWER = new Map<string, string[][]>();
for (const head of TITLE_HEADS) {
  for (const [map, key] of [[HEADS_BY_FIRST, head[0]], [HEADS_BY_FIRST_LOWER, head[0].toLowerCase()]] as const) {
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(head);
  }
}

/** The office head starting at i, as a token count. */
export function headAt(tokens: Token[], i: number, allowLower = false): number {
  const first = tokens[i];
  if (!first) return 0;
  const candidates = allowLower ? HEADS_BY_FIRST_LOWER.get(first.text.toLowerCase()) : HEADS_BY_FIRST.get(first.text);
  if (!candidates) return 0;
  for (const head of candidates) {
    let ok = true;
    for (let k = 1; k < head.length; k++) {
      const t = tokens[i + k];
      if (!t || (t.text !== head[k] && !(allowLower && t.text.toLowerCase() === head[k].toLowerCase()))) { ok = false; break; }
    }
    if (ok) return head.length;
  }
  return 0;
}

export interface TitleMatch { start: number; end: number; headEnd: number; country: string | null; foreign: boolean; plural: boolean }

/** Reads an office from i: modifiers, head, and a complement ("of the Russian Federation"). */
export function readTitle(scan: Scan, i: number): TitleMatch | null {
  const { text, tokens, countries } = scan;
  // Most tokens are lower-case words that cannot start an office: leave at once.
  const first = tokens[i];
  if (!first || (!first.cap && !TITLE_MODIFIERS.has(first.text) && !PLURAL_HEADS[first.text])) return null;
  let j = i;
  let country: string | null = null;
  let foreign = false;
  // Modifiers and nationality before the head.
  let guard = 0;
  while (j < tokens.length && guard++ < 4) {
    const t = tokens[j];
    if (j > i && !adjacent(text, tokens[j - 1], t)) return null;
    if (TITLE_MODIFIERS.has(t.text)) { j++; continue; }
    const dem = countries.demonymAt(tokens, j);
    if (dem && headAt(tokens, j + dem.length, true)) { country = dem.code; j += dem.length; continue; }
    const c = countries.countryAt(tokens, j);
    if (c && /^[’']s$/.test(tokens[j + c.length]?.text ?? '')) { country = c.code; foreign = true; j += c.length + 1; continue; }
    const city = CAPITALS[t.text];
    if (city && headAt(tokens, j + 1)) { country = city; j++; continue; }
    if (t.cap && t.word && INSTITUTION_WORDS.has(t.text) && !TITLE_HEAD_FIRST.has(t.text) && headAt(tokens, j + 1) + headAt(tokens, j + 2) > 0) { j++; continue; }
    break;
  }
  const lowerOk = j > i && tokens[j - 1].text.toLowerCase() === 'former';
  let n = headAt(tokens, j, lowerOk);
  let plural = false;
  if (!n) {
    const t = tokens[j];
    const t2 = tokens[j + 1];
    // Plural of a multi-word head first: "Prime Ministers", "Foreign Ministers".
    if (t && t2 && PLURAL_HEADS[t2.text] && headAt([t, { ...t2, text: PLURAL_HEADS[t2.text] }], 0) === 2) { n = 2; plural = true; }
    else if (t && PLURAL_HEADS[t.text]) { n = 1; plural = true; }
    if (!n) return null;
  }
  if (j > i && !lowerOk && !tokens[i].cap && !TITLE_MODIFIERS.has(tokens[i].text)) return null;
  const headEnd = j + n;
  let end = headEnd;
  const hasComplement = !!tokens[end] && COMPLEMENT_STARTS.includes(tokens[end].text);
  // Heads that are also ordinary words ("General Remarks", "Head of State") need a complement or "former".
  // (Allowed before a full name: "King Aldric Thorne".)
  if (!plural && AMBIGUOUS_HEADS.has(tokens.slice(j, headEnd).map((x) => x.text).join(' ')) && !hasComplement && !lowerOk && j === i &&
    !(isNameToken(scan, headEnd) && isNameToken(scan, headEnd + 1) && adjacent(text, tokens[headEnd], tokens[headEnd + 1]))) return null;
  // Complement: "of …", "for …", "to …".
  if (tokens[end] && COMPLEMENT_STARTS.includes(tokens[end].text)) {
    let k = end;
    let lastCap = -1;
    while (k < tokens.length) {
      const t = tokens[k];
      if (t.start > tokens[end].start && /\n/.test(text.slice(tokens[k - 1].end, t.start))) break;
      if (t.text === '(' && /^[A-Z][A-Za-z]{1,9}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') { k += 3; lastCap = k; continue; }
      if (t.text === ',' || (t.text === 'and' && k > end)) {
        // Continue only into another institution word: "Economy, Trade and Industry".
        let m = k + 1;
        if (t.text === ',' && tokens[m]?.text === 'and') m++;
        const nx = tokens[m];
        if (nx && nx.cap && INSTITUTION_WORDS.has(nx.text) && !headAt(tokens, m) && !HONORIFICS.has(nx.text)) { k = m; continue; }
        if (t.text === 'and' && nx && nx.cap && !headAt(tokens, m) && !HONORIFICS.has(nx.text) &&
          (!isNameToken(scan, m) || [1, 2].some((d) => { const w = tokens[m + d]; return !!w && w.cap && (INSTITUTION_WORDS.has(w.text) || !!countries.countryAt(tokens, m + d)); }))) { k = m; continue; }
        break;
      }
      if (t.word && !t.cap && COMPLEMENT_WORDS.has(t.text)) {
        // A function word after a name ends the office: "… Tharman Shanmugaratnam at Taman Jurong".
        if (k > end && isNameToken(scan, k - 1) && !insideCountry(scan, k - 1)) break;
        k++; continue;
      }
      if (t.text === '-' || t.text === '&') { k++; continue; }
      if (t.cap && (t.word || /^(?:[A-Z]\.)+$/.test(t.text)) && !HONORIFICS.has(t.text.replace(/\.$/, '')) && !(headAt(tokens, k) && k > end + 1 && tokens[k - 1].text === 'and')) {
        k++; lastCap = k; continue;
      }
      break;
    }
    if (lastCap > end) end = lastCap;
  }
  return { start: i, end, headEnd, country, foreign, plural };
}

/** Where a name ends an office's complement ("of Rosatom Kiriyenko" → "Kiriyenko"), or null. */
export function nameInComplement(scan: Scan, title: TitleMatch): number | null {
  const { text, tokens } = scan;
  if (title.end <= title.headEnd) return null;
  let s = title.end;
  // Keep at least one complement word after "of/for/to".
  while (s - 1 >= title.headEnd + 2 && isNameToken(scan, s - 1) && !insideCountry(scan, s - 1) && title.end - s < 4 &&
    (s === title.end || adjacent(text, tokens[s - 1], tokens[s]))) s--;
  return s < title.end ? s : null;
}

/** A token that ends a multi-word country name ("Lanka" in "Sri Lanka"). */
export function insideCountry(scan: Scan, i: number): boolean {
  const { tokens, countries } = scan;
  for (let back = 1; back <= 3; back++) {
    const c = countries.countryAt(tokens, i - back);
    if (c && c.length > back) return true;
  }
  return false;
}

const LIST_OF_OFFICES = new RegExp(`\\b${anyOf(LIST_COUNTS)}\\s+((?:[A-Za-z-]+\\s+){0,3}?[A-Za-z-]+?)s,\\s+(?:${anyOf(LIST_HONORIFICS)}\\.?\\s+[A-Z][^,;.]*?(?:,\\s*(?:and\\s+)?|\\s+and\\s+))*$`);

/** "held separate talks with two former prime ministers, Mr. A and Mr. B": each is a former prime minister. */
export function titleOfList(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = LIST_OF_OFFICES.exec(text.slice(Math.max(lineStart, at - 300), at));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const probe = wordTokens(words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
  // Only a list of offices: the last words must form an office head.
  for (let k = 0; k < probe.length; k++) if (headAt(probe, k) === probe.length - k) return m[1];
  return null;
}

export function readAppositiveTitle(scan: Scan, i: number): { title: string; country: string | null; endIndex: number } | null {
  const { text, tokens } = scan;
  if (tokens[i]?.text !== ',') return null;
  let k = i + 1;
  if (tokens[k]?.text === 'the') k++;
  const title = readTitle(scan, k);
  if (!title || title.plural) return null;
  // "…, Minister of Economy, Trade and Industry Shoichi Nakagawa" names another person.
  if (nameInComplement(scan, title) !== null) return null;
  const after = skipHonorifics(tokens, title.end);
  if (after < tokens.length && readName(scan, after) > after && adjacent(text, tokens[title.end - 1], tokens[title.end] ?? tokens[title.end - 1])) return null;
  // The office must not run into another name.
  const titleText = text.slice(tokens[title.start].start, tokens[title.end - 1].end).replace(/\s+/g, ' ');
  return { title: titleText, country: title.country ?? countryInTitle(tokens.slice(title.start, title.end), scan.countries), endIndex: title.end };
}

/** "Ambassador of Japan to Russia" → JP (the "of" country); "Vice-Chairman of the Russian Government" → RU. */
export function countryInTitle(tokens: Token[], countries: Countries): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === 'to') break;
    const c = countries.countryAt(tokens, i) ?? countries.demonymAt(tokens, i);
    if (c) return c.code;
  }
  return null;
}

/** Person mentions and the speakers of turns that no mention covers, in text order. */
