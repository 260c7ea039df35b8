import crypto from 'node:crypto';

export interface SlackRequestToVerify {
  signingSecret: string;
  /** The raw body, exactly as received. */
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
  /** Now, in milliseconds: the clock is a parameter so the window can be tested. */
  nowMs: number;
  /** How far the request's time may be from ours, either way (Slack: 5 minutes). */
  maxSkewSeconds?: number;
}

const PREFIX = 'newsbot/slack-signature';

/**
 * Checks that a request comes from Slack (https://api.slack.com/authentication/verifying-requests-from-slack).
 * Throws an error whose message starts with `newsbot/slack-signature:` and says which check
 * failed; returns nothing when the request is genuine.
 *
 * Bolt's own check rejects stale requests only; this one also rejects requests dated in the
 * future, so a captured request cannot be signed ahead and replayed later.
 */
export function verifySlackSignature(req: SlackRequestToVerify): void {
  const maxSkew = req.maxSkewSeconds ?? 300;
  // 1. Both headers are present and well formed.
  if (!req.signature || !req.timestamp)
    throw new Error(`${PREFIX}: the x-slack-signature and x-slack-request-timestamp headers are required`);
  if (!/^\d{1,12}$/.test(req.timestamp))
    throw new Error(`${PREFIX}: x-slack-request-timestamp is not a number of seconds`);
  const [version, hash] = req.signature.split('=', 2);
  if (version !== 'v0' || !hash || !/^[0-9a-f]{64}$/.test(hash))
    throw new Error(`${PREFIX}: x-slack-signature is not a v0 signature`);
  // 2. The request is recent: within the window, in the past or in the future.
  const skew = Math.floor(req.nowMs / 1000) - Number(req.timestamp);
  if (skew > maxSkew) throw new Error(`${PREFIX}: the request is stale (${skew}s old; at most ${maxSkew}s)`);
  if (skew < -maxSkew) throw new Error(`${PREFIX}: the request is dated ${-skew}s in the future (at most ${maxSkew}s)`);
  // 3. The signature is the HMAC of version, timestamp and body, compared in constant time.
  const expected = crypto.createHmac('sha256', req.signingSecret).update(`v0:${req.timestamp}:${req.body}`).digest();
  if (!crypto.timingSafeEqual(expected, Buffer.from(hash, 'hex')))
    throw new Error(`${PREFIX}: the signature does not match`);
}

/** Signs a request the way Slack does (the test fakes use it). */
export function signSlackRequest(signingSecret: string, timestamp: number | string, body: string): string {
  return `v0=${crypto.createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}
