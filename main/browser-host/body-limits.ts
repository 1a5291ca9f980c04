// How large a request body each channel may send. Most inputs are a few KB; the intake draft holds a
// whole 4D map; only `import.preview` carries a file (base64). Bodies over the cap are answered 413
// before they are read.
import type { ChannelName } from '../../contract/channel-names';
import { MAX_BASE64 } from '../../contract/schemas/import';

export const SMALL_BODY_BYTES = 256 * 1024;
/** The largest valid draft is about 110,000 characters of text: 330 KB when every one takes 3 bytes. */
export const DRAFT_BODY_BYTES = 1024 * 1024;
/** The file's base64 at its schema's maximum, and room for the rest of the input. */
export const FILE_BODY_BYTES = MAX_BASE64 + 64 * 1024;

const LARGER_BODIES: Partial<Record<ChannelName, number>> = {
  'import.preview': FILE_BODY_BYTES,
  'intakes.saveDraft': DRAFT_BODY_BYTES,
};

export function bodyLimitFor(channel: ChannelName): number {
  return LARGER_BODIES[channel] ?? SMALL_BODY_BYTES;
}

/** The channels whose input is a file: a body too large for them is a file too large to import. */
export function carriesFile(channel: ChannelName): boolean {
  return bodyLimitFor(channel) === FILE_BODY_BYTES;
}
