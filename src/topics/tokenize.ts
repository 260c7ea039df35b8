/**
 * Words for matching: runs of letters and digits, accents removed (so "Nestlé" matches
 * "Nestle"), kept in two forms: folded to lower case, and in their original case for terms
 * marked case-sensitive (built only when such a term is evaluated). Text without non-ASCII
 * characters skips Unicode normalization, which is most of the cost.
 */
const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_WORD = /[A-Za-z0-9]+/g;
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/**
 * Initials written with full stops are one word, as written without: "U.S. Steel" is "US Steel",
 * "U.K." is "UK" (else a topic for "U.S. Steel" misses every outlet that writes "US Steel").
 */
const INITIALS = /(?<![A-Za-z0-9.])(?:[A-Za-z]\.){2,}/g;
/** (A plain test first: most text has no initials, and the replace is the slow part.) */
const HAS_INITIALS = /[A-Za-z]\.[A-Za-z]\./;
export const undotInitials = (text: string) =>
  HAS_INITIALS.test(text) ? text.replace(INITIALS, (m) => m.replace(/\./g, '')) : text;

/** Placed between title and summary so a phrase never spans the two. */
export const FIELD_BREAK = '\u0000';

export function words(text: string): string[] {
  if (!text) return [];
  text = undotInitials(text);
  if (!NON_ASCII.test(text)) return text.match(ASCII_WORD) ?? [];
  return text.normalize('NFKD').replace(MARKS, '').match(WORD) ?? [];
}

export class Tokens {
  private casedWords?: string[];
  /** Lower-cased words of all fields, with FIELD_BREAK between fields. */
  readonly folded: string[];

  constructor(private readonly fields: string[]) {
    let folded: string[] = [];
    for (let i = 0; i < fields.length; i++) {
      const field = undotInitials(fields[i]!);
      // Lower-casing ASCII never changes word boundaries, so fold the whole string once.
      const fieldWords = NON_ASCII.test(field)
        ? words(field).map((x) => x.toLowerCase())
        : (field.toLowerCase().match(ASCII_WORD) ?? []);
      if (i === 0) folded = fieldWords;
      else {
        folded.push(FIELD_BREAK);
        for (let j = 0; j < fieldWords.length; j++) folded.push(fieldWords[j]!);
      }
    }
    this.folded = folded;
  }

  /** Original-case words, position for position with `folded`. */
  get cased(): string[] {
    if (!this.casedWords) {
      const cased: string[] = [];
      this.fields.forEach((field, i) => {
        if (i > 0) cased.push(FIELD_BREAK);
        for (const w of words(field)) cased.push(w);
      });
      this.casedWords = cased;
    }
    return this.casedWords;
  }
}

export function tokenize(...fields: string[]): Tokens {
  return new Tokens(fields);
}
