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

/** Block Kit limits (https://api.slack.com/reference/block-kit): what Slack answers `invalid_blocks` to. */
export const slackLimits = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  /** The plain `text` fallback (notifications, screen readers); Slack truncates past 40,000. */
  fallbackText: 3000,
} satisfies Record<string, number>;

export type Block =
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: boolean } }
  | { type: 'section'; text: Mrkdwn }
  | { type: 'context'; elements: Mrkdwn[] }
  | { type: 'divider' }
  | { type: 'actions'; block_id: string; elements: Button[] };

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

/** A Block Kit button: `action_id` says which action, `value` the topic it acts on. */
export interface Button {
  type: 'button';
  text: ReturnType<typeof plain>;
  action_id: string;
  value: string;
  style?: 'danger' | 'primary';
  confirm?: {
    title: ReturnType<typeof plain>;
    text: ReturnType<typeof plain>;
    confirm: ReturnType<typeof plain>;
    deny: ReturnType<typeof plain>;
    style?: 'danger';
  };
}

/** Buttons' action ids start with this; `slack-app.ts` routes them back to the commands. */
export const ACTION_PREFIX = 'newsbot_';

/** The alert's actions as one actions block (none for updates, digests and source health). */
function actionsBlock(alert: Alert): Block[] {
  const topic = actionTopic(alert);
  const actions = actionsFor(alert);
  if (!topic || !actions.length) return [];
  return [
    {
      type: 'actions',
      block_id: `${ACTION_PREFIX}actions`,
      elements: actions.map((a) => ({
        type: 'button',
        text: plain(a.label),
        action_id: `${ACTION_PREFIX}${a.name}`,
        value: topic,
        ...(a.danger ? { style: 'danger' as const } : {}),
        ...(a.confirm
          ? {
              confirm: {
                title: plain(a.confirm.title),
                text: plain(a.confirm.text),
                confirm: plain(a.confirm.yes),
                deny: plain(a.confirm.no),
                ...(a.danger ? { style: 'danger' as const } : {}),
              },
            }
          : {}),
      })),
    },
  ];
}

/**
 * `verbatim: true`: Slack still renders our links and formatting but does not turn bare
 * words of feed text into links or channel and user references.
 */
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}
const mrkdwn = (text: string): Mrkdwn => ({ type: 'mrkdwn', text, verbatim: true });

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * Slack's escaping: `&`, `<` and `>` are the only control characters of its markup, and
 * escaping them is what turns `<!channel>` or `<https://evil|bank>` in a headline into text.
 */
export const escapeSlack = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A link only from an http(s) URL; anything else is shown as its (escaped) label. */
export function slackLink(url: string | null | undefined, label: string): string {
  const text = escapeSlack(label.replace(/\|/g, '¦'));
  if (!url) return text;
  let href: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return text;
    href = u.href;
  } catch {
    return text;
  }
  // `|` ends a link's URL and `>` the link: percent-encoded, they stay part of the address.
  return `<${escapeSlack(href).replace(/\|/g, '%7C')}|${text}>`;
}

/**
 * Cuts already-escaped mrkdwn without breaking an entity (`&amp;`) or a link (`<url|label>`):
 * a cut inside one moves back to where it starts.
 */
export function cutMrkdwn(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const open = s.lastIndexOf('<', end);
  if (open >= 0 && s.lastIndexOf('>', end - 1) < open) end = open;
  const amp = s.lastIndexOf('&', end);
  if (amp >= 0 && amp > end - 6 && s.indexOf(';', amp) >= end) end = amp;
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? '')) end--;
  return `${s.slice(0, end)}…`;
}

/** Joins lines into as few sections as the 3,000-character limit allows. */
const sections = (lines: string[]): Block[] =>
  packLines(lines, slackLimits.sectionText, cutMrkdwn).map((text) => ({ type: 'section', text: mrkdwn(text) }));

