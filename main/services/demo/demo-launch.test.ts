import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ARGUMENT, isDemoLaunch, launchFolder, relaunchArguments } from './demo-launch';

const PRACTICE = path.join(path.sep, 'home', 'anna', '.config', 'KBZ Werkplek');

describe('the desktop app starting in the demo practice', () => {
  it('opens the practice folder without the argument and the demo folder beside it with it', () => {
    expect(launchFolder(PRACTICE, ['/opt/kbz/kbz-werkplek'])).toEqual({ dir: PRACTICE, demo: false });
    expect(launchFolder(PRACTICE, ['/opt/kbz/kbz-werkplek', DEMO_ARGUMENT])).toEqual({ dir: `${PRACTICE}-voorbeeldpraktijk`, demo: true });
    // Development: electron . --voorbeeldpraktijk
    expect(isDemoLaunch(['/usr/bin/electron', '.', '--voorbeeldpraktijk'])).toBe(true);
  });

  it('takes no folder from the command line: only the exact argument counts', () => {
    expect(isDemoLaunch(['/opt/kbz/kbz-werkplek', '--voorbeeldpraktijk=/tmp/elders'])).toBe(false);
    expect(launchFolder(PRACTICE, ['/opt/kbz/kbz-werkplek', '--voorbeeldpraktijk=/tmp/elders', '/tmp/elders'])).toEqual({ dir: PRACTICE, demo: false });
  });

  it('restarts with the same arguments, adding or removing only the demo argument (never twice)', () => {
    expect(relaunchArguments(['.'], true)).toEqual(['.', DEMO_ARGUMENT]);
    expect(relaunchArguments(['.', DEMO_ARGUMENT], true)).toEqual(['.', DEMO_ARGUMENT]);
    expect(relaunchArguments(['.', DEMO_ARGUMENT, '--inspect'], false)).toEqual(['.', '--inspect']);
    expect(relaunchArguments([], false)).toEqual([]);
  });
});
