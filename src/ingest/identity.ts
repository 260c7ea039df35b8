import type { ParsedItem } from '../sources/item.ts';

export type IdentityMode = 'guid' | 'link' | 'hash';

function allDistinct(values: (string | null)[]): boolean {
  if (values.some((v) => !v)) return false;
  return new Set(values).size === values.length;
}

/**
 * The identity rule, per source (after miniflux): the guid when every entry has one and no
 * two entries share it; else the link when that is present and distinct (and not just the
 * site's home page); else a hash of title and summary. A mode chosen earlier sticks while
 * the document still supports it, so the choice does not flap between polls.
 */
export function chooseIdentity(
  items: ParsedItem[],
  feedLink: string | null,
  previous: IdentityMode | null,
): IdentityMode {
  const guidOk = items.length > 0 && allDistinct(items.map((i) => i.guid));
  const links = items.map((i) => i.url);
  const linkOk = items.length > 0 && allDistinct(links) && !links.includes(feedLink);
  const ok: Record<IdentityMode, boolean> = { guid: guidOk, link: linkOk, hash: true };
  if (previous && ok[previous]) return previous;
  // A source once demoted from guid (its guids changed under stable links) is not promoted back.
  if (previous === 'link' && !linkOk) return 'hash';
  return guidOk ? 'guid' : linkOk ? 'link' : 'hash';
}

export function identityKey(item: ParsedItem, mode: IdentityMode, hash: string): string {
  if (mode === 'guid' && item.guid) return `g:${item.guid}`;
  if (mode !== 'hash' && item.url) return `l:${item.url}`;
  return `h:${hash}`;
}
