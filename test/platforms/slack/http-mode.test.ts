import { afterEach, describe, expect, it } from 'vitest';
import { signSlackRequest, verifySlackSignature } from '../../../src/platforms/slack/verify-signature.ts';
import { startHarness, type Harness } from './slack-harness.ts';

/** Slack's published example (https://api.slack.com/authentication/verifying-requests-from-slack). */
const VECTOR = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe('verifying that a request comes from Slack', () => {
  const at = (offsetSeconds: number) => (Number(VECTOR.timestamp) + offsetSeconds) * 1000;

  it("passes Slack's published test vector", () => {
    expect(() => verifySlackSignature({ ...VECTOR, nowMs: at(0) })).not.toThrow();
    expect(signSlackRequest(VECTOR.signingSecret, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it('accepts clock skew up to 5 minutes either way and refuses beyond', () => {
    expect(() => verifySlackSignature({ ...VECTOR, nowMs: at(300) })).not.toThrow();
    expect(() => verifySlackSignature({ ...VECTOR, nowMs: at(-300) })).not.toThrow();
    expect(() => verifySlackSignature({ ...VECTOR, nowMs: at(301) })).toThrow(
      'newsbot/slack-signature: the request is stale (301s old; at most 300s)',
    );
    expect(() => verifySlackSignature({ ...VECTOR, nowMs: at(-301) })).toThrow(
      'newsbot/slack-signature: the request is dated 301s in the future',
    );
  });

  it('refuses an altered body, a wrong secret and missing or malformed headers', () => {
    expect(() =>
      verifySlackSignature({ ...VECTOR, body: VECTOR.body.replace('text=', 'text=x'), nowMs: at(0) }),
    ).toThrow('the signature does not match');
    expect(() => verifySlackSignature({ ...VECTOR, signingSecret: 'other', nowMs: at(0) })).toThrow(
      'the signature does not match',
    );
    expect(() => verifySlackSignature({ ...VECTOR, signature: undefined, nowMs: at(0) })).toThrow(
      'headers are required',
    );
    expect(() => verifySlackSignature({ ...VECTOR, signature: 'v1=abc', nowMs: at(0) })).toThrow('not a v0 signature');
    expect(() => verifySlackSignature({ ...VECTOR, timestamp: '1e9', nowMs: at(0) })).toThrow(
      'not a number of seconds',
    );
  });
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Slack in HTTP mode, against a loopback Slack', () => {
  it('answers a signed slash command and refuses stale, future-dated and altered ones with 401', async () => {
    h = await startHarness({ mode: 'http', ops: true });
    const { slack, platform } = h;
    slack.addChannel('C1', 'T1');
    slack.addUser('UADMIN', 'T1', { admin: true });
    const url = `http://127.0.0.1:${platform.port}/slack/events`;
    const payload = slack.commandPayload({
      team: 'T1',
      channel: 'C1',
      user: 'UADMIN',
      command: '/news',
      text: 'subscribe microsoft-openai',
    });
    // Well past the window: the exact boundary is tested above with a fixed clock, not against a second ticking over.
    const now = Math.floor(Date.now() / 1000);

    expect((await slack.postCommand(url, 'test-signing-secret', payload, { timestamp: now - 310 })).status).toBe(401);
    expect((await slack.postCommand(url, 'test-signing-secret', payload, { timestamp: now + 310 })).status).toBe(401);
    expect(
      (await slack.postCommand(url, 'test-signing-secret', payload, { tamper: (b) => b.replace('UADMIN', 'UEVIL') }))
        .status,
    ).toBe(401);
    expect((await slack.postCommand(url, 'wrong-secret', payload)).status).toBe(401);
    expect(slack.responses).toHaveLength(0);
    expect(h.log.lines.join('')).toContain('Slack request refused');

    const ok = await slack.postCommand(url, 'test-signing-secret', payload);
    expect(ok.status).toBe(200);
    const [answer] = await slack.waitForResponses(payload.response_url!, 1);
    expect(answer).toMatchObject({
      response_type: 'in_channel',
      text: 'This channel now gets alerts about Microsoft / OpenAI.',
    });
    // Skew within the window either way is fine.
    const p2 = slack.commandPayload({ team: 'T1', channel: 'C1', user: 'UADMIN', command: '/news', text: 'list' });
    expect((await slack.postCommand(url, 'test-signing-secret', p2, { timestamp: now - 240 })).status).toBe(200);
    expect((await slack.waitForResponses(p2.response_url!, 1))[0].text).toBe('Subscriptions (1)');
    const health = await fetch(`http://127.0.0.1:${platform.port}/healthz`);
    expect(health.status).toBe(200);
    // The operators' endpoints share Slack's port in HTTP mode.
    expect((await fetch(`http://127.0.0.1:${platform.port}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${platform.port}/metrics`)).text();
    expect(metrics).toMatch(/^# HELP newsbot_polls_total /m);
    expect(metrics).toMatch(/^newsbot_sources\{health="ok"\} \d+$/m);
  });
});
