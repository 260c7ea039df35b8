import { createRequire } from 'node:module';
import { WIRE_SLUG } from './outlet-furniture.ts';

/** One word of a text, as the language model reads it. */
export interface Word {
  /** As written. */
  text: string;
  /** Lower case. */
  lower: string;
  /** Dictionary form: "bought" → "buy", "talks" → "talk". */
  lemma: string;
  /** Universal part of speech: VERB, NOUN, PROPN, AUX, PART, ADP, NUM, SYM, PUNCT… */
  pos: string;
  /** Character offset in the analysed text. */
  at: number;
}

type Nlp = {
  readDoc(text: string): { tokens(): { out(f: unknown): string[] } };
  its: Record<string, unknown>;
};
let nlp: Nlp | undefined;

/**
 * wink-nlp with its English "lite" model: tokens, parts of speech and lemmas at about 4,000
 * 100-word texts a second on one core, 4.6 MB installed, pure JavaScript. Loaded on first use
 * (about 0.2 s), so commands that never read news text do not pay for it.
 */
function model(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (m: unknown, pipe?: string[]) => Nlp;
    // Parts of speech only (lemmas come with them): the reader asks nothing of the model's
    // sentences, entities, negation or sentiment, and each is another pass of its automata over
    // every text — about a fifth of the time a headline takes to read. The tokens, lemmas and tags
    // do not depend on them (the same on the 23,510 texts of the labelled sets and ECB+, as written
    // and in lower case).
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  return nlp;
}

/**
 * Wire copy writes headlines in capitals and puts tickers in angle brackets ("MICROSOFT
 * <MSFT.O> TO BUY …"); the model reads capitals as names. Tickers go, and a text that is
 * mostly capitals is read in lower case. Its slug goes, a trailing "-sources" becomes ", sources" and a spaced hyphen a dash.
 */
