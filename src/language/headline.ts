/**
 * What a headline says, without what outlets and aggregators put around it: a wire slug or a
 * kicker before it ("UPDATE 2-", "EXCLUSIVE-", "BREAKING: ", "Analysis: ") and the outlet after it
 * ("… - Reuters", "… | Financial Times", "… — CNBC.com"). Neither is part of the event; read as
 * words they are capitalized, so names, and pull one outlet's reports of different events together.
 */

/** A wire service's slug, glued to the first word by a hyphen: "EXCLUSIVE-", "UPDATE 2-", "RPT-", "BRIEF-". */
export const WIRE_SLUG =
  /^(?:exclusive|update(?: \d+)?|rpt|brief|wrapup(?: \d+)?|corrected|refile|insight|analysis|focus|breakingviews|column|factbox|timeline|explainer|dealtalk|buzz)\s*-\s*/i;

/** A kicker before a colon: "BREAKING: ", "Exclusive: ", "Analysis: ", "LIVE: ". */
const KICKER =
  /^(?:breaking(?: news)?|exclusive|update(?:d)?|analysis|explainer|opinion|live|watch|factbox|insight|column|comment|podcast|video|breakingviews|dealtalk|scoop)\s*:\s*/i;

const OUTLET_TAIL = /\s+[-|–—]\s+([^-|–—]+)$/u;
const OUTLET_SMALL = new Set(['of', 'the', 'and', 'de', 'la', 'le', 'for', 'on']);

/**
 * The headline without an outlet after a spaced dash or bar: a short tail of capitalized words or
 * a domain. A tail in lower case, a quotation or a question is the headline's own ("… - what it
 * means for gamers", "… – Where She 'Knows Everyone'").
 */
export function withoutOutlet(title: string): string {
  const m = OUTLET_TAIL.exec(title);
  if (!m || m.index < 12) return title;
  const tail = m[1]!.trim();
  if (/["“”‘?!]|(?:^|\s)['’]|['’](?:\s|$)/u.test(tail)) return title;
  const words = tail.split(/\s+/);
  const outletLike =
    words.length <= 6 && words.every((w) => /^(?:\p{Lu}|\d|&)/u.test(w) || OUTLET_SMALL.has(w) || /\.\w{2,4}$/.test(w));
  return outletLike ? title.slice(0, m.index) : title;
}

/** The headline without a slug or kicker before it and an outlet after it. */
export function headlineOf(title: string): string {
  return withoutOutlet(title.replace(WIRE_SLUG, '').replace(KICKER, ''));
}
