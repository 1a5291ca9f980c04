// Accept IPC only from our own main frame, loaded from our own files.
export interface SenderFrame {
  url: string;
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrame | null | undefined, trustedUrlPrefix: string): boolean {
  if (!frame || frame.parent !== null) return false;
  const folder = trustedUrlPrefix.endsWith('/') ? trustedUrlPrefix : `${trustedUrlPrefix}/`;
  return frame.url.startsWith(folder);
}
