// Every channel, a few hundred generated bad inputs each (a fixed seed): each gets a Dutch error or a
// proper answer, never `internal`; a refused call changes no row; nothing pollutes a prototype.
// `npm run fuzz` runs the same with more inputs (KBZ_FUZZ_RUNS) and a seed of its own (KBZ_FUZZ_SEED).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../contract/channel-names';
import { channels } from '../../../contract/channels';
import type { Result } from '../../../contract/result';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import { testEnv } from '../testing/test-env';
import { translateNl } from '../translate';
import { databaseDigest } from './database-digest';
import { inputsFor } from './hostile-values';
import { seedValidInputs } from './valid-inputs';

const RUNS = Number(process.env.KBZ_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.KBZ_FUZZ_SEED ?? 20261123);
const table = createHandlerTable();
/** A wrong password is counted (and kept) even though the call is refused: these may change the accounts table. */
const COUNT_WRONG_PASSWORDS: ReadonlySet<string> = new Set(['session.signIn', 'session.unlock', 'session.changePassword']);

/** What a refused call must look like: a known code (not internal) and a key that reads as Dutch. */
function expectDutchRefusal(r: Result<unknown> & { ok: false }): void {
  expect(r.error.code).not.toBe('internal');
  const text = translateNl(r.error.key, r.error.values);
  expect(text).not.toBe(r.error.key);
  expect(text).not.toMatch(/\{\{/);
  for (const field of Object.values(r.error.fields ?? {})) expect(translateNl(field.key, field.values)).not.toBe(field.key);
}

describe(`every channel, ${RUNS} generated bad inputs each (seed ${SEED})`, () => {
  for (const channel of CHANNEL_NAMES) {
    it(channel, () => {
      const env = testEnv();
      const valid = seedValidInputs(env);
      const db = env.store.writer;
      const totalChanges = () => db.prepare('SELECT total_changes()').pluck().get() as number;
      // The digest is taken again only after a call that wrote (or wrote and rolled back): cheap per call.
      const except = COUNT_WRONG_PASSWORDS.has(channel) ? ['accounts'] : [];
      const digest = () => databaseDigest(db, except);
      let known = { digest: digest(), changes: totalChanges() };
      let refused = 0;
      fc.assert(
        fc.property(inputsFor(valid[channel]), (input) => {
          // The door reads an absent input as {} (a channel without input is called without one).
          const passesSchema = channels[channel].input.safeParse(input ?? {}).success;
          const r = invokeChannel(table, env, channel, input, env.token);
          expect(typeof r.ok).toBe('boolean');
          if (!passesSchema) expect(r.ok).toBe(false);
          if (!r.ok) {
            refused++;
            expectDutchRefusal(r);
            if (totalChanges() !== known.changes) expect(digest()).toBe(known.digest);
          }
          if (totalChanges() !== known.changes) known = { digest: digest(), changes: totalChanges() };
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // The generator does its job: most inputs are bad ones.
      expect(refused).toBeGreaterThan(RUNS / 2);
    }, Math.max(120_000, RUNS * 100));
  }
});
