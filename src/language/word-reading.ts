/**
 * How the stage reader looks at the words around a predicate: lemmas the tagger left unreduced,
 * tense and voice, a word of a set within a span, hedges and negations, shares and stakes, a
 * regulator among the words. Small questions over parts of speech and lemmas, asked by
 * `resolve-predicate.ts` and `read-stage.ts`.
 */
import type { Word } from './analyse.ts';
import {
  HOLDERS,
  WEEKDAY,
  ALL,
  PRIVATE,
  BOARD,
  CLAUSE_END,
  CLAUSE_OF_TIME,
  COMMERCIAL,
  CONTEST,
  CONTRACT_KIND,
  COUNTERPARTY,
  DEALING,
  DEAL_NOUN,
  GOVERNMENT,
  LABOUR,
  HEDGE_WORDS,
  LEXICON,
  MAJORITY,
  NEGATION_WORDS,
  NOT_NEWS,
  OBJECT,
  OFFER_VERB,
  PAIRED,
  PRICE_HEAD,
  REGULATOR,
  RULING,
  TAKEOVER_WORD,
  SCALE_WORD,
  SECURITIES,
  STAKE,
  STATE_NAME,
  TERM,
  TRANSACT,
  WHOLE,
} from './deal-words.ts';

/** Debt sold to raise money, named after "sale of": notes, bonds, debentures. */
const DEBT = new Set(['bond', 'debt', 'note', 'debenture', 'convertible', 'paper']);

const loweredSeen = new WeakMap<Word[], boolean>();
/** Wire copy read in lower case: the tagger no longer sees names as names. (Asked by many rules of
 * every word of a text: worked out once per text.) */

/** What a takeover word describes when it is no deal: "buyout fund", "merger arbitrage", "acquisition spree". */
const TRADE_HEAD = new Set([
  'fund',
  'firm',
  'house',
  'shop',
  'specialist',
  'titan',
  'giant',
  'boom',
  'spree',
  'strategy',
  'vehicle',
  'arbitrage',
  'activity',
  'market',
  'industry',
  'banker',
  'lawyer',
  'veteran',
  'king',
  'baron',
]);
/**
 * Whether the word at `k` is a name's: tagged one, or, in capitals read in lower case (where no
 * word is tagged a name), a noun ("ACME CONFIRMS APPROACH FROM GLOBEX" reads "globex" as a noun).
 */
export const nameAt = (ws: Word[], k: number) => ws[k]?.pos === 'PROPN' || (lowered(ws) && ws[k]?.pos === 'NOUN');

/** A stop that ends a sentence among the words: a full stop, a question or exclamation mark, a semicolon. */
const SENTENCE_STOP = /^[.!?;]$/u;

/** Where the sentence holding `at` opens: the word after the stop before it, or the first. */
export function sentenceOpens(ws: Word[], at: number): number {
  let opens = at;
  while (opens > 0 && !SENTENCE_STOP.test(ws[opens - 1]!.text)) opens--;
  return opens;
}

/** Where the sentence holding `at` ends: its stop, or past the last word. */
export function sentenceEnds(ws: Word[], at: number): number {
  const k = ws.findIndex((x, j) => j > at && SENTENCE_STOP.test(x.text));
  return k < 0 ? ws.length : k;
}

export function lowered(ws: Word[]): boolean {
  let v = loweredSeen.get(ws);
  if (v === undefined) loweredSeen.set(ws, (v = ws.length > 0 && ws.every((w) => w.text === w.lower)));
  return v;
}

/** A word of an amount: a currency sign, a figure, its scale or its unit ("$", "1.2", "bln", "dlrs"). */
export const amountWord = (x: Word) =>
  /^[$€£¥]$/.test(x.text) || x.pos === 'NUM' || SCALE_WORD.has(x.lower) || PRICE_HEAD.has(x.lower);

/**
 * A name written in several words is one word to the rules, which count words to reach what a
 * predicate is about: "Velmora Global Holdings and Brisco to combine" is "Acme and Globex to
 * combine". The word keeps the whole text (so a phrase shown is as written) and reads as its
 * last word ("U.S. Steel" is "steel", no regulator; "European Commission" is "commission", one).
 * A hyphen joins only a name that says it is one (below): "Acme-Globex deal" is a pair.
 */
