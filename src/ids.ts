import { createHash } from 'node:crypto';

/** Short, stable ids: the same inputs give the same id on every run and every machine. */
export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20)}`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
