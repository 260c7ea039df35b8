import { openReadOnlyStore } from '../commands/read-only-store.ts';
import { explainStory, formatStoryExplanation } from '../stories/explain-story.ts';
import { loadCheckedConfig } from '../topics/load-checked-config.ts';
import { UsageError, type CliContext } from './context.ts';

/** `newsbot explain-story ID`: why each item is in the story (reads the store, changes nothing). */
export async function run({ args, flags, configPath, io, say }: CliContext): Promise<number> {
  const [storyId] = args;
  if (!storyId) throw new UsageError('explain-story needs a story id (the "id" of an alert\'s story in once --json)');
  const store = await openReadOnlyStore(loadCheckedConfig(configPath, io.env), Date.now());
  try {
    const explanation = await explainStory(store.db, storyId);
    if (!explanation) {
      io.stderr.write(`newsbot: no story "${storyId}"\n`);
      return 2;
    }
    say(flags.json ? JSON.stringify(explanation) : formatStoryExplanation(explanation));
    return 0;
  } finally {
    await store.db.destroy();
  }
}
