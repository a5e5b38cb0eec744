import { Worker } from 'node:worker_threads';

export interface BackupWorkerRequest {
  /** The data file, opened by the worker with a connection of its own. */
  source: string;
  /** An empty file to copy into. */
  destination: string;
}

export type BackupWorkerReply = { ok: true } | { ok: false; message: string; code?: string };

/** The worker itself failed (its script missing or broken, or it was stopped), not the copy. */
export class BackupWorkerFault extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'BackupWorkerFault';
  }
}

export interface CopyInWorker {
  /** Resolves once the copy is complete; rejects with SQLite's or Node's error (its `code` kept) or a `BackupWorkerFault`. */
  readonly done: Promise<void>;
  /** Stops the worker (quitting); `done` settles only once the thread has exited, so nothing writes the copy after. */
  stop(): void;
}

/** Starts the backup worker (`scripts/build.mjs` builds it) copying `source` into `destination`. */
export function copyInWorker(workerPath: string, request: BackupWorkerRequest): CopyInWorker {
  let worker: Worker;
  try {
    worker = new Worker(workerPath, { workerData: request });
  } catch (error) {
    return { done: Promise.reject(new BackupWorkerFault(`The backup worker ${workerPath} could not be started.`, { cause: error })), stop: () => {} };
  }
  const done = new Promise<void>((resolve, reject) => {
    let reply: BackupWorkerReply | undefined;
    let fault: unknown;
    worker.once('message', (message: BackupWorkerReply) => {
      reply = message;
    });
    worker.once('error', (error) => {
      fault = error;
    });
    // Settled on exit only: until then the thread may still be writing the copy.
    worker.once('exit', (exitCode) => {
      if (reply?.ok) resolve();
      else if (reply) reject(Object.assign(new Error(reply.message), reply.code === undefined ? {} : { code: reply.code }));
      else reject(new BackupWorkerFault(`The backup worker ${workerPath} stopped without an answer (exit code ${exitCode}).`, { cause: fault }));
    });
  });
  return {
    done,
    stop: () => void worker.terminate(),
  };
}
