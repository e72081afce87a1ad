// Finds the places a text names a person: an office followed by a name ("Foreign Minister
// Yoriko Kawaguchi", "Director General of Rosatom Kiriyenko"), an honorific followed by a
// name ("Mr. Yoshiro Mori", "H.E.Mr. Santosh Jha"), and a name followed by its office
// ("Vikram Misri, Foreign Secretary of India"). Titles without a name ("the Prime
// Minister") are kept too: statements resolve them to the person meant.
import { component } from '../compose.ts';
import type { Countries, PersonMention, Token } from '../doc.ts';
import { wordTokens } from '../tokens.ts';
import {
  AMBIGUOUS_HEADS, COMPLEMENT_STARTS, COMPLEMENT_WORDS, DOTTED_NOT_INITIALS, HONORIFICS, INSTITUTION_WORDS, LIST_COUNTS, LIST_HONORIFICS,
  PLURAL_HEADS, TITLE_HEADS, TITLE_HEAD_FIRST, TITLE_MODIFIERS,
} from '../lexicon/titles.ts';
import { NOT_NAMES } from '../lexicon/names.ts';
import { anyOf, matchesOf } from '../patterns.ts';
import { CAPITALS } from '../lexicon/countries.ts';

export type { PersonMention } from '../doc.ts';

/** The text being scanned: its tokens and the document's countries. */
export interface Scan { text: string; tokens: Token[]; countries: Countries }

export function isNameToken(scan: Scan, i: number): boolean {
  const { tokens, countries } = scan;
  const t = tokens[i];
  if (!t || !t.cap) return false;
  if (/^(?:[A-Z]\.)+$/.test(t.text)) return !DOTTED_NOT_INITIALS.has(t.text);
  if (!t.word) return false;
  if (NOT_NAMES.has(t.text) || INSTITUTION_WORDS.has(t.text) || HONORIFICS.has(t.text) || TITLE_HEAD_FIRST.has(t.text)) return false;
  if (countries.countryAt(tokens, i) || countries.demonymAt(tokens, i)) return false;
  // An acronym alone ("DPJ", "ASEAN") is not a name; an all-caps surname next to a written name is ("MOTEGI Toshimitsu").
  if (/^[A-Z]{2,}$/.test(t.text)) {
    const next = tokens[i + 1], prev = tokens[i - 1];
    const mixed = (x?: Token) => !!x && x.cap && x.word && /[a-z]/.test(x.text) && !NOT_NAMES.has(x.text) && !INSTITUTION_WORDS.has(x.text);
    return (mixed(next) && next.start - t.end <= 1) || (mixed(prev) && t.start - prev.end <= 1 && !HONORIFICS.has(prev.text));
  }
  return true;
}

/** Adjacent tokens: only white space (no newline) between them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]*$/.test(gap);
}

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

/** Skips honorifics ("H.E.", "Mr.", "His Excellency", "Specialist Dr.") from i; returns the next index. */
export function skipHonorifics(tokens: Token[], i: number): number {
  let j = i;
  if (!tokens[j]?.cap) return j;
  while (tokens[j] && HONORIFICS.has(tokens[j].text.replace(/\.$/, ''))) {
    // "His"/"Her" only as "His Excellency".
    if ((tokens[j].text === 'His' || tokens[j].text === 'Her') && tokens[j + 1]?.text !== 'Excellency') break;
    j++;
    if (tokens[j]?.text === '.' && tokens[j].start === tokens[j - 1].end) j++;
  }
  return j;
}

/** Name tokens from i (at most 4, on one line); returns the end index (exclusive). */
function readName(scan: Scan, i: number): number {
  const { text, tokens } = scan;
  let j = i;
  while (j < tokens.length && j - i < 4 && isNameToken(scan, j) && (j === i || adjacent(text, tokens[j - 1], tokens[j]))) j++;
  return j;
}

interface TitleMatch { start: number; end: number; headEnd: number; country: string | null; foreign: boolean; plural: boolean }

