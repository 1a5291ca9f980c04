import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../../db/settings';
import { DEMO_SETTING } from '../demo/demo-mark';
import { call, callOk, dutch, testEnv, type TestEnv } from '../testing/test-env';

/** A host that can switch: it records what it was asked. */
function withSwitchingHost(env: TestEnv): string[] {
  const asked: string[] = [];
  env.platform = { ...env.platform, openDemo: () => asked.push('openDemo'), closeDemo: () => asked.push('closeDemo') };
  return asked;
}

function markAsDemo(env: TestEnv): void {
  writeSetting({ db: env.store.writer, clock: env.clock }, DEMO_SETTING, '1');
}

describe('into the demo practice and back', () => {
  it('opens the demo from the first start, before anyone signs in: the host is asked to switch', () => {
    const env = testEnv({ signedIn: false });
    const asked = withSwitchingHost(env);
    expect(callOk(env, 'session.status', {})).toMatchObject({ setupNeeded: true, demo: false });
    expect(callOk(env, 'setup.openDemo', {})).toEqual({ switching: true });
    expect(asked).toEqual(['openDemo']);
  });

  it('refuses to open the demo from within the demo, in Dutch, and asks the host nothing', () => {
    const env = testEnv({ signedIn: false });
    const asked = withSwitchingHost(env);
    markAsDemo(env);
    const r = call(env, 'setup.openDemo', {});
    expect(r).toEqual({ ok: false, error: { code: 'conflict', key: 'errors.alreadyDemo' } });
    expect(!r.ok && dutch(r.error)).toMatch(/al de voorbeeldpraktijk/);
    expect(asked).toEqual([]);
  });

  it('closes the demo, from its banner, signed in or not', () => {
    const env = testEnv();
    const asked = withSwitchingHost(env);
    markAsDemo(env);
    expect(callOk(env, 'setup.closeDemo', {})).toEqual({ switching: true });
    expect(callOk({ ...env, token: null }, 'setup.closeDemo', {})).toEqual({ switching: true });
    expect(asked).toEqual(['closeDemo', 'closeDemo']);
  });

  it('refuses to close the demo in the practice itself, and asks the host nothing', () => {
    const env = testEnv();
    const asked = withSwitchingHost(env);
    const r = call(env, 'setup.closeDemo', {});
    expect(r).toEqual({ ok: false, error: { code: 'conflict', key: 'errors.notDemo' } });
    expect(!r.ok && dutch(r.error)).toMatch(/eigen praktijk/);
    expect(asked).toEqual([]);
  });

  it('answers unsupported, in Dutch, where the host cannot switch', () => {
    const env = testEnv({ signedIn: false });
    const r = call(env, 'setup.openDemo', {});
    expect(r).toEqual({ ok: false, error: { code: 'unsupported', key: 'errors.demoUnsupported' } });
    expect(!r.ok && dutch(r.error)).toMatch(/niet wisselen/);
    markAsDemo(env);
    expect(call(env, 'setup.closeDemo', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('refuses any input but an empty object and asks the host nothing', () => {
    const env = testEnv({ signedIn: false });
    const asked = withSwitchingHost(env);
    expect(call(env, 'setup.openDemo', { folder: '/tmp/elders' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(asked).toEqual([]);
  });
});
