// keys.json in the data folder: the data key wrapped for this computer (and perhaps others) and by the
// recovery code, never the key itself. It travels with the folder: a copy of the database without it
// can only be opened by whoever still has the key. Written whole to a temporary file, then renamed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writePrivateFileAtomically } from '../../../db/private-files';
import { KeyStoreError } from './key-store-error';
import { scryptParamsSchema, sealedSchema } from './wrap';

export const KEYS_FILE = 'keys.json';

const instant = z.iso.datetime();

export const keysFileSchema = z.object({
  format: z.literal(1),
  cipher: z.literal('sqlcipher-4'),
  /** A fingerprint of the data key (HMAC), so a wrong unwrap is told from the right one before the database is touched. */
  keyCheck: z.string().regex(/^[0-9a-f]{32}$/),
  /** One wrap per kind of protector (the OS key store of this computer; the browser host's stand-in). */
  platforms: z
    .array(z.object({ kind: z.string().regex(/^[a-z][a-z-]{0,39}$/), wrapped: z.string().min(1).max(8192) }))
    .max(8),
  recovery: z.object({
    kdf: z.literal('scrypt'),
    params: scryptParamsSchema,
    sealed: sealedSchema,
    createdAt: instant,
    /** When someone confirmed having written the code down; null until then (the first-start wizard asks). */
    confirmedAt: instant.nullable(),
  }),
});
export type KeysFile = z.infer<typeof keysFileSchema>;

const pathOf = (dataDir: string) => join(dataDir, KEYS_FILE);

/** The folder's keys, or null when it has none yet; a file that cannot be read or understood is refused. */
export function readKeysFile(dataDir: string): KeysFile | null {
  let text: string;
  try {
    text = readFileSync(pathOf(dataDir), 'utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw new KeyStoreError('errors.keysFileDamaged');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyStoreError('errors.keysFileDamaged');
  }
  const checked = keysFileSchema.safeParse(parsed);
  if (!checked.success) throw new KeyStoreError('errors.keysFileDamaged');
  return checked.data;
}

export function writeKeysFile(dataDir: string, keys: KeysFile): void {
  writePrivateFileAtomically(pathOf(dataDir), `${JSON.stringify(keysFileSchema.parse(keys), null, 2)}\n`);
}
