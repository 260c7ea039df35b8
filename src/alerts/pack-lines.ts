/**
 * Packs lines into as few chunks of at most `max` characters as possible, joined by
 * newlines; a line longer than `max` on its own is cut with the platform's own `cut` (which
 * knows not to split its markup). The renderers use it for Slack sections and Discord fields.
 */
export function packLines(lines: string[], max: number, cut: (s: string, max: number) => string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = cut(raw, max);
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}
