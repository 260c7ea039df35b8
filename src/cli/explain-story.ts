import { buildApp, loadCheckedConfig } from '../app.ts';
import { explainStory, formatStoryExplanation } from '../stories/explain-story.ts';
import { UsageError, type CliContext } from './context.ts';

/** `newsbot explain-story ID`: why each item is in the story. */
export async function run({ args, flags, configPath, io, log, say }: CliContext): Promise<number> {
  const [storyId] = args;
  if (!storyId) throw new UsageError('explain-story needs a story id (the "id" of an alert\'s story in once --json)');
  const app = await buildApp(loadCheckedConfig(configPath, io.env), { log, parseWorkers: 0 });
  try {
    const explanation = await explainStory(app.db, storyId);
    if (!explanation) {
      io.stderr.write(`newsbot: no story "${storyId}"\n`);
      return 2;
    }
    say(flags.json ? JSON.stringify(explanation) : formatStoryExplanation(explanation));
    return 0;
  } finally {
    await app.close();
  }
}
