import crypto from 'node:crypto';

/**
 * SHA-256 in hex. `crypto.hash` (Node 20.12+: one call, no Hash object) is about twice as fast
 * as `createHash` for short inputs, and a cold poll hashes each of its 40,000 items; older
 * Node 20 releases get `createHash`.
 */
const sha256: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** Short, stable ids: the same inputs give the same id on every run and every machine. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}${sha256(parts.join('\u0000')).slice(0, 20)}`;
}

export function sha256Hex(text: string): string {
  return sha256(text);
}
