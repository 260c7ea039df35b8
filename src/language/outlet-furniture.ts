/**
 * What a headline and a summary say, without what outlets, aggregators and feed software put
 * around them: a wire slug or a kicker before a headline ("UPDATE 2-", "EXCLUSIVE-", "BREAKING: ",
 * "Analysis: "), the outlet after it ("… - Reuters", "… | Financial Times", "… — CNBC.com"), and
 * the lines feed software ends a summary with. None is part of the event; read as words they are
 * capitalized, so names, and pull one outlet's reports of different events together.
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
  return outletLike(m[1]!) ? title.slice(0, m.index) : title;
}

/** A short run of capitalized words or a domain, with no quotation or question: an outlet's name. */
function outletLike(text: string): boolean {
  const tail = text.trim();
  if (!tail || /["“”‘?!]|(?:^|\s)['’]|['’](?:\s|$)/u.test(tail)) return false;
  const words = tail.split(/\s+/);
  return (
    words.length <= 6 && words.every((w) => /^(?:\p{Lu}|\d|&)/u.test(w) || OUTLET_SMALL.has(w) || /\.\w{2,4}$/.test(w))
  );
}

/**
 * The headline without a slug or kicker before it and an outlet after it. Given the outlet
 * the item is known to come from (an aggregator's feed names it), that name is taken off the
 * end whatever its shape ("… - theguardian.com", "… - The Motley Fool").
 */
export function headlineOf(title: string, outlet?: string): string {
  const bare = title.replace(WIRE_SLUG, '').replace(KICKER, '');
  const name = outlet?.trim();
  if (name && bare.slice(bare.length - name.length).toLowerCase() === name.toLowerCase()) {
    const before = bare.slice(0, bare.length - name.length);
    const dash = /\s+[-|–—]\s+$/u.exec(before);
    if (dash && dash.index >= 12) return before.slice(0, dash.index);
  }
  return withoutOutlet(bare);
}

/**
 * What feed software adds to a summary: WordPress's "The post … appeared first on …", "Continue
 * reading …", "Read more", "[…]", "This article originally appeared on …". Each names the outlet
 * (a name to grouping) and may repeat the headline; none is a sentence a summary should cite.
 */
const BOILERPLATE = [
  /\s*The post\s.+?\sappeared first on\s.+$/su,
  /(?:^|(?<=[.!?…"”»)]))\s*(?:Continue reading|Read more|Read the full (?:story|article))\b.*$/su,
  /\s*This (?:article|story) (?:was )?originally (?:appeared|published)\b.*$/isu,
  /\s*\[(?:…|\.\.\.|&#8230;)\]\s*$/u,
];

/**
 * The summary without the lines feed software adds at its end. Given its headline (without
 * slug or outlet, as `headlineOf` gives it), an aggregator's summary that is only the headline and its outlet ("Cisco to buy Splunk for $28 billion  Reuters", as Google
 * News sends it) says nothing the headline does not: it is empty.
 */
export function summaryOf(summary: string, headline?: string): string {
  if (headline) {
    // (The headline as `headlineOf` leaves it.)
    const bare = headline.trim();
    const s = summary.trim();
    if (bare.length >= 12 && s.startsWith(bare) && outletLike(s.slice(bare.length))) return '';
  }
  // Each comes off the end, so one may stand before another: "… appeared first on X. Continue reading".
  let out = summary;
  for (let before = ''; before !== out;) {
    before = out;
    for (const re of BOILERPLATE) out = out.replace(re, '');
  }
  return out;
}
