import fs from 'node:fs';
import { loadConfig } from '../config/load-config.ts';
import { addSourcesToConfigText, parseOpml } from '../config/opml.ts';
import { UsageError, type CliContext } from './context.ts';

/** `newsbot sources import FILE.opml`: adds the feeds to the config file, keeping its comments. */
export async function run({ args, configPath, io, say }: CliContext): Promise<number> {
  loadConfig(configPath, io.env); // the file must be a valid config before it is edited
  const [file] = args;
  if (!file) throw new UsageError('sources import needs an OPML file: newsbot sources import feeds.opml');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const feeds = parseOpml(text);
  const result = addSourcesToConfigText(fs.readFileSync(configPath, 'utf8'), feeds);
  if (result.added.length) fs.writeFileSync(configPath, result.text);
  say(
    `${result.added.length} feed${result.added.length === 1 ? '' : 's'} added to ${configPath}${result.skipped.length ? `, ${result.skipped.length} skipped` : ''}`,
  );
  for (const s of result.skipped) say(`  skipped ${s.feed.url}: ${s.why}`);
  return 0;
}
