import { formFields, type SubcommandSpec } from '../../commands/declare.ts';
import { BUTTON_PREFIX } from './render-embeds.ts';

/** A form's custom id: `newsbot:form:COMMAND:SUBCOMMAND` (the channel comes with the submission). */
export const formId = (spec: SubcommandSpec<unknown>) => `${BUTTON_PREFIX}form:${spec.command}:${spec.name}`;

/** The subcommand a submitted form's custom id names, if it is one of ours. */
export function formOf(customId: string): { command: string; subcommand: string } | undefined {
  const m = new RegExp(`^${BUTTON_PREFIX}form:(news|deal):([a-z-]+)$`).exec(customId);
  return m ? { command: m[1]!, subcommand: m[2]! } : undefined;
}

/**
 * A subcommand's form as a Discord modal: one labelled text input per declared option (at most
 * five, Discord's limit), required where the option is. Labels of 45 characters, descriptions
 * of 100, a title of 45.
 */
export function formModal(spec: SubcommandSpec<unknown>) {
  return {
    custom_id: formId(spec),
    title: `/${spec.command} ${spec.name}`.slice(0, 45),
    components: formFields(spec)
      .slice(0, 5)
      .map((f) => ({
        type: 18,
        label: f.label.slice(0, 45),
        description: f.hint.slice(0, 100),
        component: {
          type: 4,
          custom_id: f.name,
          style: f.long ? 2 : 1,
          required: f.required,
          ...(f.maxLength ? { max_length: Math.min(f.maxLength, 4000) } : {}),
        },
      })),
  };
}
