import { openReadOnlyStore } from '../commands/read-only-store.ts';
import { listAllTopics } from '../store/topics-repo.ts';
import { explainMatch } from '../topics/match-topics.ts';
import { loadCheckedConfig } from '../topics/load-checked-config.ts';
import { UsageError, flagString, type CliContext } from './context.ts';

/**
 * `newsbot explain TOPIC "text"`: which of the topic's terms the text contains. The topic is
 * looked up where the bot looks it up, in the store (read-only): the config's topics and those
 * made from chat (`/news watch`, `/deal track`) alike.
 */
export async function run(ctx: CliContext): Promise<number> {
  const { args, flags, configPath, io, say } = ctx;
  const [topicId, text] = args;
  if (!topicId || text === undefined)
    throw new UsageError(
      'explain needs a topic id and a text: newsbot explain microsoft-openai "Microsoft weighs OpenAI exit"',
    );
  const store = await openReadOnlyStore(loadCheckedConfig(configPath, io.env), Date.now());
  let topics;
  try {
    topics = await listAllTopics(store.db);
  } finally {
    await store.db.destroy();
  }
  const team = flagString(ctx, 'team');
  const named = topics.filter((t) => t.id === topicId.toLowerCase() && (!team || t.team === team || t.team === '*'));
  // A team's own topic wins over the config's of the same id, as it does for that team.
  const topic = named.find((t) => t.team !== '*') ?? named[0];
  if (!topic)
    throw new UsageError(
      `no topic "${topicId}"${team ? ` for team ${team}` : ''} (topics: ${[...new Set(topics.map((t) => t.id))].join(', ')})`,
    );
  if (named.length > 1 && !team)
    io.stderr.write(
      `newsbot: "${topicId}" names topics of ${named.length} teams; explaining ${topic.team === '*' ? 'the config' : `team ${topic.team}`}'s (--team T picks another)\n`,
    );
  const result = explainMatch(topic.query, { title: text, summary: '' });
  if (flags.json) say(JSON.stringify({ topic: topic.id, team: topic.team, query: topic.query, ...result }));
  else {
    say(
      `${topic.id}: ${topic.query}${topic.team === '*' ? '' : `  (team ${topic.team}, ${topic.origin === 'command' ? 'made from chat' : topic.origin})`}`,
    );
    for (const t of result.terms)
      say(
        `  ${t.found ? '✓' : '·'} ${t.negated ? 'NOT ' : ''}${t.caseSensitive ? 'case:' : ''}${t.term} — ${t.found ? 'found' : 'not found'}`,
      );
    say(result.matches ? 'MATCHES' : 'does not match');
  }
  return 0;
}
