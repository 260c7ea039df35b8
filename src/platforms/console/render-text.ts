import type { Alert, StoryContext, StoryView } from '../../alerts/alert.ts';
import type { Answer } from '../../commands/answer.ts';
import {
  CONTEXT_HEADING,
  NOT_CONFIRMED,
  contextLine,
  digestTitle,
  followsLine,
  moreOutlets,
  reportedBy,
  sourceHealth,
  stageMove,
} from '../../formatting/wording.ts';

/**
 * The console's escaping: feed text must not drive the terminal, so control characters
 * (ANSI escape sequences start with ESC) and bidi overrides are removed.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const escapeTerminal = (s: string): string => s.replace(UNSAFE, '');

/**
 * One JSON object on one line that survives any line splitter and any terminal: JSON.stringify
 * leaves U+0085 (NEL), U+2028 and U+2029 (which some splitters treat as line ends), C1 controls
 * (U+009B starts an escape sequence on some terminals) and bidi controls raw; they are written
 * as \u escapes, so the parsed value is unchanged.
 */
// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
export const jsonLine = (value: unknown): string =>
  JSON.stringify(value).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + 'Z';
const cites = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

function storyLines(story: StoryView, indent: string, only?: Set<number>, context?: StoryContext): string[] {
  const e = escapeTerminal;
  const lines: string[] = [];
  for (const s of story.summary) lines.push(`${indent}${e(s.text)} ${cites(s.cites)}`);
  if (context?.sentences.length) {
    lines.push(`${indent}${CONTEXT_HEADING}`);
    for (const c of context.sentences) lines.push(`${indent}  ${e(contextLine(c))} ${cites(c.cites)}`);
  }
  for (const s of [...story.sources, ...(context?.sources ?? [])]) {
    if (only && !only.has(s.n)) continue;
    lines.push(`${indent}[${s.n}] ${e(s.outlet)} — ${s.url ? e(s.url) : e(s.title)} (${time(s.publishedAt)})`);
  }
  return lines;
}

/** The story's id, which `explain-story` takes: what a person sees is what they can ask about. */
const storyIdLine = (story: StoryView) =>
  `  story ${escapeTerminal(story.id)} (newsbot explain-story ${escapeTerminal(story.id)})`;

export function renderAlertText(alert: Alert): string {
  const e = escapeTerminal;
  switch (alert.kind) {
    case 'story': {
      const { story } = alert;
      const head = `▶ [${e(alert.topic.name)}] ${e(story.headline)}`;
      const meta = story.sources.length > 1 ? `  ${e(reportedBy(story))}` : '';
      return [
        head,
        ...(alert.follows ? [`  ${e(followsLine(alert.follows))}`] : []),
        ...(meta ? [meta] : []),
        ...storyLines(story, '  ', undefined, alert.context),
        storyIdLine(story),
      ].join('\n');
    }
    case 'story-update': {
      const { story } = alert;
      const n = alert.changes.newSources.length;
      return [
        `  ↳ [${e(alert.topic.name)}] ${e(story.headline)} — ${moreOutlets(n, story.sources.length)}`,
        ...storyLines({ ...story, summary: [] }, '    ', new Set(alert.changes.newSources)),
      ].join('\n');
    }
    case 'deal-stage': {
      const { story } = alert;
      const lines = [
        `◆ [${e(alert.topic.name)}] ${stageMove(alert.from, alert.to)} (since ${time(alert.since).slice(0, 10)}): ${e(story.headline)}`,
        `  ${e(reportedBy(story))}; stage read from "${e(alert.why.phrase)}"${alert.why.hedged ? ` (${NOT_CONFIRMED})` : ''} ${cites(alert.why.sources)}`,
        ...(alert.follows ? [`  ${e(followsLine(alert.follows))}`] : []),
        ...(alert.terms.length
          ? [
              `  Terms: ${alert.terms
                .slice(0, 6)
                .map((t) => `${e(t.text)} ${cites(t.cites)}`)
                .join(' · ')}`,
            ]
          : []),
        ...storyLines(story, '  ', undefined, alert.context),
        storyIdLine(story),
      ];
      return lines.join('\n');
    }
    case 'digest': {
      const lines = [`▤ ${digestTitle(alert)} since ${time(alert.period.from)}`];
      for (const t of alert.topics) {
        lines.push(`  ${e(t.topic.name)}`);
        for (const s of t.stories) {
          lines.push(`  • ${e(s.headline)} ${cites(s.sources.map((x) => x.n))}`);
          for (const src of s.sources)
            lines.push(`      [${src.n}] ${e(src.outlet)} — ${src.url ? e(src.url) : e(src.title)}`);
        }
      }
      return lines.join('\n');
    }
    case 'source-failing':
    case 'source-recovered': {
      const { title, detail } = sourceHealth(alert);
      return alert.kind === 'source-failing'
        ? `⚠ ${e(title)} (${e(alert.source.url)}) since ${time(alert.since)}: ${e(detail)}`
        : `✓ ${e(title)} (${e(alert.source.url)}). ${e(detail)}`;
    }
  }
}

export function renderAnswerText(answer: Answer): string {
  const e = escapeTerminal;
  const out = [`${answer.ok ? '' : '✗ '}${e(answer.title)}`];
  for (const section of answer.sections) {
    if (section.heading) out.push(`${e(section.heading)}`);
    for (const line of section.lines)
      out.push(`  ${e(line.text)}${line.url && !line.text.includes(line.url) ? ` <${e(line.url)}>` : ''}`);
  }
  return out.join('\n');
}