export function normalizeWireStyle(text: string): string {
  let t = text
    .replace(WIRE_SLUG, '')
    .replace(/\s+-\s*(sources?|source says|sources say|report|paper)$/i, ', $1')
    // A hyphen with spaces around it is a dash, which ends a clause: what follows is an outlet
    // (" - Reuters") or an aside, never the object of the verb before it ("BANK BUY - REUTERS").
    // (A name's hyphen has none: "Acme-Globex".)
    .replace(/\s+-\s+/g, ' — ')
    // (Two dashes around words are an aside, commas in all but name: "A bid … by Daniel Kretinsky –
    // known as the 'Czech Sphinx' – has been rejected by the board".)
    .replace(/\s[—–]\s([^—–.;]{1,80}?)\s[—–]\s(?=\p{Ll})/gu, ', $1, ')
    .replace(/<[A-Z0-9.^=-]{1,12}>/g, ' ')
    // (And the market press's, in parentheses after the name: "Pfizer (PFE)", "Abcam plc (Nasdaq: ABCM)".)
    .replace(
      /\s*\((?:(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|OTC|AMEX|NYSE American|Euronext)\s*:\s*)?[A-Z][A-Z0-9.]{0,7}\)/g,
      '',
    )
    // (And Reuters instrument codes after a name, as aggregators carry its copy: "Canadian National
    // CNR.TO said", "Green Thumb Industries Inc GTII.CD said", "Credit Agricole (PA:CAGR)" — never a
    // name of the sentence; "U.S." and "N.V." have one letter before the dot and stay.)
    .replace(/(\p{L}[.)]?)\s+[A-Z0-9][A-Z0-9]{1,5}\.[A-Z]{1,2}(?![\p{L}\p{N}.])/gu, '$1')
    .replace(/\s*\([A-Z]{2,6}:[A-Z0-9.]{1,8}\)/g, '')
    // Dollars of other countries are dollars to the reader: "US$35 billion", "A$6bn" (the tagger
    // reads "US$" as a noun, not a currency).
    .replace(/\b(?:US|A|C|NZ|HK|S)\$(?=\s?\d)/g, '$')
    // (An amount given again in another currency, in brackets, says nothing more and parts the bid
    // from its bidder: "has dropped a $6 billion (€5.3bn) bid", "$8 billion (£5.9 billion) merger".)
    .replace(
      /(\d\s?(?:bn|billion|mln|million|m|b|k|crore|lakh)?)\s*\((?:about\s+|around\s+|some\s+|c\.\s*)?(?:[$€£¥]|US\$|Rs\.?\s?|EUR\s?|GBP\s?|USD\s?)\s?\d[\d.,]*\s?(?:bn|billion|mln|million|m|b|crore|lakh)?\)/giu,
      '$1',
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
  const letters = t.replace(/[^A-Za-z]/g, '');
  // ("US" in capitals is the country, which in lower case the model would read as a pronoun:
  // "BID FOR US WEST" is for U.S. West.)
  if (letters.length >= 8 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7)
    t = t.replace(/\bUS\b(?![$'’])/g, 'U.S.').toLowerCase();
  return t;
}

const cache = new Map<string, Word[]>();

/** The words of a text with their lemmas and parts of speech (cached: headlines repeat). */
export function analyse(text: string): Word[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const m = model();
  const doc = m.readDoc(text);
  const its = m.its;
  const tokens = doc.tokens();
  const out = tokens.out(its.value);
  const lemmas = tokens.out(its.lemma);
  const pos = tokens.out(its.pos);
  const words: Word[] = [];
  let at = 0;
  for (let i = 0; i < out.length; i++) {
    const w = out[i]!;
    const found = text.indexOf(w, at);
    const start = found < 0 ? at : found;
    words.push({
      text: w,
      lower: w.toLowerCase(),
      lemma: (lemmas[i] ?? w).toLowerCase(),
      pos: pos[i] ?? 'X',
      at: start,
    });
    at = start + w.length;
  }
  const merged = ownersApostrophes(unsplitCompounds(unsplitNames(words)));
  if (cache.size > 20_000) cache.clear();
  cache.set(text, merged);
  return merged;
}

/**
 * A compound adjective joined by hyphens around "and" or "or" ("stock-and-cash proposal",
 * "bricks-and-mortar stores"), which the model splits into five words: one word again, so its
 * "and" neither starts a clause nor joins two names.
 */
function unsplitCompounds(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    // (Most words are no such compound: look at the hyphens before slicing.)
    if (words[i + 1]?.text !== '-' || words[i + 3]?.text !== '-') {
      out.push(words[i]!);
      continue;
    }
    const part = words.slice(i, i + 5);
    const glued =
      part.length === 5 && part.every((w, k) => k === 0 || part[k - 1]!.at + part[k - 1]!.text.length === w.at);
    const shape =
      glued &&
      /^\p{Ll}+$/u.test(part[0]!.text) &&
      part[1]!.text === '-' &&
      ['and', 'or'].includes(part[2]!.lower) &&
      part[3]!.text === '-' &&
      /^\p{Ll}+$/u.test(part[4]!.text);
    if (shape) {
      const text = part.map((w) => w.text).join('');
      out.push({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'ADJ', at: part[0]!.at });
      i += 4;
      continue;
    }
    out.push(words[i]!);
  }
  return out;
}

/** An apostrophe standing alone: "'" or "’". */
const APOSTROPHE = new Set(["'", '’']);

/**
 * An owner's apostrophe after a name ending in "s" ("Synopsys' plans to buy Ansys", "Mars’ $36bn
 * Kellanova deal"), which the model leaves as punctuation: read as the owner's "'s" it is elsewhere,
 * so a rule that knows "Acme's planned merger" knows "Synopsys' planned merger". Not a closing
 * quote: an apostrophe glued to the word before it, after an opening quote still open ("calls the
 * bid 'derisory'", "‘Project Atlas’"), closes it.
 */
function ownersApostrophes(words: Word[]): Word[] {
  // (Most texts have no apostrophe standing alone: no new array for them.)
  if (!words.some((w) => APOSTROPHE.has(w.text) || w.text === '‘')) return words;
  let open = false;
  return words.map((w, i) => {
    if (!APOSTROPHE.has(w.text) && w.text !== '‘') return w;
    const before = words[i - 1];
    const after = words[i + 1];
    const gluedBefore = !!before && before.at + before.text.length === w.at;
    const gluedAfter = !!after && w.at + w.text.length === after.at;
    // (An opening quote: glued to the word after it only.)
    if (w.text === '‘' || (gluedAfter && !gluedBefore)) {
      open = true;
      return w;
    }
    if (open && gluedBefore) {
      open = false;
      return w;
    }
    const owner =
      gluedBefore &&
      !gluedAfter &&
      before.pos === 'PROPN' &&
      /s$/i.test(before.text) &&
      !!after &&
      after.pos !== 'PUNCT';
    return owner ? { ...w, lower: "'s", lemma: "'s", pos: 'PART' } : w;
  });
}

/** The tails the model splits off a word it takes for a contraction written without its apostrophe. */
const CONTRACTION_TAIL = new Set(['ve', 're', 'll', 'nt', 'd', 'm']);

/**
 * A name the model split as a contraction written without its apostrophe ("Jony Ive's" read as
 * "I", "ve", "'s"): a capitalized word glued to such a tail, after a name or before an owner's
 * "'s", is one name again. ("Dont" or "Theyll" at a sentence's start stay as the model reads them.)
 */
function unsplitNames(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const tail = words[i + 1];
    const glued =
      tail !== undefined &&
      CONTRACTION_TAIL.has(tail.lower) &&
      w.at + w.text.length === tail.at &&
      /^\p{Lu}/u.test(w.text);
    const named = out.at(-1)?.pos === 'PROPN' || ["'s", '’s'].includes(words[i + 2]?.lower ?? '');
    // A name written as a web address or with a colon inside, which the model splits at its dot or
    // colon (and the reader would take the dot for a sentence's end): "Ele.me", "Jet.com", "Run:ai".
    const inner = words[i + 2];
    const address =
      tail !== undefined &&
      inner !== undefined &&
      ['.', ':'].includes(tail.text) &&
      /^\p{L}[\p{L}\d]*$/u.test(w.text) &&
      /^\p{Ll}{2,6}$/u.test(inner.text) &&
      w.at + w.text.length === tail.at &&
      tail.at + 1 === inner.at;
    // (Or an initial and its dot glued to capitals: "E.ON", which the model splits after the dot.)
    const initialled =
      tail !== undefined &&
      /^\p{Lu}\.$/u.test(w.text) &&
      /^\p{Lu}{2,}$/u.test(tail.text) &&
      w.at + w.text.length === tail.at;
    if (initialled) {
      const text = w.text + tail.text;
      out.push({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', at: w.at });
      i += 1;
      continue;
    }
    if (address) {
      const text = w.text + tail.text + inner.text;
      out.push({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', at: w.at });
      i += 2;
      continue;
    }
    if (glued && named) {
      const text = w.text + tail.text;
      out.push({ text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: 'PROPN', at: w.at });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}
