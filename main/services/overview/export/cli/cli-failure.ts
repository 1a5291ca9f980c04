// A failure of `npm run overview`, as a locale key and values (never patient data): printed in Dutch.
import { translateNl } from '../../../translate';

export class CliFailure extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(translateNl(key, values));
    this.name = 'CliFailure';
  }
}
