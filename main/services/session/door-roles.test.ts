// Every channel × every role (with and without beheerder) through the one door: refused as `forbidden`
// exactly where the contract's table says no, whatever the UI shows.
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../contract/channel-names';
import { mayCall } from '../../../contract/permissions';
import { STAFF_ROLES } from '../../../contract/schemas/staff';
import { seedValidInputs } from '../fuzz/valid-inputs';
import { createHandlerTable } from '../handlers';
import { invokeChannel } from '../invoke';
import { signInAs, testEnv } from '../testing/test-env';

const table = createHandlerTable();

describe('the role table, enforced in the door', () => {
  for (const role of STAFF_ROLES) {
    for (const beheerder of [false, true]) {
      it(`${role}${beheerder ? ' + beheerder' : ''}: each channel allowed or refused as the table says`, () => {
        const env = testEnv();
        const valid = seedValidInputs(env);
        const staffId = signInAs(env, role, { beheerder });
        const wrong: string[] = [];
        for (const channel of CHANNEL_NAMES) {
          // A fresh session per call: signing out or locking must not change the next channel's answer.
          const token = env.sessions.open(staffId, Date.parse(env.clock.now()));
          const r = invokeChannel(table, env, channel, valid[channel], token);
          const refused = !r.ok && r.error.code === 'forbidden';
          if (refused === mayCall({ role, beheerder }, channel)) wrong.push(channel);
          if (!r.ok) expect(r.error.code).not.toBe('internal');
        }
        expect(wrong).toEqual([]);
      });
    }
  }
});
