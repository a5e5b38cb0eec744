import fs from 'node:fs';

export type DataFileState = 'same' | 'gone' | 'replaced';

/**
 * Which file the open connection writes to, remembered as device + inode. SQLite keeps writing to
 * the file it opened even after it was deleted, moved away or had another file renamed over it:
 * every write would answer "saved" into a file nobody will open again. One `stat` of the path
 * before each write tells whether the path still names that file.
 */
export class DataFileIdentity {
  private readonly identity: { dev: bigint; ino: bigint } | undefined;
  private lost: Exclude<DataFileState, 'same'> | undefined;

  constructor(private readonly databasePath: string) {
    this.identity = statOf(databasePath);
  }

  /**
   * Once lost, always lost: a file put back later may have missed changes or be a different copy,
   * and the screens may show what only the old file had. Only a restart opens the path afresh.
   */
  check(): DataFileState {
    if (this.lost) return this.lost;
    const now = statOf(this.databasePath);
    if (!now) this.lost = 'gone';
    else if (!this.identity || now.dev !== this.identity.dev || now.ino !== this.identity.ino) this.lost = 'replaced';
    return this.lost ?? 'same';
  }
}

function statOf(file: string): { dev: bigint; ino: bigint } | undefined {
  // bigint: an inode number past 2^53 (some network and Windows file systems) must not round.
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat && { dev: stat.dev, ino: stat.ino };
}
