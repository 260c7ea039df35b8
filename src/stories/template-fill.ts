/**
 * One sender's template filled with other names: "SHAREHOLDER ALERT: Halper Sadeh LLC
 * Investigates HashiCorp Sale to IBM" and "… Investigates Juniper Networks Sale to HPE" share
 * most of their words and the sender's name, so by words and names they look like one event;
 * they are two, because the names in the template's slots differ. Press-release wires carry such
 * templates by the dozen a day (law firms' investor alerts, "to present at" conferences).
 *
 * Two headlines are one template filled differently when most of their words are the same words
 * in the same order (their longest common subsequence) and the words that differ fall in two or
 * more places, each place holding a name on both sides that the other report never says. One
 * differing name is how outlets write one event ("Google to buy Wiz" / "Alphabet to buy Wiz"),
 * so it is never enough.
 */

/** What a report brings to the comparison: its headline's terms in order, its names, all its terms. */
export interface TemplateSide {
  terms: string[];
  names: Set<string>;
  all: { has(term: string): boolean };
  /** `terms` as a set, made on first use (a story's headlines are compared many times). */
  termSet?: Set<string>;
}

export const templateDefaults = {
  /** Of the longer headline's terms, the share the two must have in common, in order. */
  common: 0.5,
  /** Places where different names fill the template. */
  slots: 2,
} satisfies Record<string, number>;

export function filledDifferently(a: TemplateSide, b: TemplateSide, opts = templateDefaults): boolean {
  return templateOf(a, b, opts) !== null;
}

/**
 * The template two headlines share when they are one template filled with other names (see
 * `filledDifferently`): the terms they have in common, in order — the sender's words, not the
 * event's. Null when they are not.
 */
export function templateOf(a: TemplateSide, b: TemplateSide, opts = templateDefaults): string[] | null {
  const n = a.terms.length;
  const m = b.terms.length;
  if (n < 4 || m < 4) return null;
  // (Each place needs, on each side, a name the other never says: two reports of one event share
  // their names, so most pairs stop here, cheaply.)
  const fresh = (x: TemplateSide, other: TemplateSide) => {
    let k = 0;
    for (const t of x.terms) if (x.names.has(t) && !other.all.has(t)) k++;
    return k;
  };
  if (fresh(a, b) < opts.slots || fresh(b, a) < opts.slots) return null;
  // (The common subsequence is at most the terms they share.)
  const bTerms = (b.termSet ??= new Set(b.terms));
  let shared = 0;
  for (const t of a.terms) if (bTerms.has(t)) shared++;
  if (shared < opts.common * Math.max(n, m)) return null;
  // Longest common subsequence, by dynamic programming (headlines are short), in one flat table.
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i * w + j] =
        a.terms[i] === b.terms[j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
  const at = (i: number, j: number) => dp[i * w + j]!;
  if (at(0, 0) < opts.common * Math.max(n, m)) return null;
  // Walk the alignment: between two matched terms, what each side has of its own is one place.
  let slots = 0;
  let gapA: string[] = [];
  let gapB: string[] = [];
  const close = () => {
    const filler = (gap: string[], side: TemplateSide, other: TemplateSide) =>
      gap.some((t) => side.names.has(t)) && gap.every((t) => !other.all.has(t));
    if (gapA.length && gapB.length && filler(gapA, a, b) && filler(gapB, b, a)) slots++;
    gapA = [];
    gapB = [];
  };
  const common: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a.terms[i] === b.terms[j]) {
      close();
      common.push(a.terms[i]!);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) gapA.push(a.terms[i++]!);
    else gapB.push(b.terms[j++]!);
  }
  gapA.push(...a.terms.slice(i));
  gapB.push(...b.terms.slice(j));
  close();
  return slots >= opts.slots ? common : null;
}
