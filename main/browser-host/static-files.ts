// The built renderer's files: only regular files whose real path (links followed) lies inside the folder,
// so a link inside it to a database or any other file outside is not served.
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { translateNl } from '../services/translate';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The real path of the file `path` names inside `rendererDir`, or null when it is not a file inside it. */
export async function resolveStaticFile(rendererDir: string, path: string): Promise<string | null> {
  try {
    const root = await realpath(rendererDir);
    const named = resolve(root, `.${path}`);
    if (!isInside(root, named)) return null;
    const real = await realpath(named);
    return isInside(root, real) ? real : null;
  } catch {
    return null;
  }
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  // O_NOFOLLOW: a link put in place after the check above is not followed either (0 where the OS lacks it).
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch(() => null);
  if (!handle) return null;
  try {
    return (await handle.stat()).isFile() ? await handle.readFile() : null;
  } finally {
    await handle.close();
  }
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(translateNl('errors.notFound'));
}

/** `path` is the decoded path of the request (see request-target.ts). */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, path: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  const wanted = path === '/' ? '/index.html' : path;
  const file = await resolveStaticFile(rendererDir, wanted);
  const data = file === null ? null : await readRegularFile(file);
  if (file === null || data === null) return notFound(res);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    // Vite names every asset after its content: it never changes under that name. The page itself is always fresh.
    'cache-control': wanted.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : data);
}