/** Context blocks of up to 10 elements each. */
function contexts(parts: string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < parts.length; i += slackLimits.contextElements) {
    out.push({
      type: 'context',
      elements: parts
        .slice(i, i + slackLimits.contextElements)
        .map((t) => mrkdwn(cutMrkdwn(t, slackLimits.contextText))),
    });
  }
  return out;
}

const header = (text: string): Block => ({
  type: 'header',
  text: { type: 'plain_text', text: cutMrkdwn(escapeSlack(text), slackLimits.headerText), emoji: true },
});

/** The fallback `text` is parsed for mentions too (it is what notifications show). */
const fallback = (text: string): string => cutMrkdwn(escapeSlack(text), slackLimits.fallbackText);

/**
 * At most 50 blocks: past that, the tail becomes one line saying how much was left out. The
 * `last` blocks (an alert's buttons) always stay, at the end.
 */
function fit(blocks: Block[], leftOutNote: (n: number) => string, last: Block[] = []): Block[] {
  const room = slackLimits.blocks - last.length;
  if (blocks.length <= room) return [...blocks, ...last];
  const kept = blocks.slice(0, room - 1);
  return [
    ...kept,
    { type: 'context', elements: [mrkdwn(escapeSlack(leftOutNote(blocks.length - kept.length)))] },
    ...last,
  ];
}

const date = (ms: number) =>
  `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC>`;

/** `[1]` linking to source 1: every sentence's citations are links to the outlets behind it. */
function citeLinks(story: StoryView, ns: number[]): string {
  return ns
    .map((n) => {
      const src = story.sources.find((s) => s.n === n);
      return slackLink(src?.url, `[${n}]`);
    })
    .join('');
}

const sourceLine = (s: AlertSource): string =>
  `*[${s.n}]* ${slackLink(s.url, `${s.outlet} — ${s.title}`)} · ${date(s.publishedAt)}`;

/**
 * The context section (what led here) and the sources it cites, numbered after the story's:
 * one section of dated sentences, its citations linking to the earlier reports.
 */
function contextBlocks(context: StoryContext | undefined): Block[] {
  if (!context?.sentences.length) return [];
  const cited = { sources: context.sources } as StoryView;
  const lines = context.sentences.map((c) => `${escapeSlack(contextLine(c))} ${citeLinks(cited, c.cites)}`);
  return sections([`*${CONTEXT_HEADING}*\n${lines.join('\n')}`]);
}

function storyBlocks(story: StoryView, topicName: string, note: string, context?: StoryContext): Block[] {
  const summary = story.summary.map((s) => `${escapeSlack(s.text)} ${citeLinks(story, s.cites)}`);
  return [
    header(story.headline),
    {
      type: 'context',
      elements: [mrkdwn(cutMrkdwn(`*${escapeSlack(topicName)}* · ${escapeSlack(note)}`, slackLimits.contextText))],
    },
    ...sections(summary.length ? [summary.join(' ')] : []),
    ...contextBlocks(context),
    ...contexts([...story.sources, ...(context?.sources ?? [])].map(sourceLine)),
  ];
}

