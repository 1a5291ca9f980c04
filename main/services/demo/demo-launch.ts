// The desktop app's way into the demo practice and back: it restarts itself with (or without) one
// argument, and at start that argument makes it open the demo folder beside the practice's. The
// argument carries no path: the demo is always the sibling of the folder the app would open anyway.
import { demoFolderOf } from './demo-folder';

export const DEMO_ARGUMENT = '--voorbeeldpraktijk';

export interface LaunchFolder {
  dir: string;
  /** The demo practice's folder: the handler process seeds it when empty. */
  demo: boolean;
}

/** `argv`: the process's arguments as Electron gives them (process.argv). */
export function isDemoLaunch(argv: readonly string[]): boolean {
  return argv.includes(DEMO_ARGUMENT);
}

/** The folder this run opens: the practice's own, or with the demo argument the demo's beside it. */
export function launchFolder(practiceDir: string, argv: readonly string[]): LaunchFolder {
  return isDemoLaunch(argv) ? { dir: demoFolderOf(practiceDir), demo: true } : { dir: practiceDir, demo: false };
}

/** The arguments for the restart (app.relaunch's `args`): the current ones, with the demo argument or without it. */
export function relaunchArguments(currentArgs: readonly string[], demo: boolean): string[] {
  const rest = currentArgs.filter((a) => a !== DEMO_ARGUMENT);
  return demo ? [...rest, DEMO_ARGUMENT] : rest;
}
