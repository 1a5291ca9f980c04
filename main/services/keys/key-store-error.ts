// A key that cannot be had: a locale key (with values that are never patient data) and its Dutch text,
// which a host shows at start-up and a later screen (the recovery key) translates itself.
import type { MessageValues } from '../../../contract/result';
import { translateNl } from '../translate';

export class KeyStoreError extends Error {
  constructor(
    readonly key: string,
    readonly values?: MessageValues,
  ) {
    super(translateNl(key, values));
    this.name = 'KeyStoreError';
  }
}
