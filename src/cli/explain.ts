import { loadConfig } from '../config/load-config.ts';
import { explainMatch } from '../topics/match-topics.ts';
import { UsageError, type CliContext } from './context.ts';

/** `newsbot explain TOPIC "text"`: which of the topic's terms the text contains. */
export async function run({ args, flags, configPath, io, say }: CliContext): Promise<number> {
  const [topicId, text] = args;
  if (!topicId || text === undefined)
    throw new UsageError(
      'explain needs a topic id and a text: newsbot explain microsoft-openai "Microsoft weighs OpenAI exit"',
    );
  const loaded = loadConfig(configPath, io.env);
  const topic = loaded.config.topics.find((t) => t.id === topicId);
  if (!topic)
    throw new UsageError(
      `no topic "${topicId}" in ${configPath} (topics: ${loaded.config.topics.map((t) => t.id).join(', ')})`,
    );
  const result = explainMatch(topic.query, { title: text, summary: '' });
  if (flags.json) say(JSON.stringify({ topic: topicId, query: topic.query, ...result }));
  else {
    say(`${topicId}: ${topic.query}`);
    for (const t of result.terms)
      say(
        `  ${t.found ? '✓' : '·'} ${t.negated ? 'NOT ' : ''}${t.caseSensitive ? 'case:' : ''}${t.term} — ${t.found ? 'found' : 'not found'}`,
      );
    say(result.matches ? 'MATCHES' : 'does not match');
  }
  return 0;
}
