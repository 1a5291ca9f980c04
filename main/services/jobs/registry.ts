// Long jobs (an import preview today; exports and backups later) by id, so they can be found and cancelled.
import { uuidV7 } from '../../../db/ids';

export interface Job {
  readonly id: string;
  /** Stops the work and drops what the job holds (file contents, plans). Called once, by the registry. */
  stop(): void;
}

export class JobRegistry {
  readonly #jobs = new Map<string, Job>();

  newId(): string {
    return uuidV7();
  }

  add(job: Job): void {
    this.#jobs.set(job.id, job);
  }

  /** The job with this id when it is of the kind asked for. */
  find<J extends Job>(id: string, kind: abstract new (...args: never[]) => J): J | null {
    const job = this.#jobs.get(id);
    return job instanceof kind ? job : null;
  }

  all(): Job[] {
    return [...this.#jobs.values()];
  }

  /** Stops and forgets a job; false when there is none with this id. */
  cancel(id: string): boolean {
    const job = this.#jobs.get(id);
    if (!job) return false;
    this.#jobs.delete(id);
    job.stop();
    return true;
  }

  cancelAll(): void {
    for (const id of [...this.#jobs.keys()]) this.cancel(id);
  }

  /** Forgets a job that ended by itself (its work is done and its result taken). */
  remove(id: string): void {
    this.#jobs.delete(id);
  }
}
