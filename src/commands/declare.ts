/**
 * One declaration per slash subcommand: its words, its options with their types, who may use
 * it, its help line and where its autocompletion comes from. The help text, the parser of a
 * typed line, the check of typed values (Discord's options), the admin check and the Discord
 * command JSON (platforms/discord) are all derived from it, so a subcommand is declared once.
 */
import { answerError, type Answer, type CommandContext } from './answer.ts';

/**
 * `topic` and `deal` are ids of the team's topics (and autocomplete from them); `text` is any
 * string; `integer` a whole number within `min`..`max`.
 */
export type OptionType = 'topic' | 'deal' | 'text' | 'integer';

export interface OptionSpec {
  /** The option's name on Discord and its key in the values. */
  name: string;
  type: OptionType;
  /** How the help text writes its value: TOPIC, "CRON", N. */
  placeholder: string;
  /** One line for Discord's option list (at most 100 characters). */
  description: string;
  required?: boolean;
  /** The word that introduces it in a typed line (`digest "0 9 * * *"`); positional when absent. */
  keyword?: string;
  /** A positional option that takes the rest of the line as typed, quotes kept (a query). */
  rest?: boolean;
  /** Only meaningful after this other option (a digest's time zone). */
  after?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  /** What a missing value is asked with; "Which topic?" by default. */
  ask?: string;
}

/** What an option's value is once parsed: text, or a number for `integer`. */
export type Values = Readonly<Record<string, string | number | undefined>>;

export interface SubcommandSpec<Deps> {
  command: 'news' | 'deal';
  name: string;
  /** The help line, after the usage. */
  help: string;
  /** Discord's one-line description (at most 100 characters). */
  summary: string;
  /** Set for what only admins may do: "subscribe channels" → "Only admins can subscribe channels." */
  admin?: string;
  /** It changes the store; the others only read, and run on a read-only store (`ask`). */
  writes?: boolean;
  /** Run without its words, it opens a form (a modal) with a field per option: for the long ones to type. */
  form?: boolean;
  options: OptionSpec[];
  run(deps: Deps, ctx: CommandContext, values: Values): Promise<Answer>;
}

/** `/news subscribe TOPIC [digest "CRON" [tz ZONE]] [min-sources N]`. */
export function usageOf(spec: SubcommandSpec<unknown>): string {
  const word = (o: OptionSpec): string => {
    const inner = [o.keyword, o.placeholder].filter(Boolean).join(' ');
    const nested = spec.options.filter((x) => x.after === o.name).map(word);
    const body = [inner, ...nested].join(' ');
    return o.required ? body : `[${body}]`;
  };
  return [`/${spec.command} ${spec.name}`, ...spec.options.filter((o) => !o.after).map(word)].join(' ');
}

/** The subcommand with only its required words: what "Write …" shows when one is missing. */
const shortUsage = (spec: SubcommandSpec<unknown>) =>
  [`/${spec.command} ${spec.name}`, ...spec.options.filter((o) => o.required).map((o) => o.placeholder)].join(' ');

const missing = (spec: SubcommandSpec<unknown>, o: OptionSpec) =>
  answerError(`${o.ask ?? `Which ${o.type === 'text' ? o.name : o.type}?`} Write ${shortUsage(spec)}.`, usageOf(spec));

