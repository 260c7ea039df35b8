import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * V8 optimises no function past 60 KB of bytecode (`--max-optimized-bytecode-size`): such a
 * function runs interpreted however hot it is. The stage reader's `resolve` grew to 3,600 lines
 * (150 KB) one rule at a time and read every word of every headline that way; cut into ten runs
 * of a few hundred lines (about 11 KB each), the reader's part of the grouping benchmark fell from
 * 5.6 s to 4.7 s for its 20,000 headlines. Rule lists grow, so the limit is checked here rather
 * than remembered: 450 lines of our code are about 15 KB of bytecode.
 */
const MAX_LINES = 450;

function functionsOf(file: string): { name: string; line: number; lines: number }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { name: string; line: number; lines: number }[] = [];
  const visit = (n: ts.Node) => {
    if (
      (ts.isFunctionDeclaration(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isArrowFunction(n) ||
        ts.isFunctionExpression(n)) &&
      n.body
    ) {
      const first = sf.getLineAndCharacterOfPosition(n.body.getStart()).line;
      const last = sf.getLineAndCharacterOfPosition(n.body.getEnd()).line;
      // (An arrow function is named by the constant it is assigned to.)
      const named = n.name ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name : undefined);
      found.push({ name: named?.getText(sf) ?? '(anonymous)', line: first + 1, lines: last - first });
    }
    n.forEachChild(visit);
  };
  visit(sf);
  return found;
}

const sources = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );

describe('function size', () => {
  const src = path.join(import.meta.dirname, '..', 'src');

  it(`keeps every function in src/ under ${MAX_LINES} lines, so V8 can optimise it`, () => {
    const all = sources(src).flatMap((file) =>
      functionsOf(file).map((f) => ({ ...f, at: `${path.relative(src, file)}:${f.line} ${f.name}` })),
    );
    // (The check finds what it is meant to: the reader's rule runs are among the largest.)
    expect(all.some((f) => f.name === 'readAgreements' && f.lines > 100)).toBe(true);
    expect(all.filter((f) => f.lines > MAX_LINES).map((f) => `${f.at} (${f.lines} lines)`)).toEqual([]);
  });
});
