import { loadConfig } from '../config/load-config.ts';
import { toOpml } from '../config/opml.ts';
import type { CliContext } from './context.ts';

/** `newsbot sources export`: the config's web feeds as OPML. */
export async function run({ configPath, io }: CliContext): Promise<number> {
  const loaded = loadConfig(configPath, io.env);
  const feeds = loaded.config.sources
    .filter((s) => /^https?:\/\//.test(s.url))
    .map((s) => ({ url: s.url, name: s.name ?? s.url }));
  io.stdout.write(toOpml(feeds));
  return 0;
}
