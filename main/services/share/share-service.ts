// The sender: sends what waits in the outbox to the export folder, one file after another, through the
// ShareRunner (a child process per job in the app). It runs at start, every 15 minutes and on "Opnieuw
// proberen"; a file that went is removed locally and its row marked sent; one that failed stays, with the
// reason, and the rest wait for the next turn (the share is likely down for them too). The folder test
// runs here too, so it never holds the handler process. Writes go straight to the store, outside the
// channel door, each in its own IMMEDIATE transaction.
import { existsSync, unlinkSync } from 'node:fs';
import type { Message } from '../../../contract/result';
import type { ShareTestResult } from '../../../contract/schemas/share';
import type { Store } from '../../../db/handles';
import type { Clock, IdSource } from '../../../db/ids';
import { readSetting, writeSetting } from '../../../db/settings';
import { markOutboxFailed, markOutboxSent, pruneSentOutbox, waitingOutboxFiles, type OutboxKind } from '../../../db/share-outbox';
import type { EventBus } from '../event-bus';
import { monthToExport, type MonthExportSource } from './month-trigger';
import { enqueueShareFile, outboxFilePath, shareStatus, sweepOutboxFolder } from './outbox';
import type { ShareRunner } from './runner';
import { readShareSettings, SETTING_AUTO_MONTH_DONE } from './share-settings';

export const SEND_EVERY_MS = 15 * 60_000;

