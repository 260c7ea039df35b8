/**
 * Feeds arrive in every encoding (the corpus has koi8-r, windows-1252, utf-16...). The
 * order of evidence follows the XML spec: byte-order mark, then the HTTP charset, then the
 * XML declaration, then UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): string {
  let label: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  if (!label && contentType) label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) {
    const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
    label = /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // unknown label: UTF-8 with replacement characters
  }
}
