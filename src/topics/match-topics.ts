import { parseQuery, type QueryNode } from './parse-query.ts';
import { tokenize, type Tokens } from './tokenize.ts';

export interface TopicQuery {
  /** Whatever the caller uses to tell topics apart (e.g. `team/id`). */
  key: string;
  query: string;
}

interface Compiled {
  key: string;
  node: QueryNode;
  /** The match call that last picked this topic as a candidate (cheaper than a Set per item). */
  seenIn: number;
}

export interface MatchText {
  title: string;
  summary: string;
}

/** One item's words, asked whether a term occurs. Texts are short, so a scan beats an index. */
class Doc {
  constructor(readonly tokens: Tokens) {}
  hasTerm(node: Extract<QueryNode, { type: 'term' }>): boolean {
    const first = node.caseSensitive ? node.tokens[0]!.toLowerCase() : node.tokens[0]!;
    const folded = this.tokens.folded;
    const words = node.caseSensitive ? this.tokens.cased : folded;
    for (let p = folded.indexOf(first); p !== -1; p = folded.indexOf(first, p + 1)) {
      let ok = true;
      for (let i = 0; i < node.tokens.length; i++) {
        if (words[p + i] !== node.tokens[i]) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
    return false;
  }
}

function evaluate(node: QueryNode, doc: Doc): boolean {
  switch (node.type) {
    case 'term':
      return doc.hasTerm(node);
    case 'not':
      return !evaluate(node.child, doc);
    case 'and':
      return node.children.every((c) => evaluate(c, doc));
    case 'or':
      return node.children.some((c) => evaluate(c, doc));
  }
}

/**
 * Words of which a matching text must contain at least one. For a term, its longest word;
 * for AND, the smallest such set among its children; for OR, the union. NOT gives none
 * (absence cannot be looked up). Null means "cannot be anchored".
 */
function anchors(node: QueryNode): Set<string> | null {
  switch (node.type) {
    case 'term': {
      const longest = node.tokens.reduce((a, b) => (b.length > a.length ? b : a));
      return new Set([longest.toLowerCase()]);
    }
    case 'not':
      return null;
    case 'and': {
      let best: Set<string> | null = null;
      for (const c of node.children) {
        const a = anchors(c);
        if (a && (!best || a.size < best.size)) best = a;
      }
      return best;
    }
    case 'or': {
      const all = new Set<string>();
      for (const c of node.children) {
        const a = anchors(c);
        if (!a) return null;
        for (const w of a) all.add(w);
      }
      return all;
    }
  }
}

/**
 * All topics compiled into one inverted index from anchor word to topics, so matching an
 * item costs a lookup per distinct word plus an evaluation per candidate topic, however
 * many topics there are.
 */
export class TopicMatcher {
  private readonly index = new Map<string, Compiled[]>();
  private readonly unanchored: Compiled[] = [];
  readonly size: number;
  /** Query evaluations so far: what matching cost, for tests and the benchmark. */
  evaluations = 0;
  private calls = 0;

  /** Throws `newsbot/bad-query` (with the topic key in its context) for a malformed query. */
  constructor(topics: TopicQuery[]) {
    for (const t of topics) {
      let node: QueryNode;
      try {
        node = parseQuery(t.query);
      } catch (e) {
        (e as { context?: Record<string, unknown> }).context!.topic = t.key;
        throw e;
      }
      const compiled: Compiled = { key: t.key, node, seenIn: -1 };
      const a = anchors(node);
      if (!a) this.unanchored.push(compiled);
      else
        for (const w of a) {
          const list = this.index.get(w);
          if (list) list.push(compiled);
          else this.index.set(w, [compiled]);
        }
    }
    this.size = topics.length;
  }

  /** Keys of the topics the text matches, in no particular order. */
  match(text: MatchText): string[] {
    const tokens = tokenize(text.title, text.summary);
    const call = this.calls++;
    const candidates: Compiled[] = [...this.unanchored];
    const index = this.index;
    const folded = tokens.folded;
    for (let i = 0; i < folded.length; i++) {
      const hits = index.get(folded[i]!);
      if (!hits) continue;
      for (let j = 0; j < hits.length; j++) {
        const h = hits[j]!;
        if (h.seenIn !== call) {
          h.seenIn = call;
          candidates.push(h);
        }
      }
    }
    if (!candidates.length) return [];
    const doc = new Doc(tokens);
    const out: string[] = [];
    this.evaluations += candidates.length;
    for (const c of candidates) if (evaluate(c.node, doc)) out.push(c.key);
    return out;
  }
}

export interface TermExplanation {
  term: string;
  caseSensitive: boolean;
  negated: boolean;
  found: boolean;
}

/** Which terms of a query occur in a text, and whether the whole query matches. */
export function explainMatch(query: string, text: MatchText): { matches: boolean; terms: TermExplanation[] } {
  const node = parseQuery(query);
  const doc = new Doc(tokenize(text.title, text.summary));
  const terms: TermExplanation[] = [];
  const walk = (n: QueryNode, negated: boolean) => {
    if (n.type === 'term') terms.push({ term: n.text, caseSensitive: n.caseSensitive, negated, found: doc.hasTerm(n) });
    else if (n.type === 'not') walk(n.child, !negated);
    else n.children.forEach((c) => walk(c, negated));
  };
  walk(node, false);
  return { matches: evaluate(node, doc), terms };
}
