// The line the browser host prints when it runs: where its data lives and the address to open.
// e2e/browser-host.ts reads the address from it (`open http://127.0.0.1:PORT/#token=...`).
export function startLine(dataDir: string, port: number, token: string): string {
  return `KBZ Werkplek (browser host) is running with data folder "${dataDir}": open http://127.0.0.1:${port}/#token=${token}`;
}
