import { followsLine, type Alert, type StoryView } from '../../alerts/alert.ts';
import type { Answer } from '../../commands/answer.ts';
import { STAGE_LABELS } from '../../deals/stages.ts';

/**
 * The console's escaping: feed text must not drive the terminal, so control characters
 * (ANSI escape sequences start with ESC) and bidi overrides are removed.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const escapeTerminal = (s: string): string => s.replace(UNSAFE, '');

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + 'Z';
const cites = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

function storyLines(story: StoryView, indent: string, only?: Set<number>): string[] {
  const e = escapeTerminal;
  const lines: string[] = [];
  for (const s of story.summary) lines.push(`${indent}${e(s.text)} ${cites(s.cites)}`);
  for (const s of story.sources) {
    if (only && !only.has(s.n)) continue;
    lines.push(`${indent}[${s.n}] ${e(s.outlet)} — ${s.url ? e(s.url) : e(s.title)} (${time(s.publishedAt)})`);
  }
  return lines;
}

export function renderAlertText(alert: Alert): string {
  const e = escapeTerminal;
  switch (alert.kind) {
    case 'story': {
      const { story } = alert;
      const outlets = story.sources.length;
      const head = `▶ [${e(alert.topic.name)}] ${e(story.headline)}`;
      const meta = outlets > 1 ? `  ${outlets} outlets, first reported by ${e(story.firstReportedBy)}` : '';
      return [
        head,
        ...(alert.follows ? [`  ${e(followsLine(alert.follows))}`] : []),
        ...(meta ? [meta] : []),
        ...storyLines(story, '  '),
      ].join('\n');
    }
    case 'story-update': {
      const { story } = alert;
      const n = alert.changes.newSources.length;
      return [
        `  ↳ [${e(alert.topic.name)}] ${e(story.headline)} — ${n} more outlet${n === 1 ? '' : 's'} (${story.sources.length} in all)`,
        ...storyLines({ ...story, summary: [] }, '    ', new Set(alert.changes.newSources)),
      ].join('\n');
    }
    case 'deal-stage': {
      const { story } = alert;
      const outlets = story.sources.length;
      const lines = [
        `◆ [${e(alert.topic.name)}] ${alert.from ? `${STAGE_LABELS[alert.from]} → ` : ''}${STAGE_LABELS[alert.to]} (since ${time(alert.since).slice(0, 10)}): ${e(story.headline)}`,
        `  ${outlets > 1 ? `${outlets} outlets, first reported by ${e(story.firstReportedBy)}` : `reported by ${e(story.firstReportedBy)}`}; stage read from "${e(alert.why.phrase)}"${alert.why.hedged ? ' (reported, not confirmed)' : ''} ${cites(alert.why.sources)}`,
        ...(alert.follows ? [`  ${e(followsLine(alert.follows))}`] : []),
        ...(alert.terms.length
          ? [
              `  Terms: ${alert.terms
                .slice(0, 6)
                .map((t) => `${e(t.text)} ${cites(t.cites)}`)
                .join(' · ')}`,
            ]
          : []),
        ...storyLines(story, '  '),
      ];
      return lines.join('\n');
    }
    case 'digest': {
      const n = alert.topics.reduce((sum, t) => sum + t.stories.length, 0);
      const lines = [`▤ Digest: ${n} ${n === 1 ? 'story' : 'stories'} since ${time(alert.period.from)}`];
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
      return `⚠ Source failing: ${e(alert.source.name)} (${e(alert.source.url)}) since ${time(alert.since)}: ${e(alert.reason ?? 'unknown error')}. newsbot keeps retrying; check the URL with /news sources.`;
    case 'source-recovered':
      return `✓ Source recovered: ${e(alert.source.name)} (${e(alert.source.url)}) is being polled again.`;
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
