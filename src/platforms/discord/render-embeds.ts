import { escapeMarkdown } from 'discord.js';
import type { Alert, AlertSource, StoryContext, StoryView } from '../../alerts/alert.ts';
import {
  CONTEXT_HEADING,
  NOT_CONFIRMED,
  contextLine,
  digestTitle,
  followsLine,
  moreOutlets,
  plural,
  reportedBy,
  sourceHealth,
  stageMove,
} from '../../formatting/wording.ts';
import type { Answer } from '../../commands/answer.ts';
import { actionTopic, actionsFor } from '../../formatting/alert-actions.ts';
import { packLines } from '../../alerts/pack-lines.ts';
import { STAGE_LABELS, type Stage } from '../../deals/stages.ts';

/** Discord's message limits (what it answers 50035 Invalid Form Body to). */
export const discordLimits = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Across every embed of one message. */
  total: 6000,
} satisfies Record<string, number>;

export interface Embed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  timestamp?: string;
}

export interface DiscordMessage {
  content?: string;
  embeds: Embed[];
  /** The buttons under an alert: one action row. */
  components?: ActionRow[];
}

export interface ActionRow {
  type: 1;
  components: { type: 2; style: 2 | 4; label: string; custom_id: string }[];
}

/** Buttons' custom ids: `newsbot:ACTION:TOPIC`; `discord-app.ts` routes them back to the commands. */
export const BUTTON_PREFIX = 'newsbot:';

/** An alert's actions as one row of buttons (Discord: at most 5 a row, custom ids of 100). */
export function alertButtons(alert: Alert): ActionRow[] {
  const topic = actionTopic(alert);
  const actions = actionsFor(alert);
  if (!topic || !actions.length) return [];
  return [
    {
      type: 1,
      components: actions.slice(0, 5).map((a) => ({
        type: 2,
        style: a.danger ? 4 : 2,
        label: a.label,
        custom_id: `${BUTTON_PREFIX}${a.name}:${topic}`,
      })),
    },
  ];
}

/**
 * Discord markdown escaping for feed text: bold, italics, code, spoilers, headings, lists,
 * masked links. Mentions are not escaped here; every message goes out with
 * `allowed_mentions: { parse: [] }`, so `@everyone` or `<@&role>` is shown and pings nobody.
 */