interface Token {
  value: string;
  quoted: boolean;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)))
    out.push({ value: m[1] ?? m[2]!, quoted: m[1] !== undefined, start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Reads the words after the subcommand (`microsoft-openai digest "0 9 * * *" min-sources 2`)
 * into values, by the declaration: positional options in order, keyword options wherever they
 * are, a `rest` option up to the next keyword. Then checks them as typed values are checked.
 */
export function parseWords(spec: SubcommandSpec<unknown>, text: string): Values | Answer {
  const keywords = new Map(spec.options.filter((o) => o.keyword).map((o) => [o.keyword!.toLowerCase(), o]));
  const positional = spec.options.filter((o) => !o.keyword);
  const isKeyword = (t: Token) => !t.quoted && keywords.has(t.value.toLowerCase());
  const ts = tokens(text);
  const values: Record<string, string | number> = {};
  let next = 0;
  for (let i = 0; i < ts.length;) {
    const t = ts[i]!;
    if (isKeyword(t)) {
      const o = keywords.get(t.value.toLowerCase())!;
      const v = ts[i + 1];
      if (!v || isKeyword(v)) return answerError(`${o.keyword} needs ${o.placeholder} after it.`, usageOf(spec));
      values[o.name] = v.value;
      i += 2;
      continue;
    }
    const o = positional[next++];
    if (!o)
      return answerError(
        `"${t.value}" is not something ${`/${spec.command} ${spec.name}`} takes.`,
        `Write ${usageOf(spec)}.`,
      );
    if (o.rest) {
      let j = i;
      while (j + 1 < ts.length && !isKeyword(ts[j + 1]!)) j++;
      values[o.name] = text.slice(t.start, ts[j]!.end).trim();
      i = j + 1;
    } else {
      values[o.name] = t.value;
      i++;
    }
  }
  for (const o of spec.options)
    if (o.type === 'integer' && typeof values[o.name] === 'string') {
      const n = Number(values[o.name]);
      if (String(values[o.name]).trim() !== '' && Number.isFinite(n)) values[o.name] = n;
    }
  return checkValues(spec, values) ?? values;
}

/**
 * The checks every value gets, however it arrived (typed, or as Discord's typed options, which a
 * client could forge): required options present, numbers whole and in range, lengths, and
 * options that only follow another. Returns the error to answer, or undefined.
 */
export function checkValues(spec: SubcommandSpec<unknown>, values: Values): Answer | undefined {
  const known = new Set(spec.options.map((o) => o.name));
  const unknown = Object.keys(values).find((k) => !known.has(k) && values[k] !== undefined);
  if (unknown) return answerError(`/${spec.command} ${spec.name} has no option "${unknown}".`, usageOf(spec));
  for (const o of spec.options) {
    const v = values[o.name];
    if (v === undefined || v === '') {
      if (o.required) return missing(spec, o);
      continue;
    }
    if (o.type === 'integer') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < (o.min ?? -Infinity) || v > (o.max ?? Infinity))
        return answerError(
          `${o.name} needs a whole number${o.min !== undefined && o.max !== undefined ? ` from ${o.min} to ${o.max}` : ''}.`,
          `Write ${usageOf(spec)}.`,
        );
    } else if (typeof v !== 'string') return answerError(`${o.name} needs text, not a number.`, usageOf(spec));
    else if (o.maxLength !== undefined && v.length > o.maxLength)
      return answerError(`${o.name} is longer than ${o.maxLength} characters.`);
    if (o.after && values[o.after] === undefined)
      return answerError(`${o.keyword ?? o.name} goes with ${o.after}.`, `Write ${usageOf(spec)}.`);
  }
  return undefined;
}

/** The one admin check: undefined when the caller may run it, else the refusal. */
export function refuseNonAdmin(spec: SubcommandSpec<unknown>, ctx: CommandContext): Answer | undefined {
  if (!spec.admin || ctx.isAdmin) return undefined;
  return answerError(`Only admins can ${spec.admin}.`, 'Ask a workspace admin, or an admin listed in the config.');
}

/** One field of a subcommand's form (a Slack or Discord modal), from its declaration. */
export interface FormField {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  /** `integer` fields are read as numbers; every other field as text. */
  type: OptionType;
  /** Takes the rest of a typed line (a query): a field of several lines. */
  long: boolean;
  maxLength?: number;
}

/** A subcommand's options as form fields, in declaration order, labelled from their names. */
export function formFields(spec: SubcommandSpec<unknown>): FormField[] {
  return spec.options.map((o) => ({
    name: o.name,
    label: `${o.name[0]!.toUpperCase()}${o.name.slice(1).replace(/-/g, ' ')}`,
    hint: o.description,
    required: !!o.required,
    type: o.type,
    long: !!o.rest,
    ...(o.maxLength ? { maxLength: o.maxLength } : {}),
  }));
}

/** A form's answers as the subcommand's values: blanks left out, whole numbers read as numbers. */
export function formValues(spec: SubcommandSpec<unknown>, answers: Record<string, string | null | undefined>): Values {
  const values: Record<string, string | number> = {};
  for (const o of spec.options) {
    const raw = answers[o.name]?.trim();
    if (!raw) continue;
    const n = Number(raw);
    values[o.name] = o.type === 'integer' && /^-?\d+$/.test(raw) && Number.isFinite(n) ? n : raw;
  }
  return values;
}
