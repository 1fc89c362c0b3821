// The contract between the state engine and the bytes it keeps: an append-only log of records
// addressed by location, plus a small atomically published head (the named branches). Two
// implementations: fileLog.ts (segments on disk, durable) and memoryLog.ts (tests, the debugger,
// `run`). It deliberately says nothing of what a record means beyond its first byte.

/** Where a branch stands: `head` is its newest successful snapshot, `tip` its newest log entry. */
export interface BranchRef {
  head: number;
  tip: number;
}

/** The published head of the store: every branch and the current one. */
export interface HeadState {
  current: string;
  refs: Record<string, BranchRef>;
  /** Former tips of moved branches, newest last, so their entries stay reachable by id until gc. */
  detached?: number[];
}

/** A snapshot or refs record found past the head file when opening, to be replayed in order. */
export interface FoundRecord {
  loc: number;
  body: Uint8Array;
}

/** What opening had to repair; the store exposes it so that tools can tell the user. */
export interface RecoveryNote {
  /** `tail`: an unfinished or damaged tail was cut; `rebuilt`: the head file was unusable and was rebuilt by a scan. */
  kind: 'tail' | 'rebuilt';
  reason: string;
  droppedBytes: number;
}

export interface RecordLog {
  readonly readOnly: boolean;
  /** The published head, or null for a log that holds no snapshot yet. */
  readonly head: HeadState | null;
  /**
   * Snapshot and refs records written after the head file was last rewritten (it is rewritten
   * lazily), or, when `headLost`, every such record of the log, in log order.
   */
  readonly found: FoundRecord[];
  readonly headLost: boolean;
  readonly recovery: RecoveryNote | null;
  /** Buffers a record; its location is final, and read() serves it at once. */
  append(body: Uint8Array): number;
  /** A record's body, checksum verified; a damaged record throws StoreCorruptError. */
  read(loc: number): Uint8Array;
  /**
   * Makes every appended record durable (one fsync) and adopts `head`. The appended records
   * must themselves say how the head changed, because the head file is only rewritten now and
   * then (every few commits or megabytes, on close, and by publish); opening replays the rest.
   */
  commit(head: HeadState): void;
  /** commit, then atomically rewrites the head file at once. */
  publish(head: HeadState): void;
  /**
   * Rewrites the log: `copy` appends the records to keep into a fresh generation and returns its
   * head; the switch is atomic, and an interrupted rewrite leaves the old generation in force.
   */
  rewrite(copy: (append: (body: Uint8Array) => number, read: (loc: number) => Uint8Array) => HeadState): void;
  /** Bytes the log occupies (segment files, or record bytes in memory). */
  bytesOnDisk(): number;
  close(): void;
}

/** A record failed its checksum or lies outside the log: damage, never state. */
export class StoreCorruptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreCorruptError';
  }
}

/** Another process (or another handle in this one) writes this state directory. */
export class StoreLockedError extends Error {
  constructor(
    message: string,
    readonly pid: number,
  ) {
    super(message);
    this.name = 'StoreLockedError';
  }
}
