// The handler process as a separate Node process (child_process.fork), behind the same port as the
// worker thread and Electron's utility process. The crash test uses it: a process can be killed with
// SIGKILL mid-write as an OS, a power cut or the task manager would, a thread cannot.
import { fork } from 'node:child_process';
import type { HostSidePort } from '../../main/handler-process/protocol';

const ENTRY = new URL('../../main/handler-process/worker-entry.ts', import.meta.url);

export function startChildProcess(): HostSidePort & { pid: number } {
  const child = fork(ENTRY, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    pid: child.pid ?? -1,
    post: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code, signal) => listener(code ?? (signal ? 128 + 9 : 1))),
    kill: () => void child.kill('SIGKILL'),
  };
}
