/**
 * The platform-neutral answer to a slash command. Platforms render it (Block Kit, embeds,
 * text) and escape it; nothing here knows any platform's markup.
 */
export interface AnswerLine {
  text: string;
  url?: string;
}

export interface AnswerSection {
  heading?: string;
  lines: AnswerLine[];
}

export interface Answer {
  /** Errors and setup chatter are shown only to the person who asked, where possible. */
  ephemeral: boolean;
  ok: boolean;
  title: string;
  sections: AnswerSection[];
  /** Machine-readable form for `ask --json`. */
  data?: unknown;
}

export interface CommandContext {
  platform: string;
  team: string;
  channel: string;
  user: string;
  /** Whether the caller may change the team's setup. */
  isAdmin: boolean;
}

export const answerError = (title: string, ...hints: string[]): Answer => ({
  ephemeral: true,
  ok: false,
  title,
  sections: hints.length ? [{ lines: hints.map((text) => ({ text })) }] : [],
});
