// Where the practice's data lives. `KBZ_DATA_DIR` serves development and the Electron test suite; an
// installed app ignores it, so no environment variable can point it at another folder (a copy of
// another practice's data, a network share) behind the user's back.
export interface DataDirInputs {
  isPackaged: boolean;
  envDataDir: string | undefined;
  userDataDir: string;
}

export function chooseDataDir({ isPackaged, envDataDir, userDataDir }: DataDirInputs): string {
  if (isPackaged || envDataDir === undefined || envDataDir.trim() === '') return userDataDir;
  return envDataDir;
}
