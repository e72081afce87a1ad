// Finds the places a text names a person: an office followed by a name ("Foreign Minister
// Yoriko Kawaguchi", "Director General of Rosatom Kiriyenko"), an honorific followed by a
// name ("Mr. Yoshiro Mori", "H.E.Mr. Santosh Jha"), and a name followed by its office
// ("Vikram Misri, Foreign Secretary of India"). Titles without a name ("the Prime
// Minister") are kept too: statements resolve them to the person meant.
import { component } from '../compose.ts';
import type { PersonMention } from '../doc.ts';
import { adjacent, isNameToken, readName, skipHonorifics, type Scan } from './names.ts';
import { countryInTitle, nameInComplement, readAppositiveTitle, readTitle, titleOfList } from './offices.ts';
import { findTurnSpeakers } from './turnSpeakers.ts';

export type { PersonMention } from '../doc.ts';
export type { Scan } from './names.ts';

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
