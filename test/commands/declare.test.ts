import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkValues, parseWords, refuseNonAdmin, usageOf, type SubcommandSpec } from '../../src/commands/declare.ts';
import { SLASH_COMMANDS } from '../../src/commands/run-command.ts';

const spec = (command: string, name: string) => SLASH_COMMANDS.find((s) => s.command === command && s.name === name)!;

/** The README's slash command table, as the declarations write it. */
const readmeRows = () =>
  SLASH_COMMANDS.map((s) => `| \`${usageOf(s).replace(/\|/g, '\\|')}\` | ${s.help.replace(/\|/g, '\\|')} |`).join('\n');

describe('one declaration per slash subcommand', () => {
  it("the README's slash command table is the declarations'", () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    // On a change to a declaration, paste these rows into the README's "Slash commands".
    expect(readme, readmeRows()).toContain(`| command | |\n|---|---|\n${readmeRows()}\n`);
  });

  it('writes the usage from the options: positional, keyword, nested and optional', () => {
    expect(usageOf(spec('news', 'subscribe'))).toBe('/news subscribe TOPIC [digest "CRON" [tz ZONE]] [min-sources N]');
    expect(usageOf(spec('deal', 'track'))).toBe('/deal track "Party A" "Party B" [as ID]');
    expect(usageOf(spec('news', 'mute'))).toBe('/news mute TOPIC DURATION');
  });

  it('reads a typed line by the declaration: keywords anywhere, quotes kept in a rest option, numbers as numbers', () => {
    expect(
      parseWords(spec('news', 'subscribe'), 'microsoft-openai min-sources 2 digest "0 9 * * 1-5" tz Europe/Paris'),
    ).toEqual({
      topic: 'microsoft-openai',
      'min-sources': 2,
      digest: '0 9 * * 1-5',
      tz: 'Europe/Paris',
    });
    expect(parseWords(spec('news', 'watch'), '"Adobe Figma" Adobe AND ("Figma" OR "design tool")')).toEqual({
      name: 'Adobe Figma',
      query: 'Adobe AND ("Figma" OR "design tool")',
    });
    // The rest of the line ends at a keyword, unless the keyword is quoted (a party called "as").
    expect(parseWords(spec('deal', 'track'), '"Microsoft|MSFT" OpenAI as ms-oai')).toEqual({
      parties: '"Microsoft|MSFT" OpenAI',
      id: 'ms-oai',
    });
    expect(parseWords(spec('deal', 'track'), 'Acme "as" Globex')).toEqual({ parties: 'Acme "as" Globex' });
  });

  it('says what is wrong and what to write instead', () => {
    const title = (x: unknown) => (x as { title: string }).title;
    expect(title(parseWords(spec('news', 'subscribe'), ''))).toBe('Which topic? Write /news subscribe TOPIC.');
    expect(title(parseWords(spec('news', 'mute'), 'x'))).toBe('For how long? Write /news mute TOPIC DURATION.');
    expect(title(parseWords(spec('news', 'subscribe'), 'x digest'))).toBe('digest needs "CRON" after it.');
    expect(title(parseWords(spec('news', 'subscribe'), 'x tz UTC'))).toBe('tz goes with digest.');
    expect(title(parseWords(spec('news', 'subscribe'), 'x min-sources 2.5'))).toBe(
      'min-sources needs a whole number from 1 to 20.',
    );
    expect(title(parseWords(spec('news', 'latest'), 'x y'))).toBe('"y" is not something /news latest takes.');
    expect(title(checkValues(spec('news', 'watch'), { name: 'x'.repeat(61), query: 'x' }))).toBe(
      'name is longer than 60 characters.',
    );
    expect(title(checkValues(spec('news', 'latest'), { topic: 7 }))).toBe('topic needs text, not a number.');
  });

  it('admin subcommands are refused to members with one wording, everything else is for everyone', () => {
    const member = { platform: 'slack', team: 'T1', channel: 'C1', user: 'U1', isAdmin: false };
    const admins = SLASH_COMMANDS.filter((s) => refuseNonAdmin(s as SubcommandSpec<unknown>, member));
    expect(admins.map((s) => `${s.command} ${s.name}`)).toEqual([
      'news subscribe',
      'news unsubscribe',
      'news watch',
      'news unwatch',
      'news add-source',
      'deal track',
    ]);
    expect(refuseNonAdmin(spec('news', 'watch'), member)).toMatchObject({
      ok: false,
      title: "Only admins can change this team's topics.",
      sections: [{ lines: [{ text: 'Ask a workspace admin, or an admin listed in the config.' }] }],
    });
    expect(refuseNonAdmin(spec('news', 'watch'), { ...member, isAdmin: true })).toBeUndefined();
  });

  it('every declaration fits Discord: short descriptions, required options first', () => {
    for (const s of SLASH_COMMANDS) {
      expect(s.summary.length, s.name).toBeLessThanOrEqual(100);
      const firstOptional = s.options.findIndex((o) => !o.required);
      if (firstOptional >= 0)
        expect(
          s.options.slice(firstOptional).some((o) => o.required),
          s.name,
        ).toBe(false);
      for (const o of s.options) expect(o.description.length).toBeLessThanOrEqual(100);
    }
  });
});