/** Renders an alert as Block Kit with a plain-text fallback, within Slack's limits. */
export function renderAlertBlocks(alert: Alert): SlackMessage {
  switch (alert.kind) {
    case 'story': {
      const { story } = alert;
      const note = alert.follows ? `${followsLine(alert.follows)} · ${reportedBy(story)}` : reportedBy(story);
      return {
        text: fallback(`[${alert.topic.name}] ${story.headline} — ${note}`),
        blocks: fit(
          storyBlocks(story, alert.topic.name, note, alert.context),
          (k) => `…and ${plural(k, 'more block')} of sources`,
          actionsBlock(alert),
        ),
      };
    }
    case 'story-update': {
      const { story } = alert;
      const fresh = story.sources.filter((s) => alert.changes.newSources.includes(s.n));
      const title = moreOutlets(fresh.length, story.sources.length);
      return {
        text: fallback(`[${alert.topic.name}] ${story.headline} — ${title}`),
        blocks: fit(
          [...sections([`*${escapeSlack(title)}*`]), ...contexts(fresh.map(sourceLine))],
          (k) => `…and ${plural(k, 'more block')} of sources`,
        ),
      };
    }
    case 'deal-stage': {
      const { story } = alert;
      const move = stageMove(alert.from, alert.to);
      const why = `“${escapeSlack(alert.why.phrase)}”${alert.why.hedged ? ` _(${NOT_CONFIRMED})_` : ''}: ${escapeSlack(story.headline)} ${citeLinks(story, alert.why.sources)}`;
      const terms = alert.terms.slice(0, 8).map(
        (t) =>
          `${escapeSlack(t.text)} ${citeLinks(
            story,
            t.cites.filter((n) => story.sources.some((s) => s.n === n)),
          )}`,
      );
      return {
        text: fallback(`${alert.topic.name}: ${move}`),
        blocks: fit(
          [
            header(`${alert.topic.name}: ${move}`),
            {
              type: 'context',
              elements: [
                mrkdwn(
                  cutMrkdwn(
                    `*Deal stage* · since ${date(alert.since)}${alert.follows ? ` · ${escapeSlack(followsLine(alert.follows))}` : ''}`,
                    slackLimits.contextText,
                  ),
                ),
              ],
            },
            ...sections([why]),
            ...sections(
              story.summary.length
                ? [story.summary.map((x) => `${escapeSlack(x.text)} ${citeLinks(story, x.cites)}`).join(' ')]
                : [],
            ),
            ...(terms.length ? sections([`*Terms:* ${terms.join(' · ')}`]) : []),
            ...contextBlocks(alert.context),
            ...contexts([...story.sources, ...(alert.context?.sources ?? [])].map(sourceLine)),
          ],
          (k) => `…and ${plural(k, 'more block')} of sources`,
          actionsBlock(alert),
        ),
      };
    }
    case 'digest': {
      const blocks: Block[] = [header(digestTitle(alert))];
      for (const t of alert.topics) {
        blocks.push(...sections([`*${escapeSlack(t.topic.name)}*`]));
        for (const s of t.stories) {
          blocks.push(
            ...sections([
              `• ${escapeSlack(s.headline)} ${citeLinks(
                s,
                s.sources.map((x) => x.n),
              )}`,
            ]),
          );
        }
      }
      return {
        text: fallback(`${digestTitle(alert)} — ${alert.topics.map((t) => t.topic.name).join(', ')}`),
        blocks: fit(blocks, (k) => `…and ${plural(k, 'more story', 'more stories')}; see /news latest TOPIC`),
      };
    }
    case 'source-failing':
    case 'source-recovered': {
      const { title, detail } = sourceHealth(alert);
      const link = slackLink(alert.source.url, alert.source.url);
      const text =
        alert.kind === 'source-failing'
          ? `:warning: ${escapeSlack(title)} (${link}) since ${date(alert.since)}: ${escapeSlack(detail)}`
          : `:white_check_mark: ${escapeSlack(title)} (${link}). ${escapeSlack(detail)}`;
      return {
        text: fallback(title),
        blocks: sections([text]),
      };
    }
  }
}

/** Renders a command's answer; errors start with a cross so they read as errors. */
export function renderAnswerBlocks(answer: Answer): SlackMessage {
  const blocks: Block[] = [...sections([`${answer.ok ? '' : ':x: '}*${escapeSlack(answer.title)}*`])];
  for (const section of answer.sections) {
    const lines = section.lines.map((l) =>
      l.url && !l.text.includes(l.url)
        ? `${escapeSlack(l.text)} ${slackLink(l.url, '↗')}`
        : l.url
          ? slackLink(l.url, l.text)
          : escapeSlack(l.text),
    );
    blocks.push(...sections([...(section.heading ? [`*${escapeSlack(section.heading)}*`] : []), ...lines]));
  }
  return { text: fallback(answer.title), blocks: fit(blocks, (k) => `…and ${plural(k, 'more section')}`) };
}
