// Command-line and environment options of the browser host.
import { randomBytes } from 'node:crypto';
import { defaultDataDir } from '../services/data-dir';

export const DEFAULT_PORT = 5199;

export interface HostOptions {
  dataDir: string;
  port: number;
  token: string;
}

export function parseHostOptions(argv: string[], env: NodeJS.ProcessEnv): HostOptions {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i >= 0) return argv[i + 1];
    const inline = argv.find((a) => a.startsWith(`--${name}=`));
    return inline?.slice(name.length + 3);
  };
  // A fixed default keeps the page's origin, and so its unsaved-draft backups, across restarts.
  const portText = flag('port') ?? env.KBZ_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (got "${portText}")`);
  }
  const token = flag('token') ?? env.KBZ_TOKEN ?? randomBytes(24).toString('hex');
  if (token.length < 16) throw new Error('--token must be at least 16 characters');
  return { dataDir: flag('data-dir') ?? env.KBZ_DATA_DIR ?? defaultDataDir(), port, token };
}
