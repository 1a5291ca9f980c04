import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFolderOf } from './demo-folder';

describe('the demo folder', () => {
  it('is a sibling of the practice folder, whatever the trailing separators', () => {
    expect(demoFolderOf('/home/anna/.config/KBZ Werkplek', path.posix)).toBe('/home/anna/.config/KBZ Werkplek-voorbeeldpraktijk');
    expect(demoFolderOf('/home/anna/.config/KBZ Werkplek/', path.posix)).toBe('/home/anna/.config/KBZ Werkplek-voorbeeldpraktijk');
    expect(demoFolderOf('/data//praktijk/./', path.posix)).toBe('/data/praktijk-voorbeeldpraktijk');
    expect(demoFolderOf('praktijk', path.posix)).toBe('praktijk-voorbeeldpraktijk');
  });

  it('follows Windows path rules on Windows', () => {
    expect(demoFolderOf('C:\\Users\\anna\\AppData\\Roaming\\KBZ Werkplek\\', path.win32)).toBe('C:\\Users\\anna\\AppData\\Roaming\\KBZ Werkplek-voorbeeldpraktijk');
  });

  it('refuses a root folder, which has no sibling, in Dutch', () => {
    expect(() => demoFolderOf('/', path.posix)).toThrow(/voorbeeldpraktijk kan niet naast/);
    expect(() => demoFolderOf('C:\\', path.win32)).toThrow(/voorbeeldpraktijk kan niet naast/);
    expect(() => demoFolderOf('.', path.posix)).toThrow(/voorbeeldpraktijk kan niet naast/);
  });
});
