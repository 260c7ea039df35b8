import type { LineCounter, YAMLError } from 'yaml';
import type { ConfigProblem } from './config-problem.ts';

/**
 * YAML syntax errors in a person's words, at the place a person must edit. The parser reports
 * where it gave up (an unclosed quote at the end of the file, a bad indent as "Sequence item
 * without - indicator"); these rules read the lines above to find what was meant.
 */

interface Place {
  line: number;
  column: number;
}

const isBlank = (l: string) => !l.trim() || l.trim().startsWith('#');
const indentOf = (l: string) => l.length - l.trimStart().length;

/**
 * Scans the text up to `uptoLine` outside comments, with quotes carried across lines (a quoted
 * value may span lines): the first flow collection ({ or [) never closed, and the quote left
 * open, each with where it was opened.
 */
function openedAndNotClosed(
  lines: string[],
  uptoLine: number,
): { bracket?: Place & { char: string }; quote?: Place & { char: string } } {
  const stack: (Place & { char: string })[] = [];
  let quote: (Place & { char: string }) | undefined;
  lines.slice(0, uptoLine).forEach((line, i) => {
    for (let c = 0; c < line.length; c++) {
      const ch = line[c]!;
      if (quote) {
        if (ch === '\\' && quote.char === '"') c++;
        else if (ch === quote.char) {
          // '' inside single quotes is an escaped quote, not the end.
          if (quote.char === "'" && line[c + 1] === "'") c++;
          else quote = undefined;
        }
        continue;
      }
      const prev = c === 0 ? ' ' : line[c - 1]!;
      // A quote opens a scalar only where a value starts (after ": ", "- ", "[", "{", ",").
      if ((ch === '"' || ch === "'") && /[\s[{,:]/.test(prev)) quote = { line: i + 1, column: c + 1, char: ch };
      else if (ch === '#' && /\s/.test(prev)) break;
      else if (ch === '{' || ch === '[') stack.push({ line: i + 1, column: c + 1, char: ch });
      else if ((ch === '}' || ch === ']') && stack.length) stack.pop();
    }
  });
  return { bracket: stack[0], quote };
}

/**
 * A line indented where no entry above it can take it: the place and the words, or undefined
 * when the indentation is not the problem.
 */
function misindented(lines: string[], line: number): (Place & { message: string }) | undefined {
  const here = lines[line - 1];
  if (here === undefined || isBlank(here)) return undefined;
  let p = line - 2;
  while (p >= 0 && isBlank(lines[p]!)) p--;
  if (p < 0) return undefined;
  const above = lines[p]!;
  const col = indentOf(here);
  const word = here.trim().split(/[\s:]/)[0]!;
  if (here.trimStart().startsWith('- ')) {
    // A list item lines its "-" up with the item before it.
    for (let d = p; d >= 0; d--) {
      const l = lines[d]!;
      if (isBlank(l) || !l.trimStart().startsWith('- ')) {
        if (!isBlank(l) && indentOf(l) < col && !l.trimStart().startsWith('- ')) break;
        continue;
      }
      if (indentOf(l) === col) return undefined;
      return {
        line,
        column: col + 1,
        message: `this list item's "-" is at column ${col + 1}, but the item on line ${d + 1} has its "-" at column ${indentOf(l) + 1}: line the "-" of one list up`,
      };
    }
    return undefined;
  }
  // A key lines up with the other keys of its entry: after "- url: …", under "url".
  const keyColumn = above.trimStart().startsWith('- ') ? indentOf(above) + 2 : indentOf(above);
  if (col === keyColumn || col < keyColumn - 2 || /:\s*$/.test(above)) return undefined;
  const aboveKey = above.trim().replace(/^- /, '').split(/[\s:]/)[0]!;
  return {
    line,
    column: col + 1,
    message: `"${word}" is at column ${col + 1}, but "${aboveKey}" on line ${p + 1} is at column ${keyColumn + 1}: line up the keys of one entry`,
  };
}

/** The parser's message in a person's words where we know a better one; its first line otherwise. */
function reworded(err: YAMLError, lines: string[], at: Place): string {
  const first = err.message.split('\n')[0]!;
  const here = lines[at.line - 1] ?? '';
  if (err.code === 'DUPLICATE_KEY') {
    const key = here
      .slice(at.column - 1)
      .split(':')[0]!
      .trim();
    return `"${key}" is given twice in one entry: keep one (a new entry starts with "- ")`;
  }
  if (err.code === 'TAB_AS_INDENT') return `${first} (YAML indents with spaces only: replace the tab)`;
  if (/Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings/.test(first))
    return `${first} (a "key: value" where a plain value was expected: quote the value if it contains ": ")`;
  const value = /^\s*(?:- )?[\w.-]+:\s+([[{].*)$/.exec(here)?.[1];
  if (value && /Unexpected|at node end/.test(first))
    return `a value that starts with "${value[0]}" is read as a ${value[0] === '[' ? 'list' : 'mapping'}: quote the whole value ("${value.replace(/"/g, '\\"')}")`;
  return first;
}

export function yamlProblems(
  text: string,
  errors: YAMLError[],
  lineCounter: LineCounter,
  file: string,
): ConfigProblem[] {
  const lines = text.split('\n');
  const places = errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return { line: pos.line, column: pos.col };
  });
  const firstLine = Math.min(...places.map((p) => p.line));
  const problem = (p: Place, message: string): ConfigProblem => ({ file, key: '', ...p, message });
  // An unclosed { [ or quote is reported where the parser gave up, lines later: point at the opener.
  const open = openedAndNotClosed(lines, firstLine);
  if (open.quote && errors.some((e) => /closing .?quote/i.test(e.message)))
    return [
      problem(
        open.quote,
        `this ${open.quote.char === '"' ? 'double' : 'single'} quote is never closed: end the value with ${open.quote.char}`,
      ),
    ];
  if (open.bracket)
    return [
      problem(
        open.bracket,
        `this "${open.bracket.char}" is never closed: end the entry with "${open.bracket.char === '{' ? '}' : ']'}" on the same line, or write it as an indented block`,
      ),
    ];
  // One problem per line: a bad indent makes the parser say three things about one line.
  const seen = new Set<number>();
  const problems: ConfigProblem[] = [];
  errors.forEach((err, i) => {
    const at = places[i]!;
    if (seen.has(at.line)) return;
    seen.add(at.line);
    const indent = misindented(lines, at.line);
    problems.push(indent ? problem(indent, indent.message) : problem(at, reworded(err, lines, at)));
  });
  return problems;
}
