// Lexicon entries → regular-expression sources, so that word lists stay data (./lexicon) and
// the grammars match them. Two notations, each lexicon saying which it uses:
// - a word list (`anyOf`): every entry matched exactly as written, a space as one space;
// - a phrase (`phrase`): words separated by spaces, matched across any white space (line
//   breaks too), where `a|b` is either word, `[w]` an optional word, `{name}` a slot the
//   grammar defines (`slots`) and `"has decided"` words matched exactly as written.

import { anyOf, escapeRegex } from '../segment/index.ts';

export { anyOf, charClass, escapeRegex, matchesOf } from '../segment/index.ts';

/** Slot sources; each ends with the white space after it. */
export type Slots = Readonly<Record<string, string>>;

/** Splits on `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let cur = '', quoted = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    if (!quoted && sep.test(c)) { if (cur) out.push(cur); cur = ''; continue; }
    cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

function word(w: string): string {
  const alternatives = splitOutsideQuotes(w, /\|/).map((a) => (/^".*"$/.test(a) ? a.slice(1, -1) : a));
  return alternatives.length > 1 ? anyOf(alternatives) : escapeRegex(alternatives[0]);
}

/** A phrase in the phrase notation above; a slot's source consumes the white space after it. */
export function phrase(p: string, slots: Slots = {}): string {
  const words = splitOutsideQuotes(p.trim(), /\s/);
  let out = '';
  let open = true; // the source so far ends where a word may start (nothing yet, or a slot or optional word and its white space)
  words.forEach((w, k) => {
    const optional = /^\[(.+)\]$/.exec(w);
    const inner = optional ? optional[1] : w;
    const slot = /^\{(.+)\}$/.exec(inner);
    if (!slot && /[[\]{}]/.test(inner.replace(/"[^"]*"/g, ''))) throw new Error(`phrase "${p}": "${w}" is neither a word, [an optional word] nor a {slot}`);
    const last = k === words.length - 1;
    if (slot) {
      const source = slots[slot[1]];
      if (source === undefined) throw new Error(`phrase "${p}": no slot {${slot[1]}}`);
      out += (open ? '' : '\\s+') + (optional ? `(?:${source})?` : source);
      open = true;
    } else if (optional && last && k > 0) {
      out += `(?:\\s+${word(inner)})?`;
      open = false;
    } else if (optional) {
      out += (open ? '' : '\\s+') + `(?:${word(inner)}\\s+)?`;
      open = true;
    } else {
      out += (open ? '' : '\\s+') + word(inner);
      open = false;
    }
  });
  return out;
}