/** Reads an office from i: modifiers, head, and a complement ("of the Russian Federation"). */
function readTitle(scan: Scan, i: number): TitleMatch | null {
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
function nameInComplement(scan: Scan, title: TitleMatch): number | null {
  const { text, tokens } = scan;
  if (title.end <= title.headEnd) return null;
  let s = title.end;
  // Keep at least one complement word after "of/for/to".
  while (s - 1 >= title.headEnd + 2 && isNameToken(scan, s - 1) && !insideCountry(scan, s - 1) && title.end - s < 4 &&
    (s === title.end || adjacent(text, tokens[s - 1], tokens[s]))) s--;
  return s < title.end ? s : null;
}

/** A token that ends a multi-word country name ("Lanka" in "Sri Lanka"). */
function insideCountry(scan: Scan, i: number): boolean {
  const { tokens, countries } = scan;
  for (let back = 1; back <= 3; back++) {
    const c = countries.countryAt(tokens, i - back);
    if (c && c.length > back) return true;
  }
  return false;
}

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

/** Finds every person mention in text[start, end). Tokens must cover that range. */
export function findPersonMentions(scan: Scan): PersonMention[] {
  const { text, tokens, countries } = scan;
  const out: PersonMention[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i];
    if (!t.word && !/^(?:[A-Z]\.)+$/.test(t.text)) continue;

    // 1. Office, then name.
    const title = readTitle(scan, i);
    if (title) {
      let titleEnd = title.end;
      let nameStart = titleEnd, nameEnd = titleEnd;
      const inner = nameInComplement(scan, title);
      if (inner !== null) { nameStart = inner; nameEnd = title.end; titleEnd = inner; }
      if (nameStart === nameEnd) {
        // Conjoined offices: "Senior Minister and Coordinating Minister for Social Policies Tharman Shanmugaratnam".
        if (tokens[titleEnd]?.text === 'and' && !/^(the|The)$/.test(tokens[i - 1]?.text ?? '')) {
          const second = readTitle(scan, titleEnd + 1);
          if (second && !second.plural) {
            const innerSecond = nameInComplement(scan, second);
            const afterSecond = skipHonorifics(tokens, second.end);
            const e = readName(scan, afterSecond);
            if (innerSecond !== null) { titleEnd = innerSecond; nameStart = innerSecond; nameEnd = second.end; }
            else if (e > afterSecond) { titleEnd = second.end; nameStart = afterSecond; nameEnd = e; }
          }
        }
      }
      if (nameStart === nameEnd) {
        let k = skipHonorifics(tokens, titleEnd);
        // "Secretary to the Ministry of …, Mahinda Siriwardana": an office, a comma, then the name.
        if (k === titleEnd && tokens[k]?.text === ',' && title.end > title.headEnd) k = skipHonorifics(tokens, k + 1);
        const e = readName(scan, k);
        const commaName = tokens[titleEnd]?.text === ',';
        if (e > k && (!commaName || e - k >= 2)) { nameStart = k; nameEnd = e; }
      }
      const nameTokens = tokens.slice(nameStart, nameEnd);
      const titleText = text.slice(tokens[title.start].start, tokens[titleEnd - 1].end).replace(/\s+/g, ' ');
      let country = title.country;
      let foreignAfter = false;
      let end = nameEnd > nameStart ? tokens[nameEnd - 1].end : tokens[titleEnd - 1].end;
      // "Prime Minister Suga Yoshihide of Japan".
      if (nameEnd > nameStart && tokens[nameEnd]?.text === 'of') {
        let m = nameEnd + 1;
        if (tokens[m]?.text === 'the') m++;
        const c = countries.countryAt(tokens, m);
        if (c) { country = country ?? c.code; foreignAfter = true; end = tokens[m + c.length - 1].end; }
      }
      let appositive: string | null = null;
      let consumedTo = Math.max(nameEnd, titleEnd);
      if (nameEnd > nameStart) {
        const app = readAppositiveTitle(scan, nameEnd);
        if (app) { appositive = app.title; country = country ?? app.country; consumedTo = app.endIndex; }
      }
      const prev = tokens[i - 1];
      const definite = nameEnd === nameStart && !!prev && /^(the|The)$/.test(prev.text);
      const hasName = nameEnd > nameStart;
      if (hasName || title.plural || definite || (prev && /^(two|three|both|Both|the|The)$/.test(prev.text))) {
        out.push({
          start: tokens[title.start].start, end, name: nameTokens, inverted: false,
          title: titleText, appositive, country: country ?? countryInTitle(tokens.slice(title.start, titleEnd), scan.countries), foreign: title.foreign || foreignAfter, plural: title.plural, definite,
        });
      }
      for (let k = i; k < consumedTo; k++) taken.add(k);
      i = consumedTo - 1;
      continue;
    }

    // 2. Honorific, then name (and perhaps ", the Ambassador of …" after it).
    const h = skipHonorifics(tokens, i);
    if (h > i) {
      const e = readName(scan, h);
      if (e > h) {
        let nameTokens = tokens.slice(h, e);
        let inverted = false;
        let end = tokens[e - 1].end;
        let j = e;
        // "Mr. Lavrov, Sergey Viktorovich"
        if (e - h === 1 && tokens[e]?.text === ',') {
          const e2 = readName(scan, e + 1);
          if (e2 > e + 1 && !readTitle(scan, e + 1)) {
            nameTokens = [...nameTokens, ...tokens.slice(e + 1, e2)];
            inverted = true; end = tokens[e2 - 1].end; j = e2;
          }
        }
        const appositive = readAppositiveTitle(scan, j);
        const listed = appositive ? null : titleOfList(text, tokens[i].start);
        out.push({ start: tokens[h].start, end, name: nameTokens, inverted, title: appositive?.title ?? listed, appositive: null, country: appositive?.country ?? null, foreign: false, plural: false, definite: false });
        for (let k = i; k < (appositive?.endIndex ?? j); k++) taken.add(k);
        i = (appositive?.endIndex ?? j) - 1;
        continue;
      }
    }

    // 3. Name, then its office: "Vikram Misri, Foreign Secretary of India".
    if (isNameToken(scan, i) && !(tokens[i - 1]?.cap && tokens[i - 1]?.word && adjacent(text, tokens[i - 1], t))) {
      const e = readName(scan, i);
      if (e - i >= 2 && tokens[e]?.text === ',') {
        const appositive = readAppositiveTitle(scan, e);
        if (appositive) {
          out.push({ start: t.start, end: tokens[e - 1].end, name: tokens.slice(i, e), inverted: false, title: appositive.title, appositive: null, country: appositive.country, foreign: false, plural: false, definite: false });
          for (let k = i; k < appositive.endIndex; k++) taken.add(k);
          i = appositive.endIndex - 1;
        }
      }
    }
  }
  return out;
}

