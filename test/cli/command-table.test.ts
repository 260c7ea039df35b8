import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, closest, findCommand, synopsis, usage } from '../../src/cli/table.ts';

/** The README's command table, as the command table writes it. */
const readmeRows = () => COMMANDS.map((c) => `| \`${synopsis(c)}\` | ${c.summary} |`).join('\n');

describe('the command table is the one list of commands', () => {
  it("the README's command list is the table's", () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    // On a change to src/cli/table.ts, paste these rows into the README's "The command line".
    expect(readme, readmeRows()).toContain(`| command | what it does |\n|---|---|\n${readmeRows()}\n`);
  });

  it('the usage text names every command, and words find their command', () => {
    for (const c of COMMANDS) expect(usage()).toContain(synopsis(c).split(' [')[0]);
    expect(findCommand(['sources', 'import', 'feeds.opml'])).toMatchObject({
      command: { name: 'sources import' },
      rest: ['feeds.opml'],
    });
    expect(findCommand(['ask', '/news help'])).toMatchObject({ command: { name: 'ask' }, rest: ['/news help'] });
    expect(findCommand(['sources'])).toBeUndefined();
    expect(closest('strat')).toBe('start');
    expect(closest('chek-config')).toBe('check-config');
    expect(closest('zzzzzz')).toBeUndefined();
  });
});
