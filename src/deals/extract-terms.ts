/** A fact people ask about a deal, with the sources that state it. */
export interface DealTerm {
  kind: 'price' | 'per-share' | 'stake' | 'fee' | 'horizon' | 'regulator';
  /** As written: "$68.7 billion", "$95 a share", "a 27% stake", "until 2030", "FTC". */
  text: string;
  cites: number[];
}

/**
 * "$68.7 billion", "€1bn", "US$4.2bn", "1.5 billion Swiss francs", and wire copy's "68.7 bln
 * dlrs", "420 mln stg", "42 dlrs".
 */
const CURRENCY = String.raw`(?:(?:US |U\.S\. |Canadian |Australian |Swiss )?(?:dollars|dlrs?)|euros|pounds|stg|sterling|(?:Swiss |French )?francs|yen|marks|crowns|kronor|yuan|rupees)`;
const MONEY = String.raw`(?:(?:US)?[$€£]\s?\d[\d,]*(?:\.\d+)?\s?(?:trillion|billion|million|bln|mln|bn|m|tn)?\b|\b\d[\d,]*(?:\.\d+)?\s(?:(?:trillion|billion|million|bln|mln)\s)?${CURRENCY}\b)`;

const PATTERNS: { kind: DealTerm['kind']; re: RegExp }[] = [
  {
    kind: 'fee',
    re: new RegExp(String.raw`(?:\ban? )?${MONEY}\s(?:reverse )?(?:termination|break(?:-?up)?) fee`, 'gi'),
  },
  { kind: 'per-share', re: new RegExp(String.raw`${MONEY}\s?(?:a|per) share`, 'gi') },
  {
    kind: 'stake',
    // Wire copy writes "pct", and a stake as "9.8 pct of Globex".
    re: /\b(?:an? \b)?\d{1,2}(?:\.\d+)?\s?(?:%|per ?cent|pct) (?:stake|holding|interest|share)\b|\bstake of (?:about |roughly )?\d{1,2}(?:\.\d+)?\s?(?:%|pct)/gi,
  },
  // "buys 9.8 pct of Globex": a stake in a named company (case matters here: a name follows).
  { kind: 'stake', re: /\b\d{1,2}(?:\.\d+)?\s?(?:%|pct|PCT|per cent|PER CENT)(?= of (?:\p{Lu}|<))/gu },
  { kind: 'price', re: new RegExp(MONEY, 'gi') },
  {
    kind: 'horizon',
    re: /\b(?:until|through|by|before|after|in) (?:early |mid-|late |the end of )?(?:19|20)\d{2}\b/gi,
  },
  {
    kind: 'regulator',
    re: /\b(?:FTC|Federal Trade Commission|DOJ|Justice Department|Department of Justice|European Commission|EU regulators?|Brussels|CMA|Competition and Markets Authority|SAMR|Federal Reserve|OCC|FCC|CFIUS|a federal judge|federal judge|the courts?)\b/gi,
  },
];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(?:an?|the) /, '')
    .replace(/\s+/g, ' ')
    .replace(/per cent| ?pct/, '%')
    .trim();

/** Regulators named in many ways are one regulator. */
const SAME_REGULATOR: Record<string, string> = {
  'federal trade commission': 'ftc',
  'justice department': 'doj',
  'department of justice': 'doj',
  'eu regulators': 'european commission',
  'eu regulator': 'european commission',
  brussels: 'european commission',
  'competition and markets authority': 'cma',
  'a federal judge': 'federal judge',
};

/**
 * Pulls the deal terms out of cited texts: prices, per-share prices, stakes, termination
 * fees, dates and horizons, and the regulators and courts involved. A price that is part of a
 * fee or a per-share price is not listed again as a price. Each term keeps the citation
 * numbers of every text that states it, most-cited first within its kind.
 */
export function extractTerms(texts: { text: string; cites: number[] }[]): DealTerm[] {
  const found = new Map<string, DealTerm & { first: number }>();
  let order = 0;
  for (const { text, cites } of texts) {
    const taken: [number, number][] = [];
    for (const { kind, re } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        let key = norm(m[0]);
        if (kind === 'regulator') key = SAME_REGULATOR[key] ?? key;
        key = `${kind}:${key}`;
        const t = found.get(key);
        if (t) t.cites = [...new Set([...t.cites, ...cites])].sort((a, b) => a - b);
        else found.set(key, { kind, text: m[0].trim(), cites: [...cites].sort((a, b) => a - b), first: order++ });
      }
    }
  }
  const kinds: DealTerm['kind'][] = ['price', 'per-share', 'stake', 'fee', 'horizon', 'regulator'];
  return [...found.values()]
    .sort(
      (a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || b.cites.length - a.cites.length || a.first - b.first,
    )
    .map(({ kind, text, cites }) => ({ kind, text, cites }));
}