export const escapeDiscord = (s: string): string =>
  escapeMarkdown(s, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(
    /\]\(/g,
    ']\\(',
  );

/** Only http(s) URLs become links. */
function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A masked link whose label cannot break out of its brackets and whose URL cannot close early. */
function link(url: string | null | undefined, label: string): string {
  const href = safeUrl(url);
  const text = escapeDiscord(label).replace(/[[\]]/g, (c) => `\\${c}`);
  return href ? `[${text}](${href.replace(/\)/g, '%29').replace(/ /g, '%20')})` : text;
}

/** Cuts text to a limit on a code point boundary, never inside an escape or a masked link. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const open = s.lastIndexOf('[', end);
  if (open >= 0 && s.indexOf(')', open) >= end && s.lastIndexOf(']', end) >= open - 1) end = open;
  while (end > 0 && s[end - 1] === '\\') end--;
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? '')) end--;
  return `${s.slice(0, end)}…`;
}

/** Joins lines into field values of at most 1,024 characters. */
const fieldValues = (lines: string[]): string[] => packLines(lines, discordLimits.fieldValue, cutText);

const embedSize = (e: Embed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Applies every per-embed limit, then the 6,000-character total, dropping trailing fields first. */
export function fitEmbeds(embeds: Embed[]): Embed[] {
  const out = embeds.slice(0, discordLimits.embeds).map((e) => ({
    ...e,
    ...(e.title !== undefined ? { title: cutText(e.title, discordLimits.title) } : {}),
    ...(e.description !== undefined ? { description: cutText(e.description, discordLimits.description) } : {}),
    ...(e.footer ? { footer: { text: cutText(e.footer.text, discordLimits.footer) } } : {}),
    ...(e.fields
      ? {
          fields: e.fields.slice(0, discordLimits.fields).map((f) => ({
            ...f,
            name: cutText(f.name, discordLimits.fieldName),
            value: cutText(f.value, discordLimits.fieldValue),
          })),
        }
      : {}),
  }));
  let total = out.reduce((n, e) => n + embedSize(e), 0);
  for (let i = out.length - 1; i >= 0 && total > discordLimits.total; i--) {
    const e = out[i]!;
    while (e.fields?.length && total > discordLimits.total) {
      const f = e.fields.pop()!;
      total -= f.name.length + f.value.length;
    }
    if (total > discordLimits.total && e.description) {
      const keep = Math.max(1, e.description.length - (total - discordLimits.total));
      total -= e.description.length;
      e.description = cutText(e.description, keep);
      total += e.description.length;
    }
    if (total > discordLimits.total && i > 0) {
      total -= embedSize(e);
      out.pop();
    }
  }
  return out;
}

const unix = (ms: number) => Math.floor(ms / 1000);
const cites = (story: StoryView, ns: number[]) =>
  ns.map((n) => link(story.sources.find((s) => s.n === n)?.url, `[${n}]`)).join('');
const sourceLine = (s: AlertSource) =>
  `**${s.n}.** ${link(s.url, `${s.outlet} — ${s.title}`)} · <t:${unix(s.publishedAt)}:R>`;

/** A deal's stage at a glance: a colour and a mark per stage. */
export const STAGE_LOOK: Record<Stage, { mark: string; color: number }> = {
  rumored: { mark: '💬', color: 0x95a5a6 },
  negotiating: { mark: '🤝', color: 0x3498db },
  at_risk: { mark: '⚠️', color: 0xe67e22 },
  agreed: { mark: '✍️', color: 0x2ecc71 },
  regulatory_review: { mark: '⚖️', color: 0x9b59b6 },
  approved: { mark: '✅', color: 0x27ae60 },
  blocked: { mark: '⛔', color: 0xc0392b },
  terminated: { mark: '✖️', color: 0x7f8c8d },
  completed: { mark: '🏁', color: 0x16a085 },
};

function storyEmbed(
  story: StoryView,
  footer: string,
  color = 0x1d3557,
  only?: Set<number>,
  context?: StoryContext,
): Embed {
  const summary = story.summary.map((s) => `${escapeDiscord(s.text)} ${cites(story, s.cites)}`).join(' ');
  const sources = [...story.sources.filter((s) => !only || only.has(s.n)), ...(context?.sources ?? [])];
  // What led here: dated sentences from earlier reports, cited after the story's own sources.
  const cited = { sources: context?.sources ?? [] } as unknown as StoryView;
  const contextLines = (context?.sentences ?? []).map(
    (c) => `${escapeDiscord(contextLine(c))} ${cites(cited, c.cites)}`,
  );
  return {
    title: escapeDiscord(story.headline),
    ...(safeUrl(story.sources[0]?.url) ? { url: safeUrl(story.sources[0]?.url) } : {}),
    ...(summary && !only ? { description: summary } : {}),
    color,
    fields: [
      ...fieldValues(contextLines).map((value, i) => ({ name: i === 0 ? CONTEXT_HEADING : '\u200b', value })),
      ...fieldValues(sources.map(sourceLine)).map((value, i) => ({
        name: i === 0 ? (only ? 'New sources' : 'Sources') : '\u200b',
        value,
      })),
    ],
    footer: { text: footer },
    ...(story.sources[0]
      ? { timestamp: new Date(Math.min(...story.sources.map((s) => s.publishedAt))).toISOString() }
      : {}),
  };
}

/** Renders an alert as embeds within Discord's limits, feed text escaped, with its buttons under it. */
export function renderAlertEmbeds(alert: Alert): DiscordMessage {
  const message = alertEmbeds(alert);
  const rows = alertButtons(alert);
  return rows.length ? { ...message, components: rows } : message;
}

function alertEmbeds(alert: Alert): DiscordMessage {
  switch (alert.kind) {
    case 'story': {
      const reported = reportedBy(alert.story);
      return {
        embeds: fitEmbeds([
          storyEmbed(
            alert.story,
            `${alert.topic.name} · ${alert.follows ? `${followsLine(alert.follows)} · ` : ''}${reported}`,
            undefined,
            undefined,
            alert.context,
          ),
        ]),
      };
    }
    case 'story-update': {
      const fresh = new Set(alert.changes.newSources);
      return {
        embeds: fitEmbeds([
          {
            ...storyEmbed(
              alert.story,
              `${alert.topic.name} · ${moreOutlets(fresh.size, alert.story.sources.length)}`,
              0x457b9d,
              fresh,
            ),
          },
        ]),
      };
    }
    case 'deal-stage': {
      const look = STAGE_LOOK[alert.to];
      const move = stageMove(alert.from, alert.to);
      const story = storyEmbed(
        alert.story,
        `${alert.topic.name} · deal stage since ${new Date(alert.since).toISOString().slice(0, 10)}`,
        look.color,
        undefined,
        alert.context,
      );
      return {
        embeds: fitEmbeds([
          {
            title: `${look.mark} ${escapeDiscord(alert.topic.name)}: ${move}`,
            color: look.color,
            fields: [
              { name: 'Stage', value: `${look.mark} **${STAGE_LABELS[alert.to]}**`, inline: true },
              ...(alert.from ? [{ name: 'Was', value: STAGE_LABELS[alert.from], inline: true }] : []),
              {
                name: 'Why',
                value: `“${escapeDiscord(alert.why.phrase)}”${alert.why.hedged ? ` *(${NOT_CONFIRMED})*` : ''} ${cites(alert.story, alert.why.sources)}`,
              },
              ...(alert.follows ? [{ name: 'Follows', value: escapeDiscord(followsLine(alert.follows)) }] : []),
              ...(alert.terms.length
                ? [
                    {
                      name: 'Key terms',
                      value: alert.terms
                        .slice(0, 8)
                        .map((t) => `${escapeDiscord(t.text)} ${cites(alert.story, t.cites)}`)
                        .join(' · '),
                    },
                  ]
                : []),
            ],
          },
          story,
        ]),
      };
    }
    case 'digest': {
      const embeds: Embed[] = alert.topics.map((t) => ({
        title: escapeDiscord(t.topic.name),
        description: t.stories
          .map(
            (s) =>
              `• ${link(safeUrl(s.sources[0]?.url), s.headline)} ${cites(
                s,
                s.sources.map((x) => x.n),
              )}`,
          )
          .join('\n'),
        color: 0x1d3557,
      }));
      return { content: digestTitle(alert), embeds: fitEmbeds(embeds) };
    }
    case 'source-failing':
    case 'source-recovered': {
      const { title, detail } = sourceHealth(alert);
      const failing = alert.kind === 'source-failing';
      return {
        embeds: [
          {
            title: cutText(`${failing ? '⚠️' : '✅'} ${escapeDiscord(title)}`, discordLimits.title),
            description: cutText(
              `${link(alert.source.url, alert.source.url)}${failing ? ` since <t:${unix(alert.since)}:f>:` : '.'} ${escapeDiscord(detail)}`,
              discordLimits.description,
            ),
            color: failing ? 0xe67e22 : 0x2ecc71,
          },
        ],
      };
    }
  }
}

/** Renders a command's answer as one embed (sections as fields). */
export function renderAnswerEmbeds(answer: Answer): DiscordMessage {
  const lineText = (l: { text: string; url?: string }) =>
    l.url && !l.text.includes(l.url)
      ? `${escapeDiscord(l.text)} ${link(l.url, '↗')}`
      : l.url
        ? link(l.url, l.text)
        : escapeDiscord(l.text);
  const untitled = answer.sections.filter((s) => !s.heading).flatMap((s) => s.lines.map(lineText));
  const fields = answer.sections
    .filter((s) => s.heading)
    .flatMap((s) =>
      fieldValues(s.lines.map(lineText)).map((value, i) => ({
        name: i === 0 ? escapeDiscord(s.heading!) : '\u200b',
        value,
      })),
    );
  return {
    embeds: fitEmbeds([
      {
        title: `${answer.ok ? '' : '❌ '}${escapeDiscord(answer.title)}`,
        ...(untitled.length ? { description: untitled.join('\n') } : {}),
        ...(fields.length ? { fields } : {}),
        color: answer.ok ? 0x1d3557 : 0xc0392b,
      },
    ]),
  };
}
