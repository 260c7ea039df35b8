import { NewsbotError } from '../errors.ts';
import { words } from './tokenize.ts';

/**
 * The query language people know from search boxes:
 *
 *   Microsoft AND OpenAI          both words (AND is also implied between words)
 *   "Activision Blizzard"         a phrase: these words, next to each other
 *   Adobe OR Figma                either
 *   NOT rumor, -rumor             without
 *   (Adobe OR Figma) deal         grouping
 *   case:Arm                      case-sensitive: the chip designer, not an arm
 *
 * Matching is on whole words, ignoring case and accents, over title and summary.
 */
export type QueryNode =
  | { type: 'term'; text: string; tokens: string[]; caseSensitive: boolean; position: number }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

type Token =
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not' | 'minus'; pos: number }
  | { kind: 'word' | 'phrase'; pos: number; text: string; caseSensitive: boolean };

export function queryError(query: string, position: number, message: string): NewsbotError {
  const caret = `${query}\n${' '.repeat(Math.max(0, position))}^`;
  return new NewsbotError('newsbot/bad-query', `${message} at position ${position + 1}:\n${caret}`, {
    query,
    position,
  });
}

function lex(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'lparen' : 'rparen', pos: i++ });
      continue;
    }
    const start = i;
    // A minus directly before a term means NOT; inside a word ("T-Mobile") it is part of it.
    if (c === '-' && i + 1 < query.length && !/\s/.test(query[i + 1]!)) {
      out.push({ kind: 'minus', pos: i++ });
      continue;
    }
    let caseSensitive = false;
    if (query.startsWith('case:', i) && (i + 5 >= query.length || /[\s()]/.test(query[i + 5]!)))
      throw queryError(
        query,
        i,
        'case: applies to the word or phrase right after it, written case:Arm or case:"Arm Holdings"',
      );
    if (query.startsWith('case:', i) && i + 5 < query.length && !/[\s()]/.test(query[i + 5]!)) {
      caseSensitive = true;
      i += 5;
    }
    if (query[i] === '"' || query[i] === '\u201c') {
      const close = query.slice(i + 1).search(/["\u201d]/);
      if (close < 0) throw queryError(query, i, 'this quote is never closed');
      out.push({ kind: 'phrase', pos: start, text: query.slice(i + 1, i + 1 + close), caseSensitive });
      i = i + close + 2;
      continue;
    }
    while (i < query.length && !/[\s()"]/.test(query[i]!)) i++;
    const text = query.slice(caseSensitive ? start + 5 : start, i);
    if (!caseSensitive && (text === 'AND' || text === 'OR' || text === 'NOT')) {
      out.push({ kind: text.toLowerCase() as 'and' | 'or' | 'not', pos: start });
    } else if (text === '&&') out.push({ kind: 'and', pos: start });
    else if (text === '||') out.push({ kind: 'or', pos: start });
    else out.push({ kind: 'word', pos: start, text, caseSensitive });
  }
  return out;
}

/** How deep parentheses and NOTs may nest. */
export const MAX_DEPTH = 64;

export function parseQuery(query: string): QueryNode {
  if (!query.trim()) throw queryError(query, 0, 'the query is empty; write words such as Microsoft AND OpenAI');
  const tokens = lex(query);
  let at = 0;
  const peek = () => tokens[at];
  const end = query.length;

  const parseOr = (): QueryNode => {
    const children = [parseAnd()];
    while (peek()?.kind === 'or') {
      at++;
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  };
  const startsTerm = (t: Token | undefined) => !!t && ['lparen', 'not', 'minus', 'word', 'phrase'].includes(t.kind);
  const parseAnd = (): QueryNode => {
    const children = [parseUnary()];
    for (;;) {
      const t = peek();
      if (t?.kind === 'and') {
        at++;
        children.push(parseUnary());
      } else if (startsTerm(t)) children.push(parseUnary());
      else break;
    }
    if (children.every((c) => c.type === 'not')) {
      // "NOT x" alone would match nearly every item ever published.
      const first = tokens.find((t) => t.kind === 'not' || t.kind === 'minus');
      throw queryError(
        query,
        first?.pos ?? 0,
        'a query needs at least one word to look for, not only words to exclude',
      );
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  };
  // Parsing recurses once per "(" and per NOT: a limit keeps a hostile query an error, not a stack overflow.
  let depth = 0;
  const deeper = (pos: number) => {
    if (++depth > MAX_DEPTH)
      throw queryError(
        query,
        pos,
        `parentheses and NOTs nest deeper than ${MAX_DEPTH} levels here; no real query needs that`,
      );
  };
  const parseUnary = (): QueryNode => {
    const t = peek();
    if (t?.kind === 'not' || t?.kind === 'minus') {
      at++;
      deeper(t.pos);
      const child = parseUnary();
      depth--;
      return { type: 'not', child };
    }
    return parsePrimary();
  };
  const parsePrimary = (): QueryNode => {
    const t = peek();
    if (!t) throw queryError(query, end, 'the query ends where a word, phrase or "(" was expected');
    if (t.kind === 'lparen') {
      at++;
      deeper(t.pos);
      const inner = parseOr();
      depth--;
      const close = peek();
      if (close?.kind !== 'rparen')
        throw queryError(query, close?.pos ?? end, `this "(" at position ${t.pos + 1} is never closed`);
      at++;
      return inner;
    }
    if (t.kind === 'word' || t.kind === 'phrase') {
      at++;
      const parts = words(t.text);
      if (!parts.length) throw queryError(query, t.pos, `"${t.text}" has no letters or digits to match`);
      return {
        type: 'term',
        text: t.text,
        tokens: t.caseSensitive ? parts : parts.map((p) => p.toLowerCase()),
        caseSensitive: t.caseSensitive,
        position: t.pos,
      };
    }
    const what =
      t.kind === 'rparen' ? '")" without a matching "("' : `"${t.kind.toUpperCase()}" where a word was expected`;
    throw queryError(query, t.pos, `unexpected ${what}`);
  };

  const node = parseOr();
  const rest = peek();
  if (rest)
    throw queryError(
      query,
      rest.pos,
      rest.kind === 'rparen' ? 'unexpected ")" without a matching "("' : 'unexpected text',
    );
  return node;
}

/** Canonical text of a query, for explanations and `/news topics`. */
export function formatQuery(node: QueryNode): string {
  switch (node.type) {
    case 'term': {
      const body = node.tokens.length > 1 || /\s/.test(node.text) ? `"${node.text}"` : node.text;
      return node.caseSensitive ? `case:${body}` : body;
    }
    case 'not':
      return `NOT ${formatQuery(node.child)}`;
    case 'and':
      return node.children.map((c) => (c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c))).join(' AND ');
    case 'or':
      return node.children.map(formatQuery).join(' OR ');
  }
}
