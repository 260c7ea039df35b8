// A sentence ends at . ! ? or … (plus closing quotes) followed by space and a capital,
// digit or opening quote: "$68.7 billion" and "U.S. Department" stay whole.
const BOUNDARY = /(?<=[.!?…]["'”’)]*)\s+(?=["“'‘(]?[\p{Lu}\d])/u;
// A period after an initial, a title, a company's suffix or a month ends no sentence: "Jane Q.
// Public", "Acme Corp. (NYSE: ACM) is…", "Globex Inc. said".
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|Prof|Inc|Corp|Co|Cos|Ltd|Plc|Bhd|Jr|Sr|St|vs|No|Gov|Sen|Rep|Gen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** A clock time's "a.m." before its time zone ends no sentence: "as of 10:45 a.m. EDT on Tuesday". */
const TIME = /\b[ap]\.m\.$/iu;
const ZONE = /^(?:ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|GMT|BST|CET|CEST|UTC|JST|HKT|SGT|IST|AEST|AEDT)\b/u;

/** Sentences of a text, in order, trimmed. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(BOUNDARY)) {
    const piece = part.trim();
    if (!piece) continue;
    const prev = out.at(-1);
    const joined = prev !== undefined && (ABBREVIATION.test(prev) || (TIME.test(prev) && ZONE.test(piece)));
    if (joined) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out;
}
