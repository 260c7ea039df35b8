import type { FormField, SubcommandSpec } from '../../commands/declare.ts';
import { formFields } from '../../commands/declare.ts';
import { ACTION_PREFIX } from './render-blocks.ts';

/** Modals' callback id: `slack-app.ts` routes their submissions back to the commands. */
export const FORM_CALLBACK = `${ACTION_PREFIX}form`;

/** Where a submitted form came from and what it runs; kept in the modal's private_metadata. */
export interface FormOrigin {
  command: string;
  subcommand: string;
  channel: string;
}

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/**
 * A subcommand's form as a Slack modal: one input per declared option, labelled and hinted as
 * the declaration says, optional where the option is. Slack's limits: a title of 24
 * characters, labels of 2,000, a text input of at most 3,000 characters.
 */
export function formModal(spec: SubcommandSpec<unknown>, channel: string): Record<string, unknown> {
  const origin: FormOrigin = { command: spec.command, subcommand: spec.name, channel };
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK,
    private_metadata: JSON.stringify(origin),
    title: plain(`/${spec.command} ${spec.name}`.slice(0, 24)),
    submit: plain(`${spec.name[0]!.toUpperCase()}${spec.name.slice(1)}`.slice(0, 24)),
    close: plain('Cancel'),
    blocks: formFields(spec).map((f: FormField) => ({
      type: 'input',
      block_id: `${ACTION_PREFIX}field_${f.name}`,
      optional: !f.required,
      label: plain(f.label),
      hint: plain(f.hint),
      element: {
        type: 'plain_text_input',
        action_id: f.name,
        ...(f.long ? { multiline: true } : {}),
        ...(f.maxLength ? { max_length: Math.min(f.maxLength, 3000) } : {}),
      },
    })),
  };
}

/** A submitted modal's answers by field name (Slack keys them by block and action ids). */
export function formAnswers(state: { values?: Record<string, Record<string, { value?: string | null }>> }) {
  const answers: Record<string, string | null> = {};
  for (const block of Object.values(state.values ?? {}))
    for (const [name, input] of Object.entries(block)) answers[name] = input.value ?? null;
  return answers;
}

/** The block a form error is shown under: the first field's. */
export const firstFieldBlock = (spec: SubcommandSpec<unknown>) =>
  `${ACTION_PREFIX}field_${spec.options[0]?.name ?? 'none'}`;
