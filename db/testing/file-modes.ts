// For tests of file modes: POSIX modes mean nothing on Windows, where those tests skip and say why.
import { statSync } from 'node:fs';

export const modesApply = process.platform !== 'win32';

export function skipReasonOnWindows(what: string): void {
  // A skipped test prints its reason (the project's rule): Windows keeps the data private through the user's profile.
  if (!modesApply) console.log(`skipped: ${what} (POSIX file modes do not apply on Windows; the user's profile keeps the data private)`);
}

export const modeOf = (path: string): number => statSync(path).mode & 0o777;
