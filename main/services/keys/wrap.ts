// Wrapping the data key: AES-256-GCM under a key-encryption key, with what the wrap is for as
// associated data (a wrap cannot be moved to another purpose), and scrypt to derive that key from the
// recovery code.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback, scryptSync, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(4096);

export const sealedSchema = z.object({ iv: base64, tag: base64, data: base64 });
export type Sealed = z.infer<typeof sealedSchema>;

export function seal(kek: Buffer, plain: Buffer, purpose: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
}

/** The plain bytes, or null when the key-encryption key (or the purpose) is not the one it was sealed with. */
export function unseal(kek: Buffer, sealed: Sealed, purpose: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(Buffer.from(purpose, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** scrypt's cost, kept in keys.json so a later version can raise it for new wraps and still read old ones. */
export const scryptParamsSchema = z.object({
  N: z.number().int().min(2 ** 14).max(2 ** 20),
  r: z.number().int().min(8).max(32),
  p: z.number().int().min(1).max(4),
  salt: base64,
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

/** 32 MB and about 100 ms here: the 140 random bits of the code carry its strength, scrypt only adds to it. */
export function newScryptParams(): ScryptParams {
  return { N: 2 ** 15, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

function scryptOptions(params: ScryptParams): ScryptOptions {
  return { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
}

/** The same as deriveKek, blocking (about 100 ms): for the handler process, whose calls run one at a time. */
export function deriveKekSync(secret: string, params: ScryptParams): Buffer {
  return scryptSync(secret.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, scryptOptions(params));
}

export function deriveKek(secret: string, params: ScryptParams): Promise<Buffer> {
  const options = scryptOptions(params);
  return new Promise((resolve, reject) =>
    scryptCallback(secret.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}
