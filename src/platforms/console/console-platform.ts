import readline from 'node:readline';
import type { Writable, Readable } from 'node:stream';
import type { Delivery } from '../../alerts/alert.ts';
import type { PlatformSender } from '../../alerts/platform.ts';
import type { Answer, CommandContext } from '../../commands/answer.ts';
import { jsonLine, renderAlertText, renderAnswerText } from './render-text.ts';

/** One alert as the console shows it: readable text, or one JSON object (`once --json`). */
export function formatConsoleAlert(
  d: Pick<Delivery, 'outboxId' | 'platform' | 'team' | 'channel' | 'alert'>,
  format: 'text' | 'json',
): string {
  return format === 'json' ? jsonLine(alertJson(d)) : `#${d.channel} ${renderAlertText(d.alert)}\n`;
}

/**
 * The alert as `once --json` prints it. A story or stage alert with a context section carries
 * it as `context: [{text, date, cites}]` (ISO dates) and `sources`: every source its numbers
 * cite, the story's own then the context's.
 */
function alertJson(d: Pick<Delivery, 'outboxId' | 'platform' | 'team' | 'channel' | 'alert'>): object {
  const head = { outboxId: d.outboxId, platform: d.platform, team: d.team, channel: d.channel };
  const a = d.alert;
  if ((a.kind !== 'story' && a.kind !== 'deal-stage') || !a.context) return { ...head, ...a };
  const { context, ...rest } = a;
  return {
    ...head,
    ...rest,
    context: context.sentences.map((c) => ({ text: c.text, date: new Date(c.date).toISOString(), cites: c.cites })),
    sources: [...a.story.sources, ...context.sources],
  };
}

/** Prints alerts to a stream (stdout), as text or one JSON object per line. */
export class ConsoleSender implements PlatformSender {
  readonly name = 'console';
  constructor(
    private readonly out: Writable,
    private readonly format: 'text' | 'json' = 'text',
  ) {}

  async send(d: Delivery): Promise<{ messageId: string | null }> {
    const text = formatConsoleAlert(d, this.format);
    await new Promise<void>((resolve, reject) => this.out.write(`${text}\n`, (err) => (err ? reject(err) : resolve())));
    return { messageId: d.outboxId };
  }
}

/**
 * Reads slash commands typed at the terminal (`/news help`) and prints the answers. When
 * stdin closes (not a terminal, or ^D) the bot keeps running; only signals stop it.
 */
export function startConsoleInput(
  input: Readable,
  out: Writable,
  ctx: CommandContext,
  run: (ctx: CommandContext, line: string) => Promise<Answer>,
): () => void {
  const rl = readline.createInterface({ input, terminal: false });
  rl.on('line', (line) => {
    const text = line.trim();
    if (!text) return;
    if (!text.startsWith('/')) {
      out.write('Type a slash command, e.g. /news help\n');
      return;
    }
    run(ctx, text).then(
      (answer) => out.write(`${renderAnswerText(answer)}\n`),
      (e: Error) => out.write(`✗ ${e.message}\n`),
    );
  });
  return () => rl.close();
}
