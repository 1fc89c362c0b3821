// History as the CLI shows it: snapshot targets (`HEAD`, `HEAD~2`, ids, prefixes, branch names),
// log entries as the JSON contract's rows, and diffs by realm and key with readable values. It
// deliberately leaves walking and storing history to vm/state.
import type { DiffEntry, Snapshot, StateStore } from '../state/index';
import { StateError } from '../state/index';
import { formatValue } from './formatValue';

/** A snapshot named on the command line: `HEAD`, `HEAD~N` (N parents back), or what the store resolves. */
export function resolveTarget(store: StateStore, text: string): Snapshot {
  const relative = /^HEAD(?:~(\d+))?$/.exec(text);
  if (relative === null) return store.snapshot(text);
  let snapshot = store.head();
  for (let steps = Number(relative[1] ?? 0); steps > 0; steps--) {
    if (snapshot.parent === null) throw new StateError(`${text}: history has only ${Number(relative[1]) - steps} snapshots before the head`);
    snapshot = store.snapshot(snapshot.parent);
  }
  return snapshot;
}

export interface LogRow {
  id: string;
  parent: string | null;
  caller: string | null;
  callerName?: string;
  package: string | null;
  function: string | null;
  args: string[];
  ok: boolean;
  result: string[] | null;
  error: string | null;
  gas: { total: number; byPackage: Record<string, number> };
  height: number;
  root: string;
  branch: string;
  head: boolean;
}

/** The log of the current branch (failed attempts included), newest first, without genesis. */
export function logRows(store: StateStore, limit: number): LogRow[] {
  const head = store.head().id;
  return store
    .log(undefined, { limit })
    .entries.filter((entry) => entry.tx !== null)
    .map((entry) => {
      const tx = entry.tx as Record<string, unknown>;
      const gas = (tx.gas ?? { total: 0, byPackage: {} }) as LogRow['gas'];
      return {
        id: entry.id,
        parent: entry.parent,
        caller: typeof tx.caller === 'string' ? tx.caller : null,
        ...(typeof tx.callerName === 'string' ? { callerName: tx.callerName } : {}),
        package: typeof tx.package === 'string' ? tx.package : null,
        function: typeof tx.function === 'string' ? tx.function : null,
        args: Array.isArray(tx.args) ? tx.args.map(String) : [],
        ok: !entry.failed,
        result: Array.isArray(tx.result) ? tx.result.map(String) : null,
        error: typeof tx.error === 'string' ? tx.error : null,
        gas,
        height: entry.height,
        root: entry.root,
        branch: entry.branch,
        head: entry.id === head,
      };
    });
}

export function logText(rows: LogRow[]): string {
  const lines = rows.map((row) => {
    const who = row.callerName ?? row.caller ?? '?';
    const call = `${row.package ?? '?'}.${row.function ?? '?'}(${row.args.map((a) => JSON.stringify(a)).join(', ')})`;
    const outcome = row.ok ? (row.result !== null && row.result.length > 0 ? `ok → ${row.result.join(', ')}` : 'ok') : `FAILED: ${firstLine(row.error ?? '')}`;
    return `${row.id.slice(0, 12)}${row.head ? '*' : ' '} ${String(row.height).padStart(4)}  ${who.padEnd(8)} ${call}  ${outcome}  (gas ${row.gas.total})`;
  });
  return lines.length === 0 ? 'no transactions yet\n' : `${lines.join('\n')}\n`;
}

export interface DiffRow {
  realm: string;
  key: string;
  old?: string;
  new?: string;
}

export function diffRows(entries: DiffEntry[]): DiffRow[] {
  return entries.map((entry) => ({
    realm: entry.namespace,
    key: entry.key,
    ...(entry.old !== undefined ? { old: formatValue(entry.old) } : {}),
    ...(entry.new !== undefined ? { new: formatValue(entry.new) } : {}),
  }));
}

export function diffText(rows: DiffRow[], from: string, to: string): string {
  if (rows.length === 0) return `no change from ${from.slice(0, 12)} to ${to.slice(0, 12)}\n`;
  const lines = [`diff ${from.slice(0, 12)} → ${to.slice(0, 12)}`];
  let realm = '';
  for (const row of rows) {
    if (row.realm !== realm) {
      realm = row.realm;
      lines.push(realm);
    }
    if (row.old === undefined) lines.push(`  + ${row.key} = ${row.new}`);
    else if (row.new === undefined) lines.push(`  - ${row.key} = ${row.old}`);
    else lines.push(`  ~ ${row.key}: ${row.old} → ${row.new}`);
  }
  return `${lines.join('\n')}\n`;
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
