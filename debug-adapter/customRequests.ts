// The custom DAP requests of the Amigos debugger, declared once: their command names, arguments
// and answers. The extension sends them with `session.customRequest(name, args)`; the adapter
// answers them in amigosDebugSession.ts. Nothing else here: no handling, no transport.

export const CustomRequest = {
  /** The node's snapshots, newest first, one page at a time. */
  snapshots: 'amigos/snapshots',
  /** The state changes between two snapshots. */
  diff: 'amigos/diff',
  /** Moves the session's view of state to a snapshot: the tx runs again against it (stops at entry). */
  checkout: 'amigos/checkout',
  /** Re-runs the tx against an older snapshot as a branch: reports how it ends there (stops at entry). */
  branch: 'amigos/branch',
  /** Gas of the tx by line and by function. */
  gasProfile: 'amigos/gasProfile',
  /** Moves to the panic or Abort that ended a failed tx (stops with reason exception). */
  jumpToFailure: 'amigos/jumpToFailure',
} as const;

export interface SnapshotsArguments {
  /** The `cursor` of the previous page; none for the newest. */
  cursor?: string;
  /** Page size, default 50. */
  limit?: number;
}

export interface SnapshotRow {
  id: string;
  parent: string | null;
  height: number;
  failed: boolean;
  caller: string | null;
  package: string | null;
  function: string | null;
  args: string[];
}

export interface SnapshotsResponse {
  snapshots: SnapshotRow[];
  cursor: string | null;
}

export interface DiffArguments {
  from: string;
  to: string;
  limit?: number;
}

export interface DiffResponse {
  changes: { namespace: string; key: string; old: string | null; new: string | null }[];
}

export interface SnapshotArguments {
  snapshot: string;
}

export interface BranchResponse {
  ok: boolean;
  error: string | null;
  gas: number;
  steps: number;
  base: string;
}

export interface GasProfileResponse {
  total: number;
  /** Lines are 0-based. */
  byLine: { file: string; line: number; gas: number; steps: number }[];
  byFunction: { func: string; gas: number; steps: number }[];
}
