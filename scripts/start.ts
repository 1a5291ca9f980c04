// `npm start`: the desktop app when Electron's binary is installed, else the same app in a browser.
import { spawn } from 'node:child_process';
import { installedElectronBinary } from './electron-binary';

const binary = installedElectronBinary();
if (!binary) console.log('Electron is not installed on this machine (offline install): starting the browser host instead.');
const child = binary
  ? spawn(binary, ['.'], { stdio: 'inherit' })
  : spawn(process.execPath, ['--import', 'tsx', 'main/browser-host/cli.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
