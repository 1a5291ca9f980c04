// The crash test: start the handler process, write from every side, kill it (SIGKILL) at a random
// moment, start it again, check the database against what was acknowledged. Repeat.
import { join } from 'node:path';
import { startHandlerClient, type HandlerClient } from '../../main/handler-process/client';
import { startChildProcess } from './child-process';
import { addTestAccount, signInThrough, withSession, workerConfig } from '../../main/handler-process/testing';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { DATABASE_FILE } from '../../main/services/open-store';
import { seededRandom } from '../../main/services/demo/fake-practice';
import { checkAfterCrash } from './check';
import { emptyLedger } from './ledger';
import { createSubjects, runWorkload, type Subjects } from './workload';

export interface CrashFigures {
  cycles: number;
  acknowledged: number;
  lost: number;
  problems: string[];
}

/** Starts the process and signs in (each new process has no sessions): the workload calls as a GP. */
async function startProcess(dataDir: string, staffId: string, onGone: () => void): Promise<{ client: HandlerClient; pid: number }> {
  const port = startChildProcess();
  const client = await startHandlerClient(port, workerConfig(dataDir), { platform: {}, onUnexpectedExit: onGone });
  return { client: withSession(client, await signInThrough(client, staffId)), pid: port.pid };
}

export async function runCrashCycles(options: { dataDir: string; cycles: number; seed: number; maxRunMs?: number; onCycle?: (figures: CrashFigures) => void }): Promise<CrashFigures> {
  const random = seededRandom(options.seed);
  const ledger = emptyLedger();
  const file = join(options.dataDir, DATABASE_FILE);
  const figures: CrashFigures = { cycles: 0, acknowledged: 0, lost: 0, problems: [] };
  let alive = true;
  const staffId = addTestAccount(options.dataDir);
  let running = await startProcess(options.dataDir, staffId, () => (alive = false));
  const subjects: Subjects = await createSubjects(running.client, ledger);
  for (let cycle = 0; cycle < options.cycles; cycle++) {
    const work = runWorkload(running.client, ledger, subjects, String(cycle), random, () => alive);
    // Kill at a random moment: from the first writes to the middle of an import.
    await new Promise((resolve) => setTimeout(resolve, 20 + random() * (options.maxRunMs ?? 1500)));
    process.kill(running.pid, 'SIGKILL');
    await work;
    // Start again (SQLite recovers the WAL on opening), then check what the new process sees.
    alive = true;
    running = await startProcess(options.dataDir, staffId, () => (alive = false));
    const result = checkAfterCrash(file, TEST_DATA_KEY, ledger);
    figures.cycles++;
    figures.lost += result.lost;
    figures.problems.push(...result.problems.map((p) => `cycle ${cycle}: ${p}`));
    options.onCycle?.({ ...figures, acknowledged: ledger.acknowledged });
  }
  await running.client.close();
  figures.acknowledged = ledger.acknowledged;
  return figures;
}
