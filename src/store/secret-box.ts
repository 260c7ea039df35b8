import crypto from 'node:crypto';
import { NewsbotError } from '../errors.ts';

/**
 * Seals secrets (OAuth tokens) before they reach the store: AES-256-GCM with a key derived
 * from NEWSBOT_SECRET_KEY by HKDF, a fresh nonce per value, and the record id as associated
 * data, so a sealed value copied onto another row does not open.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) {
      throw new NewsbotError(
        'newsbot/bad-config',
        'NEWSBOT_SECRET_KEY must be at least 32 characters; generate one with: openssl rand -base64 32',
      );
    }
    this.key = Buffer.from(crypto.hkdfSync('sha256', secret, 'newsbot', 'newsbot secret box v1', 32));
  }

  seal(plain: string, recordId: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(recordId));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join(
      '.',
    );
  }

  open(sealed: string, recordId: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined)
      throw new NewsbotError('newsbot/bad-config', 'a stored secret is not in a format this version can read');
    try {
      const decipher = crypto.createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(recordId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new NewsbotError(
        'newsbot/bad-config',
        'a stored secret does not open with NEWSBOT_SECRET_KEY: the key changed, or the store was tampered with',
      );
    }
  }
}
