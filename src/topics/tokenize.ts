/**
 * Words for matching: runs of letters and digits, accents removed (so "Nestlé" matches
 * "Nestle"), kept in two forms: folded to lower case, and in their original case for terms
 * marked case-sensitive. Text without non-ASCII characters skips Unicode normalization,
 * which is most of the cost.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[A-Za-z0-9]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

export interface Tokens {
  folded: string[];
  cased: string[];
}

/** Placed between title and summary so a phrase never spans the two. */
export const FIELD_BREAK = '\u0000';

export function words(text: string): string[] {
  if (!text) return [];
  if (!NON_ASCII.test(text)) return text.match(ASCII_WORD) ?? [];
  return text.normalize('NFKD').replace(MARKS, '').match(WORD) ?? [];
}

export function tokenize(...fields: string[]): Tokens {
  const cased: string[] = [];
  fields.forEach((field, i) => {
    if (i > 0) cased.push(FIELD_BREAK);
    for (const w of words(field)) cased.push(w);
  });
  return { cased, folded: cased.map((w) => w.toLowerCase()) };
}

export function fold(word: string): string {
  return words(word).join(' ').toLowerCase();
}
