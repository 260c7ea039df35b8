import type { Alert } from '../../alerts/alert.ts';
import type { Answer } from '../../commands/answer.ts';

/**
 * The console's escaping: feed text must not drive the terminal, so control characters
 * (ANSI escape sequences start with ESC) and bidi overrides are removed.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const escapeTerminal = (s: string): string => s.replace(UNSAFE, '');

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + 'Z';

function oneLine(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

export function renderAlertText(alert: Alert): string {
  const e = escapeTerminal;
  if (alert.kind === 'story') {
    const { story } = alert;
    const topics = alert.topics.map((t) => e(t.name)).join(', ');
    const lines = [`▶ [${topics}] ${e(story.headline)}`];
    if (story.summary.length) {
      const summary = story.summary.map((s) => `${e(s.text)} ${s.cites.map((n) => `[${n}]`).join('')}`).join(' ');
      lines.push(`  ${oneLine(summary, 300)}`);
    }
    for (const s of story.sources) lines.push(`  [${s.n}] ${e(s.outlet)} — ${s.url ? e(s.url) : e(s.title)} (${time(s.publishedAt)})`);
    return lines.join('\n');
  }
  if (alert.kind === 'source-failing') {
    return `⚠ Source failing: ${e(alert.source.name)} (${e(alert.source.url)}) since ${time(alert.since)}: ${e(alert.reason ?? 'unknown error')}. newsbot keeps retrying; check the URL with /news sources.`;
  }
  return `✓ Source recovered: ${e(alert.source.name)} (${e(alert.source.url)}) is being polled again.`;
}

export function renderAnswerText(answer: Answer): string {
  const e = escapeTerminal;
  const out = [`${answer.ok ? '' : '✗ '}${e(answer.title)}`];
  for (const section of answer.sections) {
    if (section.heading) out.push(`${e(section.heading)}`);
    for (const line of section.lines) out.push(`  ${e(line.text)}${line.url && !line.text.includes(line.url) ? ` <${e(line.url)}>` : ''}`);
  }
  return out.join('\n');
}
