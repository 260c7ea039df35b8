import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../src/alerts/alert.ts';
import { createLogger } from '../src/log.ts';

describe('secrets stay out of logs and messages', () => {
  it('redacts credential-looking fields in log lines', () => {
    let out = '';
    const dest = new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) });
    const log = createLogger({ format: 'json', dest: dest as never });
    log.info(
      { token: 'xoxb-1', slack: { signingSecret: 's3', botToken: 'xoxb-2' }, headers: { authorization: 'Bearer abc' } },
      'hello',
    );
    expect(out).not.toMatch(/xoxb|s3|Bearer/);
    expect(out).toContain('[redacted]');
  });

  it('drops credentials from URLs shown to channels', () => {
    expect(redactUrl('https://user:secret@feeds.example/rss?x=1')).toBe('https://feeds.example/rss?x=1');
  });
});