export interface ShareScheduler {
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

export const realScheduler: ShareScheduler = {
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface ShareServiceDeps {
  store: Store;
  clock: Clock;
  ids: IdSource;
  events: EventBus;
  dataDir: string;
  runner: ShareRunner;
  scheduler?: ShareScheduler;
  /** The whole of one copy (default COPY_TIMEOUT_MS). */
  copyTimeoutMs?: number;
  /** Last month's export for the automatic month export; absent: the trigger does nothing. */
  monthSource?: MonthExportSource | null;
}

const SENT_KEPT_MS = 90 * 86_400_000;

export interface SendReport {
  sent: number;
  failed: number;
}

function messageOf(reason: string): Message {
  return { key: `errors.share.${reason}` };
}

export class ShareService {
  #running: Promise<SendReport> | null = null;
  #again = false;
  #stopTimer: (() => void) | null = null;
  #stopped = false;

  constructor(private readonly deps: ShareServiceDeps) {}

  /** Sweeps local files left without a row, queues last month's export when due, sends, and sets the timer. */
  async start(): Promise<SendReport> {
    sweepOutboxFolder(this.deps.store.reader, this.deps.dataDir);
    this.#stopTimer = (this.deps.scheduler ?? realScheduler).every(SEND_EVERY_MS, () => void this.turn());
    return this.turn();
  }

  stop(): void {
    this.#stopped = true;
    this.#stopTimer?.();
    this.#stopTimer = null;
  }

  /** A turn: the month trigger, then whatever waits. */
  async turn(): Promise<SendReport> {
    await this.queueMonthExport();
    return this.sendWaiting();
  }

  /** Sends soon, without waiting for the result (after a file was queued, or "Opnieuw proberen"). */
  kick(): void {
    void this.sendWaiting();
  }

  /** Sends what waits; a call while sending makes one more round after the current one. */
  sendWaiting(): Promise<SendReport> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const run = async (): Promise<SendReport> => {
      const total: SendReport = { sent: 0, failed: 0 };
      do {
        this.#again = false;
        const r = await this.#sendRound();
        total.sent += r.sent;
        total.failed += r.failed;
      } while (this.#again && !this.#stopped);
      return total;
    };
    this.#running = run().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #sendRound(): Promise<SendReport> {
    const report: SendReport = { sent: 0, failed: 0 };
    const { store, clock, dataDir, runner } = this.deps;
    const { folder } = readShareSettings(store.reader);
    if (folder === '' || this.#stopped) return report;
    // What was sent is remembered for 90 days (the last one always).
    store.writer.transaction(() => pruneSentOutbox(store.writer, new Date(Date.parse(clock.now()) - SENT_KEPT_MS).toISOString())).immediate();
    for (const row of waitingOutboxFiles(store.reader)) {
      if (this.#stopped) break;
      const sourcePath = outboxFilePath(dataDir, row.id);
      const outcome = existsSync(sourcePath)
        ? await runner.copy({ folder, fileName: row.fileName, sourcePath, sha256: row.sha256, ...(this.deps.copyTimeoutMs ? { timeoutMs: this.deps.copyTimeoutMs } : {}) })
        : ({ ok: false, reason: 'localMissing' } as const);
      if (outcome.ok) {
        store.writer.transaction(() => markOutboxSent(store.writer, row.id, outcome.name, clock.now())).immediate();
        try {
          unlinkSync(sourcePath);
        } catch {
          // gone already; the row says it was sent, the sweep at the next start removes a leftover
        }
        report.sent++;
      } else {
        store.writer.transaction(() => markOutboxFailed(store.writer, row.id, messageOf(outcome.reason), clock.now())).immediate();
        report.failed++;
        // Told before the loop may stop: the top bar shows why the file waits.
        this.#announce();
        // The share is likely down for the others too; they wait for the next turn.
        if (outcome.reason !== 'localMissing' && outcome.reason !== 'badName') break;
        continue;
      }
      this.#announce();
    }
    return report;
  }

  /** Queues last month's export when due and remembers the month; a producer that fails is tried at the next turn. */
  async queueMonthExport(): Promise<string | null> {
    const source = this.deps.monthSource;
    if (!source || this.#stopped) return null;
    const { store, clock } = this.deps;
    const settings = readShareSettings(store.reader);
    const month = monthToExport({ ...settings, doneMonth: readSetting(store.reader, SETTING_AUTO_MONTH_DONE), nowIso: clock.now() });
    if (!month) return null;
    let files;
    try {
      const produced = await source.produce(month, { suppressBelow: settings.suppressBelow });
      files = Array.isArray(produced) ? produced : [produced];
    } catch (err) {
      console.error(`[kbz] automatic month export failed: ${err instanceof Error ? err.name : typeof err}`);
      return null;
    }
    store.writer
      .transaction(() => {
        // Checked again inside the transaction: another turn may have queued it meanwhile.
        if (readSetting(store.writer, SETTING_AUTO_MONTH_DONE) === month) return;
        for (const f of files) enqueueShareFile({ db: store.writer, clock, ids: this.deps.ids, dataDir: this.deps.dataDir }, { kind: 'export', ...f });
        writeSetting({ db: store.writer, clock }, SETTING_AUTO_MONTH_DONE, month);
      })
      .immediate();
    this.#announce();
    return month;
  }

  /**
   * Queues a file made by the app (an export, a backup) for the network drive and sends soon; false when no
   * folder is set (nothing is queued: there is nowhere to send it).
   */
  enqueue(file: { kind: OutboxKind; fileName: string; data: Uint8Array }): boolean {
    const { store, clock } = this.deps;
    if (readShareSettings(store.reader).folder === '') return false;
    store.writer.transaction(() => enqueueShareFile({ db: store.writer, clock, ids: this.deps.ids, dataDir: this.deps.dataDir }, file)).immediate();
    this.#announce();
    this.kick();
    return true;
  }

  /** Tests `folder` (write, read back, remove) off the request path; the answer comes as a `share.tested` event. */
  testFolder(folder: string): string {
    const jobId = this.deps.ids.next();
    void this.deps.runner.probe(folder).then((outcome) => {
      const result: ShareTestResult = outcome.ok ? { ok: true, ms: outcome.ms, freeBytes: outcome.freeBytes } : { ok: false, error: messageOf(outcome.reason) };
      this.deps.events.emit({ type: 'share.tested', jobId, result });
    });
    return jobId;
  }

  /** Tells the renderers what waits now. */
  #announce(): void {
    this.deps.events.emit({ type: 'share.changed', status: shareStatus(this.deps.store.reader) });
  }

  announce(): void {
    this.#announce();
  }
}