function oneWordNames(tagged: Word[], text: string): Word[] {
  // A capitalized word inside a sentence is a name's, whatever part of speech the model gave it
  // ("Capital One now owns Discover", "prime broker Hidden Road"): where case tells names, verbs
  // are written in lower case. (Not a sentence's first word, nor one after a colon or a quote.)
  // (A common noun too, "Comcast makes $31 billion offer for Sky", but not a deal's own word.)
  const ws = tagged.map((w, i) =>
    // (Of three letters or more: "No. 1" is no name.)
    (w.pos === 'VERB' ||
      (w.pos === 'NOUN' && /^\p{Lu}\p{Ll}{2}/u.test(w.text) && !DEAL_NOUN.has(w.lower) && !LEXICON.has(w.lemma))) &&
    /^\p{Lu}\p{Ll}/u.test(w.text) &&
    i > 0 &&
    !/^[.:;!?"'“‘(—–-]$/.test(tagged[i - 1]!.text)
      ? { ...w, pos: 'PROPN', lemma: w.lower }
      : w,
  );
  const out: Word[] = [];
  // A hyphenated name is one when what follows is not what a pair is written before ("Acme-Globex
  // deal", "Acme-Globex talks", a pair ending the clause): "walks away from Brisco-Halden
  // Industries after due diligence", "Cleveland-Cliffs' $7.3 billion offer".
  const joins = (j: number) => {
    if (ws[j + 1]?.text !== '-' || ws[j + 2]?.pos !== 'PROPN') return false;
    let k = j + 2;
    while (ws[k + 1]?.pos === 'PROPN' || (ws[k + 1]?.text === '-' && ws[k + 2]?.pos === 'PROPN')) k++;
    const after = ws[k + 1];
    if (!after || CLAUSE_END.test(after.text) || PAIRED.has(after.lemma) || DEAL_NOUN.has(after.lemma)) return false;
    // (Only a name that says it is one: more words after the hyphen, or a possessive. "to decide on
    // Acme-Globex by Sept 1" is still a pair.)
    return k > j + 2 || after.lower === "'s" || after.text === "'";
  };
  // A colon inside a name is no clause's end: "Run:ai" (however the tagger read its parts).
  const colonName = (k: number) =>
    ws[k + 1]?.text === ':' &&
    ws[k + 1]!.at === ws[k]!.at + ws[k]!.text.length &&
    ws[k + 2]?.at === ws[k + 1]!.at + 1 &&
    /^\p{Lu}/u.test(ws[k]!.text) &&
    /^\p{L}/u.test(ws[k + 2]!.text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (colonName(i)) {
      const last = ws[i + 2]!;
      out.push({ ...last, text: text.slice(w.at, last.at + last.text.length), at: w.at, pos: 'PROPN' });
      i += 2;
      continue;
    }
    let j = i;
    while (w.pos === 'PROPN') {
      if (ws[j + 1]?.pos === 'PROPN' && !REGULATOR.has(ws[j + 1]!.lower)) j++;
      else if (joins(j)) j += 2;
      else break;
    }
    if (j === i) {
      out.push(w);
      continue;
    }
    const last = ws[j]!;
    out.push({ ...last, text: text.slice(w.at, last.at + last.text.length), at: w.at, pos: 'PROPN' });
    i = j;
  }
  return out;
}

/** Schemes that are no takeover: "pension scheme", "incentive scheme". */
const SCHEME_KIND = new Set([
  'pension',
  'incentive',
  'bonus',
  'loyalty',
  'option',
  'retirement',
  'savings',
  'ponzi',
  'pyramid',
  'compensation',
  'share',
  'payment',
  'rescue',
  'relief',
  'subsidy',
  'grant',
  'insurance',
]);
/** The words of when a thing was done, straight after it: "announced Tuesday", "announced officially". */
/** Months and their abbreviations, as datelines and headlines write them. */
const MONTH = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const WHEN = new Set([...WEEKDAY, 'today', 'yesterday', 'tonight', 'earlier', 'last', 'officially', 'formally']);

/** The model lemmatizes most words; a form it leaves as is ("clearing" as a noun) is reduced by its ending. */
export function withLemmas(raw: Word[], text?: string): Word[] {
  const retagged = retag(raw, text !== undefined);
  const ws = text === undefined ? retagged : oneWordNames(retagged, text);
  return ws.map((w, i) => {
    // A weekday is when, never who: "Groupe Danone agreed on Monday to buy Royal Numico".
    if (w.pos === 'PROPN' && WEEKDAY.has(w.lower)) return { ...w, pos: 'NOUN' };
    // So is a month with its day, or after "in", "by": "sets Oct 28 deadline to close deal".
    const dated =
      /^\d/u.test(ws[i + 1]?.text ?? '') ||
      ['in', 'on', 'by', 'since', 'until', 'last', 'next'].includes(ws[i - 1]?.lower ?? '');
    if (w.pos === 'PROPN' && MONTH.has(w.lower.replace(/\.$/u, '')) && dated) return { ...w, pos: 'NOUN' };
    // Two British takeover terms the tagger splits: a "scheme of arrangement" is how a UK takeover is
    // done, a "squeeze-out" buys the last minority holders; each is read as the takeover it is.
    if (w.lower === 'scheme' && ws[i + 1]?.lower === 'of' && ws[i + 2]?.lower === 'arrangement')
      return { ...w, lemma: 'takeover' };
    // An Australian takeover's binding agreement is its "scheme implementation deed" (or agreement).
    if (w.lower === 'deed' && ws[i - 1]?.lower === 'implementation')
      return { ...w, lemma: 'agreement', lower: 'agreement' };
    if (w.lower === 'scheme' && ws[i + 1]?.lower === 'implementation') return { ...w, lemma: 'takeover' };
    // A scheme with a named bidder is the takeover too: "shareholders approve scheme with IFM-led
    // group" (not a pension or an incentive scheme, which names no one).
    // So is one named for its bidder, written in lower case after the name ("vote in favour of
    // Newmont scheme"; not a "BT Pension Scheme", whose name it is).
    // (In capitals read in lower case the bidder is a noun: "HOLDERS APPROVE SANTOS SCHEME"; not a
    // scheme of its kind: "pension scheme".)
    const caseless = text === undefined || !/\p{Lu}/u.test(text);
    if (
      w.lower === 'scheme' &&
      ((ws[i + 1]?.lower === 'with' && ws[i + 2]?.pos === 'PROPN') ||
        (w.text === 'scheme' && ws[i - 1]?.pos === 'PROPN') ||
        (caseless &&
          ws[i - 1]?.pos === 'NOUN' &&
          !SCHEME_KIND.has(ws[i - 1]!.lower) &&
          ws.some((x) => HOLDERS.has(x.lower))))
    )
      return { ...w, lemma: 'takeover' };
    // A verb done again is the verb: "Tribunal re-approves Tabcorp-Tatts merger", "re-files".
    if (w.lower.startsWith('re-') && w.lower.length > 5) {
      const rest = w.lemma.replace(/^re-/, '');
      const base = [rest, rest.replace(/(?:es|s|ed|d)$/, ''), rest.replace(/(?:s|d)$/, '')].find((c) => LEXICON.has(c));
      if (base) return { ...w, lemma: base, pos: 'VERB' };
    }
    // A compound ending in a deal word is that deal: "mega-merger", "mega-deal", "all-share-offer".
    if (w.lower.includes('-') && !DEAL_NOUN.has(w.lemma)) {
      const last = w.lower.slice(w.lower.lastIndexOf('-') + 1);
      if (DEAL_NOUN.has(last) && last !== 'buy') return { ...w, lemma: last };
    }
    // A labour union is no union of companies: "union workers ratify contract with Acme".
    if (
      w.lower === 'union' &&
      (LABOUR.has(ws[i + 1]?.lower ?? '') || ['labor', 'labour', 'trade', 'workers'].includes(ws[i - 1]?.lower ?? ''))
    )
      return { ...w, lemma: 'labour-union', lower: 'labour-union' };
    if (w.lower === 'squeeze' && ws[i + 1]?.text === '-' && ws[i + 2]?.lower === 'out')
      return { ...w, lemma: 'buyout' };
    // A pursuit of people or of anything but a company is no suitor's: "in pursuit of members of the
    // Weather Underground" ("pursuit of Globex", "Globex pursuit" are).
    // ("pursuit of a stake in Stada", "of the company" are.)
    if (w.lemma === 'pursuit' && ws[i + 1]?.lower === 'of' && !lowered(ws)) {
      let k = i + 2;
      while (ws[k] && ['DET', 'ADJ', 'NUM'].includes(ws[k]!.pos)) k++;
      const x = ws[k];
      // (Or a description before the name: "its pursuit of distressed peer Banco Master".)
      const described = x?.pos === 'NOUN' && ws[k + 1]?.pos === 'PROPN';
      const company =
        x && (x.pos === 'PROPN' || OBJECT.has(x.lemma) || STAKE.has(x.lemma) || DEAL_NOUN.has(x.lemma) || described);
      if (x && !company) return { ...w, lemma: 'chase', lower: 'chase' };
    }
    // "Deal done", "the merger is done": a deal completed. (Not "a done deal", which is one certain.)
    if (
      w.lower === 'done' &&
      (DEAL_NOUN.has(ws[i - 1]?.lemma ?? '') || (ws[i - 1]?.lemma === 'be' && DEAL_NOUN.has(ws[i - 2]?.lemma ?? '')))
    )
      return { ...w, lemma: 'complete', lower: 'completed', pos: 'VERB' };
    // A company taken private is bought out: "Harbour Land privatisation", as the Hong Kong press writes it.
    if (w.lower === 'privatisation' || w.lower === 'privatization') return { ...w, lemma: 'buyout', lower: 'buyout' };
    // "take-private", split by the tagger: a buyout, as one word.
    if (w.lower === 'take' && ws[i + 1]?.text === '-' && ws[i + 2]?.lower === 'private')
      return { ...w, lemma: 'buyout' };
    // A term after a hyphen is a compound's, no terms of a deal: "signs long-term supply contract".
    if (w.lemma === 'term' && ws[i - 1]?.text === '-') return { ...w, lemma: 'long-term', lower: 'long-term' };
    // The way paved for a deal is the way cleared: "settles with rivals, paving way for Ruhrgas takeover".
    // A public comment period on a deal is a step of its review: "Fed extends comment period on
    // Capital One-ING deal".
    if (w.lemma === 'comment' && ws[i + 1]?.lemma === 'period') return { ...w, lemma: 'review', lower: 'review' };
    // A plan to buy that a buyer announces is its deal announced: "Merck announced that it plans to
    // acquire Prometheus for $200 per share", "announces plan to buy Globex" (a plan only told of,
    // or one to sell, is still a plan: "plans to sell its unit").
    if (
      w.lemma === 'plan' &&
      ws[i + 1]?.lower === 'to' &&
      ['acquire', 'buy', 'purchase'].includes(lemmaAt(ws, i + 2))
    ) {
      // (Past when it was told: "announced on April 16, 2023 that it plans to acquire".)
      const back = ws.slice(Math.max(0, i - 10), i);
      const clause = back.length - 1 - [...back].reverse().findIndex((x) => CLAUSE_END.test(x.text));
      const told = back
        .slice(clause === back.length ? 0 : clause + 1)
        .some((x) => ['announce', 'unveil'].includes(x.lemma));
      if (told) return w.pos === 'VERB' ? { ...w, lemma: 'agree' } : { ...w, lemma: 'agreement', lower: 'agreement' };
    }
    // A merger agreement's "termination date" is its deadline, no termination: "extended the
    // termination date for their proposed $8 billion combination until Dec. 31".
    if (w.lower === 'termination' && ws[i + 1]?.lemma === 'date') return { ...w, lemma: 'deadline', lower: 'deadline' };
    // A priced plan for a company is a bid for it: "Reliance Strategic Business Ventures' Rs 202 cr
    // plan for Karkinos Healthcare approved by NCLT".
    if (
      w.lemma === 'plan' &&
      w.pos === 'NOUN' &&
      ws[i + 1]?.lower === 'for' &&
      ws[i + 2]?.pos === 'PROPN' &&
      (amountWord(ws[i - 1]!) || ws[i - 1]?.pos === 'NUM')
    )
      return { ...w, lemma: 'bid', lower: 'bid' };
    // A resolution plan is an insolvent company's bid, as India's insolvency law names it: "NCLT
    // approves Piramal's resolution plan for DHFL".
    if (w.lemma === 'plan' && ws[i - 1]?.lemma === 'resolution' && w.pos === 'NOUN')
      return { ...w, lemma: 'bid', lower: 'bid' };
    // A tax inversion named as one is a merger (one that moves the buyer's home abroad): "Treasury
    // rules cast doubt on Pfizer-Allergan inversion". (In the plural it is the practice: "rules on
    // tax inversions"; nor a noun's modifier: "drops tax inversion plan".)
    if (w.lower === 'inversion' && ws[i + 1]?.pos !== 'NOUN') return { ...w, lemma: 'merger', lower: 'merger' };
    // Toying or flirting with the idea of a deal is weighing it: "have been toying with the idea of
    // taking Yahoo private".
    if (
      ['toy', 'flirt'].includes(w.lemma) &&
      ws[i + 1]?.lower === 'with' &&
      ['idea', 'prospect', 'possibility', 'notion'].includes(lemmaAt(ws, ws[i + 2]?.pos === 'DET' ? i + 3 : i + 2))
    )
      return { ...w, lemma: 'weigh', pos: 'VERB' };
    // (The tagger may leave "paving" a noun of its own.)
    const paved = ['pave', 'paves', 'paved', 'paving'].includes(w.lower);
    if (paved && (ws[i + 1]?.lower === 'way' || ws[i + 2]?.lower === 'way')) return { ...w, lemma: 'clear' };
    // "go-ahead", split by the tagger: an approval, as one word.
    if (w.lower === 'go' && ws[i + 1]?.text === '-' && ws[i + 2]?.lower === 'ahead') return { ...w, lemma: 'go-ahead' };
    // A sale of securities raises money; it sells no business: "completes $2 billion bond sale",
    // "share sale raises $400 million". (Its lower form too: sets match either.)
    if ((w.lemma === 'sale' || w.lemma === 'offering') && SECURITIES.has(ws[i - 1]?.lemma ?? ''))
      return { ...w, lemma: 'issuance', lower: 'issuance' };
    // ("the sale of $2 billion of senior notes": the debt named after it.)
    if (
      (w.lemma === 'sale' || w.lemma === 'offering') &&
      ws[i + 1]?.lower === 'of' &&
      ws.slice(i + 2, i + 9).some((x) => DEBT.has(x.lemma)) &&
      !ws.slice(i + 2, i + 9).some((x) => x.pos === 'PROPN' && !lowered(ws))
    )
      return { ...w, lemma: 'issuance', lower: 'issuance' };
    // A takeover word that describes a business or a trade names no deal: "closed its latest buyout
    // fund", "buyout firm", "merger arbitrage", "acquisition spree". (Read as "finance".)
    if (TAKEOVER_WORD.has(w.lemma) && TRADE_HEAD.has(ws[i + 1]?.lemma ?? ''))
      return { ...w, lemma: 'finance', lower: 'finance' };
    // A dealing of a commercial kind is a contract, not a takeover: "Globex supply talks", "terminates
    // Globex distribution agreement", "closes deal with Globex for cloud services", "in talks with
    // Globex on chip supply". (Read as "contract", which no rule takes for a deal.)
    if (DEALING.has(w.lemma) && commercialDealing(ws, i)) return { ...w, lemma: 'contract', lower: 'contract' };
    // A company's union one has talks "with" is its workers', not a merger: "ends talks with Globex union".
    if (w.lemma === 'union') {
      let k = i - 1;
      while (k >= 0 && (ws[k]!.pos === 'PROPN' || ws[k]!.pos === 'DET')) k--;
      if (k < i - 1 && ws[k]?.lower === 'with') return { ...w, lemma: 'labor', lower: 'labor' };
    }
    // A product put on sale is no sale of a business: "clears Acme's Globex-based app for sale".
    // ("Globex up for sale", "unit for sale" are.)
    if (w.lower === 'sale' && ['for', 'on'].includes(ws[i - 1]?.lower ?? '') && ws[i + 1]?.lower !== 'of') {
      const thing = ws[i - 2];
      if (thing?.pos === 'NOUN' && !OBJECT.has(thing.lemma)) return { ...w, lemma: 'retail', lower: 'retail' };
    }
    if (LEXICON.has(w.lemma) || !/(?:ing|ed|s)$/.test(w.lower)) return w;
    const stem = w.lower.replace(/(?:ing|ed|s)$/, '');
    for (const c of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (LEXICON.has(c)) return { ...w, lemma: c };
    return w;
  });
}

/**
 * Parts of speech the model gets wrong, corrected before reading, in one pass (every reading pays
 * for it; an unchanged text is returned as it came):
 * - where case tells names (`namesByCase`: not in title case nor capitals), a capitalized word the
 *   model took for a verb or a small word, before a name's word, opens that name: "Finish Line
 *   shares slump" (headlines use no imperatives), "JD Sports swoops on Finish Line", "ON
 *   Semiconductor completes Fairchild acquisition" (a verb first in the text only in its base form,
 *   whose capital may be the sentence's: "Buy Globex" would be an order);
 * - a capitalized word the model took for an adverb, an adjective or a verb, alone after a buying
 *   verb and ending the clause, is what is bought, by name: "Recruit to acquire Indeed" (in title
 *   case too);
 * - in capitals read in lower case, a word after "of" that the model took for a verb (not a
 *   gerund) is a noun, a name's: "FUJIFILM TO TAKE CONTROL OF XEROX" ("xerox" is also a verb).
 */
function retag(ws: Word[], namesByCase: boolean): Word[] {
  const caps = lowered(ws);
  let out: Word[] | undefined;
  const set = (i: number, w: Word) => {
    out ??= ws.slice();
    out[i] = w;
  };
  const name = (x: Word | undefined) => x?.pos === 'PROPN' && /^\p{Lu}/u.test(x.text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    // A gerund between nouns is a compound's: "its cargo handling business", "data processing unit".
    if (
      w.pos === 'VERB' &&
      /ing$/u.test(w.lower) &&
      ws[i - 1]?.pos === 'NOUN' &&
      ['business', 'unit', 'division', 'arm', 'operation', 'operations', 'company', 'plant', 'segment'].includes(
        ws[i + 1]?.lower ?? '',
      )
    ) {
      set(i, { ...w, pos: 'NOUN', lemma: w.lower });
      continue;
    }
    if (caps) {
      if (w.pos === 'VERB' && ws[i - 1]?.lower === 'of' && !/ing$/u.test(w.lower))
        set(i, { ...w, pos: 'NOUN', lemma: w.lower });
      continue;
    }
    const ends = !ws[i + 1] || ws[i + 1]!.pos === 'ADP' || ws[i + 1]!.pos === 'PUNCT';
    const bought = ws[i - 1]?.pos === 'VERB' && TRANSACT.has(ws[i - 1]!.lemma);
    if (bought && ends && ['ADV', 'ADJ', 'VERB'].includes(w.pos) && /^\p{Lu}\p{Ll}/u.test(w.text)) {
      set(i, { ...w, pos: 'PROPN', lemma: w.lower });
      continue;
    }
    if (!namesByCase || !name(ws[i + 1])) continue;
    const verb = w.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(w.text) && (i > 0 || w.lower === w.lemma);
    const small = ['ADP', 'DET', 'PRON', 'CCONJ'].includes(w.pos) && /^\p{Lu}{2,}$/u.test(w.text);
    if (verb || small) set(i, { ...w, pos: 'PROPN', lemma: w.lower });
  }
  return out ?? ws;
}

/** Whether the dealing noun at `i` is of a commercial kind, by the words before it or a phrase after it. */
function commercialDealing(ws: Word[], i: number): boolean {
  const kind = ws[i]!.lemma === 'deal' ? CONTRACT_KIND : COMMERCIAL;
  if (kind.has(ws[i - 1]?.lemma ?? '') || kind.has(ws[i - 2]?.lemma ?? '')) return true;
  // An agreement workers or their union reach is about pay or seniority: "Delta and Northwest
  // pilots reach seniority agreement".
  if (ws.slice(Math.max(0, i - 4), i).some((x) => COUNTERPARTY.has(x.lemma) || COUNTERPARTY.has(x.lower))) return true;
  // A deal that runs for years is a contract: "signs Dalembert to six-year deal", "a 10-year
  // agreement with Globex" (a takeover has no term).
  if (TERM.has(ws[i - 1]?.lemma ?? '') && (ws[i - 2]?.pos === 'NUM' || ws[i - 2]?.text === '-')) return true;
  // After it, past "with Globex": "for cloud services", "on chip supply", unless that phrase names
  // a business or a takeover ("for Globex's cloud unit", "on a $4bn takeover").
  let j = i + 1;
  // (Past who the other side is, however described: "in discussion with the No. 3 oilfield services
  // provider Baker Hughes Inc on potential partnerships".)
  // (Stopping at a counterparty, read below: "talks with Globex union".)
  if (ws[j]?.lower === 'with')
    for (j++; ws[j] && j < i + 12 && ['PROPN', 'DET', 'NOUN', 'ADJ', 'NUM', 'PUNCT'].includes(ws[j]!.pos); j++)
      if (ws[j]!.text === ',' || CLAUSE_END.test(ws[j]!.text) || COUNTERPARTY.has(ws[j]!.lemma)) break;
  // Talks with a company's union, workers or lenders are about pay or debt: "ends talks with Globex union".
  if (ws[i + 1]?.lower === 'with' && COUNTERPARTY.has(ws[j]?.lemma ?? '')) return true;
  // (Not "over": it gives a reason as often, "blocks Acme's Globex deal over cloud gaming".)
  if (!['for', 'on', 'covering'].includes(ws[j]?.lower ?? '')) return false;
  const phrase = ws.slice(j + 1, j + 6);
  const end = phrase.findIndex((x) => CLAUSE_END.test(x.text) || x.pos === 'VERB');
  const words = end < 0 ? phrase : phrase.slice(0, end);
  if (words.some((x) => OBJECT.has(x.lemma) || DEAL_NOUN.has(x.lemma) || TRANSACT.has(x.lemma))) return false;
  return words.some((x) => COMMERCIAL.has(x.lemma) || COMMERCIAL.has(x.lower));
}

export const isPast = (w: Word) => /(?:ed|ought|old|aid|ook|ew|id|ade|en|wn)$/.test(w.lower) && w.lower !== w.lemma;
export const isThirdPerson = (w: Word) => w.lower.endsWith('s') && w.lower !== w.lemma;

/** The index of the first word in [from, to) whose lemma is in `set`. */
export function find(ws: Word[], from: number, to: number, set: Set<string>): number {
  for (let i = Math.max(0, from); i < Math.min(ws.length, to); i++)
    if (set.has(ws[i]!.lemma) || set.has(ws[i]!.lower)) return i;
  return -1;
}

export const has = (ws: Word[], from: number, to: number, set: Set<string>) => find(ws, from, to, set) >= 0;

/**
 * A company's board within a span: it agrees the deal it approves. Not a public body that a
 * mixed-case text names as one, after two capitalized words ("Surface Transportation Board",
 * "Foreign Investment Review Board"): those approve a deal as regulators do. (A company's is
 * written "Acme's board", "the Acme board".)
 */
export function companyBoard(ws: Word[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(ws.length, to); j++) {
    if (!BOARD.has(ws[j]!.lemma) && !BOARD.has(ws[j]!.lower)) continue;
    // (A name of several words is one word to the rules, its text the whole name: see oneWordNames.)
    const named =
      ws.some((x) => /^\p{Ll}/u.test(x.text)) &&
      (/^(?:\p{Lu}[\p{L}.&-]*\s+){2,}Board$/u.test(ws[j]!.text) ||
        (ws[j]!.text === 'Board' && j >= 2 && /^\p{Lu}/u.test(ws[j - 1]!.text) && /^\p{Lu}/u.test(ws[j - 2]!.text)));
    // (Nor a public body's, in capitals too: "SURFACE TRANSPORTATION BOARD", "FOREIGN INVESTMENT REVIEW
    // BOARD", "GAMING CONTROL BOARD".)
    if (!named && !PUBLIC_BOARD.has(ws[j - 1]?.lemma ?? '')) return true;
  }
  return false;
}
/** What a public body's board is of: "Surface Transportation Board", "Foreign Investment Review Board". */
const PUBLIC_BOARD = new Set([
  'transportation',
  'reserve',
  'review',
  'utility',
  'utilities',
  'gaming',
  'communications',
  'competition',
  'trade',
  'labor',
  'labour',
  'securities',
  'control',
]);
/** `find` for one word: the index of the first word in [from, to) whose lemma or form is `word`. */
export function findWord(ws: Word[], from: number, to: number, word: string): number {
  for (let i = Math.max(0, from); i < Math.min(ws.length, to); i++)
    if (ws[i]!.lemma === word || ws[i]!.lower === word) return i;
  return -1;
}
/**
 * Where a short aside that opens at `k` closes, reading in `step`'s direction; `k` if none opens there:
 * one in brackets, or what a name is between commas.
 */
function asideEnd(ws: Word[], k: number, step: 1 | -1): number {
  // (Run at every word `reach` counts: no closure, no array made per call.)
  const text = ws[k]?.text;
  // (Or what a name is, between commas after it: "prohibiting Broadcom, a Singapore-based chip
  // maker, from purchasing Qualcomm".)
  if (text === ',') {
    // (Or how a verb's act was done, between commas before its object: "has approved, under the
    // Regulation on foreign subsidies (FSR), the acquisition of Covestro".)
    if (step === 1 && ws[k - 1]?.pos === 'VERB' && ws[k + 1]?.pos === 'ADP')
      for (let m = k + 2; m < ws.length && m < k + 16; m++) {
        if (ws[m]!.text === ',') return m;
        if (CLAUSE_END.test(ws[m]!.text) || ws[m]!.pos === 'VERB' || ws[m]!.pos === 'AUX') break;
      }
    if (step === 1 && describingComma(ws, k))
      for (let m = k + 2; m < ws.length && m < k + 12; m++) {
        if (ws[m]!.text === ',') return m;
        if (CLAUSE_END.test(ws[m]!.text) || (ws[m]!.pos === 'VERB' && !/(?:ed|ing)$/u.test(ws[m]!.lower))) break;
      }
    if (step === -1)
      for (let m = k - 2; m > 0 && m > k - 12; m--) {
        if (describingComma(ws, m)) return m;
        if (ws[m]!.text === ',' || CLAUSE_END.test(ws[m]!.text)) break;
      }
    return k;
  }
  const open = step === 1 ? '(' : ')';
  const close = step === 1 ? ')' : '(';
  if (text !== open) return k;
  for (let m = k + step, seen = 0; m >= 0 && m < ws.length && seen < 10; m += step, seen++)
    if (ws[m]!.text === close) return m;
  return k;
}

/** A comma at `c` that opens what a name is: "Broadcom, a Singapore-based chip maker,". */
function describingComma(ws: Word[], c: number): boolean {
  if (ws[c]?.text !== ',' || ws[c - 1]?.pos !== 'PROPN') return false;
  const next = ws[c + 1]?.lower;
  return next === 'a' || next === 'an' || next === 'the';
}

/** The end (exclusive) of the `n` words after `from`, a short aside in brackets not counted among them. */
export function pastAsides(ws: Word[], from: number, n: number): number {
  let to = from + n;
  for (let k = from; k < to && k < ws.length; k++) {
    const end = asideEnd(ws, k, 1);
    if (end !== k) {
      to += end - k + 1;
      k = end;
    }
  }
  return to;
}

/**
 * `n` words on from `i` (or back, with `step` -1), a company's name counting as one word however
 * many it takes: "Velmora Holdings-NXP deal" is as near as "Qualcomm-NXP deal".
 */
export function reach(ws: Word[], i: number, n: number, step: 1 | -1): number {
  let k = i;
  for (let seen = 0; seen < n;) {
    k += step;
    if (k < 0 || k >= ws.length) break;
    // (An aside in brackets counts as no word: "a 608 million pound ($781 million) hostile bid".)
    const aside = asideEnd(ws, k, step);
    if (aside !== k) {
      k = aside;
      continue;
    }
    const x = ws[k]!;
    // (A comma before a verb starts another clause, whose words are its own: "ditches Chevron,
    // accepts Occidental's offer" ditches no offer.)
    if (step === 1 && x.text === ',' && ws[k + 1]?.pos === 'VERB' && k > i + 1) break;
    const inName =
      (x.pos === 'PROPN' && ws[k - step]?.pos === 'PROPN') ||
      (x.text === '-' && ws[k - 1]?.pos === 'PROPN' && ws[k + 1]?.pos === 'PROPN');
    // (A price, an owner's 's and a hyphened compound count as one word too: "PHP's £1.79bn
    // all-share offer" is four words to its noun.)
    const glued =
      x.lower === "'s" ||
      x.lower === '’s' ||
      (x.pos === 'NUM' && /^[$€£¥]$/.test(ws[k - 1]?.text ?? '')) ||
      ((SCALE_WORD.has(x.lower) || x.lower === 'b' || x.lower === 'm') && ws[k - 1]?.pos === 'NUM') || // "$1.25B"
      (x.text === '-' && ws[k - 1]?.at !== undefined && ws[k - 1]!.at + ws[k - 1]!.text.length === x.at) ||
      (ws[k - 1]?.text === '-' && ws[k - 1]!.at + 1 === x.at && step === 1);
    if ((!inName && !glued) || k === i + step) seen++;
  }
  return k;
}
export const dealAfter = (ws: Word[], i: number, n = 8) => {
  let to = reach(ws, i, n, 1) + 1;
  // (A deal after "following" is when it happened, not what it happened to: "Globex brand to be axed
  // for business customers following Acme merger". "After" is left: "delisted after JIP takeover"
  // is the takeover done.)
  // (Not right after the word, where it says what a probe or a move concerns: "faces FTC's second
  // inquiry following Choice Hotels' aggressive takeover attempt".)
  const since = ws.slice(i + 2, to).findIndex((x) => x.lower === 'following');
  if (since >= 0) to = i + 2 + since;
  if (find(ws, i + 1, to, DEAL_NOUN) >= 0 || find(ws, i + 1, to, TRANSACT) >= 0) return true;
  // A merger by exchange of shares: "approve share swap" (not a debt swap).
  const swap = findWord(ws, i + 1, to, 'swap');
  if (swap > 0 && ['share', 'stock'].includes(lemmaAt(ws, swap - 1))) return true;
  // A buyout in words: "drop plan to take Spanish drugmaker private".
  const take = findWord(ws, i + 1, to, 'take');
  return take >= 0 && find(ws, take + 2, take + 6, PRIVATE) >= 0;
};
/** Whether two or more names joined by "and" or a comma open the clause and stand just before `i`. */
export function pairOpens(ws: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (ws[k]!.pos === 'PROPN' || ['and', ',', '&'].includes(ws[k]!.lower))) k--;
  const run = ws.slice(k + 1, i);
  return (
    (k < 0 || /^[.;:!?]$/u.test(ws[k]!.text)) &&
    ws[i - 1]?.pos === 'PROPN' &&
    run[0]?.pos === 'PROPN' &&
    run.some((x) => x.lower === 'and' || x.text === ',')
  );
}

export const dealBefore = (ws: Word[], i: number, n = 5) => find(ws, reach(ws, i, n, -1), i, DEAL_NOUN) >= 0;

/**
 * A participle in the passive, whose subject is what it happened to: "the offer … was
 * withdrawn", or a headline's "GAF bid for Borg-Warner withdrawn" (nothing follows it but a
 * time, an agent or the end). Its deal may stand further back than an active verb's object.
 */
export const passive = (ws: Word[], i: number, particle = false) =>
  (particle || isPast(ws[i]!)) &&
  (lemmaAt(ws, i - 1) === 'be' ||
    i + 1 >= ws.length ||
    ['after', 'by', 'on', 'amid', 'as', 'in', 'over', ',', ';', '.'].includes(lemmaAt(ws, i + 1)) ||
    // (Or a time: "The all-cash deal, announced Tuesday, …", "acquisition … announced officially on May 13".)
    WHEN.has(ws[i + 1]?.lower ?? ''));
export const lemmaAt = (ws: Word[], i: number) => ws[i]?.lemma ?? '';

/** "close to a deal", "closing in on", "near": about to agree, not agreed. */
export function nearing(ws: Word[], i: number): boolean {
  const w = ws[i]!;
  const next = lemmaAt(ws, i + 1);
  // "closes in on", "close to a deal"; but "the merger closed on Friday" is done, and so is a deal
  // a buyer "closes on" ("Hormel closes on Planters purchase").
  return (
    (w.lemma === 'close' &&
      (next === 'closer' ||
        (next === 'in' && lemmaAt(ws, i + 2) === 'on') ||
        (next === 'to' && w.lower !== 'closed' && dealAfter(ws, i + 1, 4)))) ||
    w.lower === 'closer'
  );
}

export function hedgedAt(ws: Word[], start: number, clauseStart: number, clauseEnd: number): boolean {
  for (let j = Math.max(clauseStart, start - 6); j < start; j++) {
    const x = ws[j]!;
    if (HEDGE_WORDS.has(x.lower) || HEDGE_WORDS.has(x.lemma)) return true;
    if (x.lemma === 'say' && lemmaAt(ws, j + 1) === 'to') return true; // "said to be"
    if (x.lemma === 'set' && lemmaAt(ws, j + 1) === 'to') return true;
    if (x.lemma === 'expect' && lemmaAt(ws, j + 1) === 'to') return true;
    if (x.lower === 'about' && lemmaAt(ws, j + 1) === 'to') return true; // "is about to be approved"
    if (x.lemma === 'according' && lemmaAt(ws, j + 1) === 'to') return true;
  }
  return attributedAfter(ws, start, clauseEnd);
}

/** Quote marks, which a look-back does not count as words: "has 'no intention' of making an offer". */
const QUOTE_MARK = /^["'‘’“”]$/u;

/** Where a look-back of `n` words before `start` begins, quote marks not counted. */
export function wordsBack(ws: Word[], start: number, n: number): number {
  let j = start;
  for (let left = n; j > 0 && left > 0;) if (!QUOTE_MARK.test(ws[--j]!.text)) left--;
  return j;
}

/** Attribution after the news: "…, sources say", "… – report", "according to people familiar". */
export function attributedAfter(ws: Word[], start: number, clauseEnd: number): boolean {
  for (let j = start + 1; j < clauseEnd; j++)
    if (
      ['sources', 'reportedly', 'report', 'rumour', 'rumor'].includes(ws[j]!.lower) ||
      (ws[j]!.lower === 'people' && lemmaAt(ws, j + 1) === 'familiar') ||
      // ("…, one person with knowledge of the matter said")
      (['person', 'people', 'persons'].includes(ws[j]!.lower) &&
        lemmaAt(ws, j + 1) === 'with' &&
        lemmaAt(ws, j + 2) === 'knowledge')
    )
      return true;
  return false;
}

export function negatedAt(ws: Word[], start: number, clauseStart: number): boolean {
  for (let j = Math.max(clauseStart, wordsBack(ws, start, 5)); j < start; j++) {
    const x = ws[j]!;
    // (Not a negation in a phrase fronted before the subject: "To the surprise of no one, Tapestry
    // has walked away"; an aside after it still leaves it: "did not, as expected, buy Globex".)
    const fronted = ws
      .slice(j + 1, start)
      .some((c, k) => c.text === ',' && ['PROPN', 'PRON'].includes(ws[j + 2 + k]?.pos ?? ''));
    if ((NEGATION_WORDS.has(x.lower) || x.lemma === 'deny') && !fronted) return true;
    // (Not "ruled out by the regulator": a passive says what was done to the deal.)
    if (x.lemma === 'rule' && lemmaAt(ws, j + 1) === 'out' && lemmaAt(ws, j + 2) !== 'by') return true;
  }
  // A report denied, however long the words between: "denied a report that they were in merger talks".
  for (let j = Math.max(clauseStart, start - 9); j < start - 1; j++)
    if (ws[j]!.lemma === 'deny' && has(ws, j + 1, start, NOT_NEWS)) return true;
  return false;
}

export const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * A participle that describes a deal instead of stating news: "its previously announced
 * merger … was completed", "its proposed acquisition of Globex". The news is elsewhere.
 */
export function attributive(ws: Word[], i: number): boolean {
  const w = ws[i]!;
  // (A name may stand between: "Acme's planned Globex deal"; or a pair: "the proposed T-Mobile /
  // AT&T merger".)
  let noun = i + 1;
  while (noun < i + 7 && (ws[noun]?.pos === 'PROPN' || ['-', '/', '&'].includes(ws[noun]?.text ?? ''))) noun++;
  if (!/ed$/.test(w.lower) || !DEAL_NOUN.has(lemmaAt(ws, noun))) return false;
  const prev = ws[i - 1];
  // (A possessive, not a subject: "said it ended talks" states the news.)
  const possessive = prev?.pos === 'PRON' && POSSESSIVE.has(prev.lower);
  // (An adverb describes the participle as an adjective, "the recently announced merger", unless a
  // subject stands before it: "Shari Redstone abruptly ended merger talks" states the news.)
  const before = ws[i - 2];
  // (Or an aside about the subject closes before it: "Shari Redstone, who controls the company, abruptly
  // ended merger talks".)
  const subjectBefore =
    !!before &&
    ((['PROPN', 'NOUN', 'PRON'].includes(before.pos) && !POSSESSIVE.has(before.lower) && before.lower !== "'s") ||
      before.text === ',');
  return !!prev && (prev.pos === 'DET' || possessive || (prev.pos === 'ADV' && !subjectBefore) || prev.lower === "'s");
}

/** The share of a company a number at `j` states: "9.8 pct", "56%", "95 percent"; undefined if none. */
export function shareAt(ws: Word[], j: number): number | undefined {
  const w = ws[j];
  if (!w || !/^\d/.test(w.text)) return undefined;
  const n = Number(w.text.replace(/%$/, ''));
  if (!Number.isFinite(n) || n > 100) return undefined;
  const unit = ws.slice(j, j + 3).map((x) => x.lower);
  // ("15 per cent", as British papers write it.)
  const perCent = unit.some((u, k) => u === 'per' && unit[k + 1] === 'cent');
  // ("26 pc", as Indian papers write it: right after the number, where it is no computer.)
  const pc = unit[1] === 'pc';
  return unit.some((u) => u.endsWith('%')) || unit.includes('pct') || unit.includes('percent') || perCent || pc
    ? n
    : undefined;
}

/**
 * "a 9.8 pct stake", "10% of Globex", "buys stake in Brooks": fewer than half the shares, bought
 * or sold, is no takeover; a stake no word makes a majority ("majority", "controlling", a
 * count of half or more) is a holding too.
 */
export function minorityStake(ws: Word[], from: number): boolean {
  // "the remaining 30% stake", "the rest of": the last shares make it whole.
  if (has(ws, from, from + 4, WHOLE)) return false;
  for (let j = from; j < Math.min(ws.length, from + 4); j++) {
    const n = shareAt(ws, j);
    if (n !== undefined) return n < 50;
    if (MAJORITY.has(ws[j]!.lemma)) return false;
    // ("holding": the tagger's lemma is "hold"; but after a noun "holdings" is a name: "ARM HOLDINGS".)
    // (Nor is a name of several words the reader made one: "Qatar Holding".)
    const name =
      (ws[j]!.lower.startsWith('holding') && ['NOUN', 'PROPN'].includes(ws[j - 1]?.pos ?? '')) ||
      (ws[j]!.pos === 'PROPN' && /\s/u.test(ws[j]!.text));
    if ((STAKE.has(ws[j]!.lemma) || STAKE.has(ws[j]!.lower)) && !name) return true;
    // "may buy more shares", "bought additional shares of Globex": a holding growing; "sells Globex
    // shares" a holding sold ("all Globex shares" is the company).
    // (Counted and described between: "to buy additional 34,249 equity shares of MITRA".)
    const growing = ws.slice(Math.max(from, j - 3), j).some((x) => ['more', 'additional', 'further'].includes(x.lemma));
    if (ws[j]!.lemma === 'share' && growing) return true;
    // (In lower-cased capitals the name is a noun: "ACME BUYS GLOBEX SHARES".)
    const named = ws[j - 1]?.pos === 'PROPN' || (lowered(ws) && ws[j - 1]?.pos === 'NOUN' && j > from);
    if (ws[j]!.lemma === 'share' && named && !has(ws, from - 1, j, ALL)) return true;
    // A number of shares bought is a holding: "bought 1.2 mln shares of Globex Inc common stock".
    const counted = ws[j - 1]?.pos === 'NUM' || SCALE_WORD.has(ws[j - 1]?.lower ?? '');
    if (ws[j]!.lemma === 'share' && counted && !has(ws, from - 1, j, ALL)) return true;
  }
  return false;
}

/** Half or more of a company's shares stated in [from, to): "56 pct", "a majority". */
export function majorityIn(ws: Word[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(ws.length, to); j++) {
    const n = shareAt(ws, j);
    if (n !== undefined && n > 50) return true;
    if (ws[j]!.lemma === 'majority') return true;
  }
  return false;
}

/**
 * A verb that makes, receives or raises the offer at `i`, however long the words between: "made
 * a $2.7 billion offer", "makes unsolicited $62 billion all-cash offer" (an amount is three
 * words). Another verb on the way back ends the search: "agreed to terms after the offer".
 */
/** What describes an offer issued: "a voluntary public takeover offer". */
const ISSUED_OFFER = new Set(['takeover', 'tender', 'cash', 'public', 'exchange', 'share', 'buyout', 'acquisition']);

export function offerVerbBefore(ws: Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    if (OFFER_VERB.has(ws[j]!.lemma)) return true;
    // (An offer "issued" too, the words between only describing it: "issued a takeover offer to the
    // shareholders of Covestro"; not a statement issued on one.)
    if (ws[j]!.lemma === 'issue' && ws[j]!.pos === 'VERB')
      return ws.slice(j + 1, i).every((x) => ['DET', 'ADJ', 'NUM', 'SYM'].includes(x.pos) || ISSUED_OFFER.has(x.lemma));
    if (ws[j]!.pos === 'VERB' || ws[j]!.pos === 'AUX' || CLAUSE_END.test(ws[j]!.text)) return false;
    // (Nor past a clause of time, whose offer is another verb's: "cuts 500 jobs after Globex bid".)
    if (CLAUSE_OF_TIME.has(ws[j]!.lower)) return false;
  }
  return false;
}

/**
 * A contest for a company within a few words of `from`: "Globex race", "the contest for Globex",
 * "the bidding for Globex" (not a race of any kind: a name, or "for" and a name, says whose).
 * The index of the contest word, or -1.
 */
export function contestFor(ws: Word[], from: number): number {
  const j = find(ws, from, from + 4, CONTEST);
  if (j < 0 || ws[j]!.lemma === 'deal') return -1;
  const named = ws[j - 1]?.pos === 'PROPN' || (lemmaAt(ws, j + 1) === 'for' && ws[j + 2]?.pos === 'PROPN');
  return named ? j : -1;
}

/** "Cisco-Splunk", "Cisco - Splunk": two names joined by a hyphen at `i` (how headlines name a deal). */
export function pairAfter(ws: Word[], i: number): boolean {
  return ws[i]?.pos === 'PROPN' && ws[i + 1]?.text === '-' && ws[i + 2]?.pos === 'PROPN';
}

/**
 * Whether the word at `j` names a state as headlines write it for its government: "Britain",
 * "Beijing", "White House" (one word to the rules, its text the whole name, or the two words).
 */
export function stateNameAt(ws: Word[], j: number): boolean {
  const w = ws[j];
  if (!w) return false;
  return STATE_NAME.has(w.text.toLowerCase()) || STATE_NAME.has(`${ws[j - 1]?.lower} ${w.lower}`);
}

/** A regulator among the words: "the FTC", "US" (but not "U.S. Steel", a company). */
export function regulatorIn(ws: Word[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < Math.min(to, ws.length); j++) {
    const x = ws[j]!;
    // (Capitalized plurals keep their -s in the tagger's lemma: "Regulators raise …".)
    // (The Federal Reserve is read as one name, whatever its last word: "Federal Reserve Board".)
    const fed = x.pos === 'PROPN' && /^federal reserve\b/iu.test(x.text);
    // (A state's attorney general read as one name with the official's: "Attorney General Raoul".)
    const official = x.pos === 'PROPN' && /^attorneys? general\s/iu.test(x.text);
    // (And a public body's board by its whole name, in words or read as one: "The Surface
    // Transportation Board (STB) today announced…", whose initials the reader drops as a ticker.)
    const board =
      x.lemma === 'board' &&
      x.pos === 'PROPN' &&
      (PUBLIC_BOARD.has(ws[j - 1]?.lemma ?? '') || PUBLIC_BOARD.has(x.text.toLowerCase().split(/\s+/).at(-2) ?? ''));
    // (The European Union by its whole name is the EU, no trade union: "seeking European Union approval".)
    // (Read as one name, whose lower case is its last word's, or as two words.)
    const eu = x.lower === 'union' && (/^european\s+union$/iu.test(x.text) || ws[j - 1]?.lower === 'european');
    if (
      !fed &&
      !official &&
      !board &&
      !eu &&
      !REGULATOR.has(x.lower) &&
      !REGULATOR.has(x.lemma) &&
      !REGULATOR.has(x.lower.replace(/s$/, ''))
    )
      continue;
    const next = ws[j + 1];
    if ((x.lower === 'us' || x.lower === 'u.s.') && next && next.pos === 'PROPN' && !REGULATOR.has(next.lower))
      continue;
    // (In capitals read in lower case the company's word is a noun: "U.S. STEEL REJECTS …"; the
    // country's own bodies still are the government: "U.S. REGULATORS", "U.S. JUDGE".)
    const state =
      next && (REGULATOR.has(next.lower) || REGULATOR.has(next.lower.replace(/s$/, '')) || GOVERNMENT.has(next.lemma));
    if ((x.lower === 'us' || x.lower === 'u.s.') && lowered(ws) && next?.pos === 'NOUN' && !state) continue;
    return true;
  }
  return false;
}

/** Whether a regulator, a court, a government or a ruling is named between `from` and `to`: who may forbid a deal. */
export function publicBodyIn(ws: Word[], from: number, to: number): boolean {
  return regulatorIn(ws, from, to) || has(ws, from, to, GOVERNMENT) || has(ws, from, to, RULING);
}

/** Where a negation begins: "won't" is "wo" + "n't", "does not" starts at "does". */
export const negationStart = (ws: Word[], not: number) =>
  ws[not - 1]?.lower === 'wo' || ws[not - 1]?.lemma === 'do' ? not - 1 : not;
