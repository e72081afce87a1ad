// Organizations: those a text defines with an acronym ("Japan Oil, Gas and Metals National
// Corporation (JOGMEC)", "the State Atomic Energy Corporation (Rosatom)") and the
// international bodies readouts name without defining them.
import { component } from '../compose.ts';
import type { Countries, OrganizationDraft, Token } from '../doc.ts';
import { COUNTRY_ACRONYMS } from '../lexicon/countries.ts';
import { INTERNATIONAL_ORGANIZATIONS, NOT_ORGANIZATION_WORDS, ORGANIZATION_HEADS } from '../lexicon/organizations.ts';
import { anyOf, escapeRegex, matchesOf } from '../patterns.ts';

export type { OrganizationDraft } from '../doc.ts';

const ORG_HEADS = new RegExp(`\\b${anyOf(ORGANIZATION_HEADS)}$`);
const NOT_ORG = new RegExp(`\\b${anyOf(NOT_ORGANIZATION_WORDS)}\\b`);

/** Finds organizations and every mention of them (full name and acronym). */
export function findOrganizations(text: string, tokens: Token[], countries: Countries): OrganizationDraft[] {
  const byCode = new Map<string, OrganizationDraft>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== '(' || tokens[i + 2]?.text !== ')') continue;
    const code = tokens[i + 1].text;
    if (!/^[A-Z][A-Za-z0-9&]{1,11}$/.test(code) || !/[A-Z].*[A-Z]|^[A-Z][a-z]{3,}$/.test(code) || COUNTRY_ACRONYMS.has(code)) continue;
    // Walk back over the name: capitalized words, "of/the/for/and/&", commas between capitals.
    let k = i - 1;
    const lineStart = text.lastIndexOf('\n', tokens[i].start) + 1;
    if (tokens[i - 1] && tokens[i - 1].end < lineStart) continue;
    while (k >= 0 && tokens[k].start >= lineStart) {
      const t = tokens[k];
      if (t.cap && (t.word || /^\d/.test(t.text))) { k--; continue; }
      if (['of', 'for', 'and', '&', 'on', '-'].includes(t.text) && tokens[k - 1]?.cap) { k--; continue; }
      if (t.text === ',' && tokens[k - 1]?.cap && tokens[k + 1]?.cap) { k--; continue; }
      break;
    }
    let s = k + 1;
    while (s < i && !tokens[s].cap) s++;
    if (s >= i) continue;
    if (/^(?:The|A|An)$/.test(tokens[s].text)) s++;
    if (s >= i) continue;
    const name = text.slice(tokens[s].start, tokens[i - 1].end).replace(/\s+/g, ' ');
    if (NOT_ORG.test(name) || countries.countryAt(tokens, s)?.length === i - s) continue;
    if (!ORG_HEADS.test(name)) continue;
    const draft = byCode.get(code) ?? { name, code, spans: [] };
    if (name.length > draft.name.length) draft.name = name;
    draft.spans.push([tokens[s].start, tokens[i + 2].end]);
    byCode.set(code, draft);
  }
  // "the State Atomic Energy Corporation (Rosatom)": Rosatom is also the organization's name.
  for (const [name, code] of INTERNATIONAL_ORGANIZATIONS) {
    if (byCode.has(code)) continue;
    const re = new RegExp(`\\b(?:${escapeRegex(name)}|${escapeRegex(code)})\\b`, 'g');
    if (!re.test(text)) continue;
    byCode.set(code, { name, code, spans: [] });
  }
  // Every later mention of the acronym or the full name.
  for (const draft of byCode.values()) {
    const names = [draft.code, draft.name].filter((x): x is string => !!x).map(escapeRegex).join('|');
    const re = new RegExp(`(?<![\\w-])(?:${names})(?![\\w-])`, 'g');
    for (const m of matchesOf(re, text)) {
      const span: [number, number] = [m.index!, m.index! + m[0].length];
      if (!draft.spans.some(([a, b]) => span[0] >= a && span[1] <= b)) draft.spans.push(span);
    }
    draft.spans.sort((a, b) => a[0] - b[0]);
  }
  return [...byCode.values()].filter((d) => d.spans.length > 0);
}

export const organizationsComponent = component({
  name: 'organizations',
  requires: ['text', 'tokens', 'countries'],
  provides: ['organizations'],
  run: ({ text, tokens, countries }) => ({ organizations: findOrganizations(text, tokens, countries) }),
});
