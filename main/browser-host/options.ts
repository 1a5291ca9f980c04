// Command-line and environment options of the browser host.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultDataDir } from '../services/data-dir';

export const DEFAULT_PORT = 5199;
export const MIN_TOKEN_LENGTH = 16;
/** The page takes the token from its address (`#token=...`) with exactly these characters. */
const TOKEN_CHARACTERS = /^[A-Za-z0-9_-]+$/;

export interface HostOptions {
  dataDir: string;
  port: number;
  token: string;
}

export type ReadTextFile = (path: string) => string;

function tokenFromFile(path: string, source: string, readFile: ReadTextFile): string {
  let text: string;
  try {
    text = readFile(path);
  } catch (err) {
    throw new Error(`${source}: cannot read "${path}" (${(err as { code?: string }).code ?? 'unreadable'})`, { cause: err });
  }
  // Editors and `echo` end the file with a newline; it is not part of the token.
  const token = text.replace(/[\r\n]+$/, '');
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`${source}: the token in "${path}" must be at least ${MIN_TOKEN_LENGTH} characters (it has ${token.length})`);
  }
  return token;
}

/**
 * The token, first found of: `--token`, `--token-file`, `KBZ_TOKEN`, `KBZ_TOKEN_FILE`; else a random one.
 * A file or the variable keeps it out of the command line, which every local user can read.
 */
function chooseToken(flag: (name: string) => string | undefined, env: NodeJS.ProcessEnv, readFile: ReadTextFile): { token: string; source: string } {
  const given = flag('token');
  const file = flag('token-file');
  if (given !== undefined && file !== undefined) throw new Error('give either --token or --token-file, not both');
  if (given !== undefined) return { token: given, source: '--token' };
  if (file !== undefined) return { token: tokenFromFile(file, '--token-file', readFile), source: '--token-file' };
  if (env.KBZ_TOKEN !== undefined) return { token: env.KBZ_TOKEN, source: 'KBZ_TOKEN' };
  if (env.KBZ_TOKEN_FILE !== undefined) return { token: tokenFromFile(env.KBZ_TOKEN_FILE, 'KBZ_TOKEN_FILE', readFile), source: 'KBZ_TOKEN_FILE' };
  return { token: randomBytes(24).toString('hex'), source: 'random' };
}

export function parseHostOptions(argv: string[], env: NodeJS.ProcessEnv, readFile: ReadTextFile = (path) => readFileSync(path, 'utf8')): HostOptions {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const inline = argv.find((a) => a.startsWith(`--${name}=`));
    return inline?.slice(name.length + 3);
  };
  // A fixed default keeps the page's origin, and so what it keeps in localStorage (the language), across restarts.
  const portText = flag('port') ?? env.KBZ_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (got "${portText}")`);
  }
  const { token, source } = chooseToken(flag, env, readFile);
  if (token.length < MIN_TOKEN_LENGTH) throw new Error(`${source}: the token must be at least ${MIN_TOKEN_LENGTH} characters`);
  if (!TOKEN_CHARACTERS.test(token)) throw new Error(`${source}: the token may hold only letters, digits, - and _`);
  return { dataDir: flag('data-dir') ?? env.KBZ_DATA_DIR ?? defaultDataDir(), port, token };
}