const LIST_OF_OFFICES = new RegExp(`\\b${anyOf(LIST_COUNTS)}\\s+((?:[A-Za-z-]+\\s+){0,3}?[A-Za-z-]+?)s,\\s+(?:${anyOf(LIST_HONORIFICS)}\\.?\\s+[A-Z][^,;.]*?(?:,\\s*(?:and\\s+)?|\\s+and\\s+))*$`);

/** "held separate talks with two former prime ministers, Mr. A and Mr. B": each is a former prime minister. */
function titleOfList(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = LIST_OF_OFFICES.exec(text.slice(Math.max(lineStart, at - 300), at));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const probe = wordTokens(words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
  // Only a list of offices: the last words must form an office head.
  for (let k = 0; k < probe.length; k++) if (headAt(probe, k) === probe.length - k) return m[1];
  return null;
}

function readAppositiveTitle(scan: Scan, i: number): { title: string; country: string | null; endIndex: number } | null {
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
function countryInTitle(tokens: Token[], countries: Countries): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === 'to') break;
    const c = countries.countryAt(tokens, i) ?? countries.demonymAt(tokens, i);
    if (c) return c.code;
  }
  return null;
}

/** Person mentions and the speakers of turns that no mention covers, in text order. */
export const personMentionsComponent = component({
  name: 'person-mentions',
  requires: ['text', 'tokens', 'countries'],
  provides: ['personMentions'],
  run: (scan) => {
    const found = findPersonMentions(scan);
    const turns = findTurnSpeakers(scan).filter((t) => !found.some((m) => m.start <= t.start && m.end >= t.end));
    return { personMentions: [...found, ...turns].sort((a, b) => a.start - b.start) };
  },
});
