// Text normalization shared by every format: spans index the result, so it must be stable.

// C0 controls other than tab and line feed, DEL, and C1 controls: never meaningful in a readout.
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Normalizes line ends and invisible characters so spans index a stable text. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|[\u000B\u000C\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(CONTROL_CHARS, '');
}
