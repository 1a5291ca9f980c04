import { describe, expect, it } from 'vitest';
import { chooseDataDir } from './data-dir';

const userDataDir = '/home/assistent/.config/KBZ Werkplek';

describe('chooseDataDir', () => {
  it('ignores KBZ_DATA_DIR in an installed app', () => {
    expect(chooseDataDir({ isPackaged: true, envDataDir: '/mnt/share/other-practice', userDataDir })).toBe(userDataDir);
  });

  it('honours KBZ_DATA_DIR in a development build', () => {
    expect(chooseDataDir({ isPackaged: false, envDataDir: '/tmp/kbz-e2e-1', userDataDir })).toBe('/tmp/kbz-e2e-1');
  });

  it('uses the app-data folder when KBZ_DATA_DIR is unset or blank', () => {
    expect(chooseDataDir({ isPackaged: false, envDataDir: undefined, userDataDir })).toBe(userDataDir);
    expect(chooseDataDir({ isPackaged: false, envDataDir: '  ', userDataDir })).toBe(userDataDir);
    expect(chooseDataDir({ isPackaged: true, envDataDir: undefined, userDataDir })).toBe(userDataDir);
  });
});
