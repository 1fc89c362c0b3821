// History as the CLI shows it: snapshot targets (`HEAD`, `HEAD~2`, ids, prefixes, branch names),
// log entries as the JSON contract's rows, and diffs by realm and key with readable values. It
// deliberately leaves walking and storing history to vm/state.
import type { DiffEntry, Snapshot, StateStore, StateValue } from '../state/index';
import { StateError, valuesEqual } from '../state/index';
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

/** The readable diff: per realm, each key added (+), removed (-) or changed (~), a changed
 * composite value narrowed down to the fields, elements and map entries that differ. */
export function diffText(entries: DiffEntry[], from: string, to: string): string {
  if (entries.length === 0) return `no change from ${from.slice(0, 12)} to ${to.slice(0, 12)}\n`;
  const lines = [`diff ${from.slice(0, 12)} → ${to.slice(0, 12)}`];
  let realm = '';
  for (const entry of entries) {
    if (entry.namespace !== realm) {
      realm = entry.namespace;
      lines.push(realm);
    }
    if (entry.old === undefined) lines.push(`  + ${entry.key} = ${formatValue(entry.new!)}`);
    else if (entry.new === undefined) lines.push(`  - ${entry.key} = ${formatValue(entry.old)}`);
    else lines.push(...valueChanges(entry.key, entry.old, entry.new).map((line) => `  ${line}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The smallest readable changes from `a` to `b` at `path`. */
export function valueChanges(path: string, a: StateValue, b: StateValue, budget = { lines: 200 }): string[] {
  if (valuesEqual(a, b)) return [];
  if (budget.lines <= 0) return [];
  const whole = (): string[] => {
    budget.lines--;
    return [`~ ${path}: ${formatValue(a)} → ${formatValue(b)}`];
  };
  if ((a.type ?? '') !== (b.type ?? '')) return whole();
  if (a.kind === 'struct' && b.kind === 'struct' && a.fields.map((f) => f.name).join() === b.fields.map((f) => f.name).join()) {
    return a.fields.flatMap((field, i) => valueChanges(`${path}.${field.name}`, field.value, b.fields[i].value, budget));
  }
  if (a.kind === 'list' && b.kind === 'list') {
    if (a.type === '*') return valueChanges(path, a.items[0], b.items[0], budget);
    const out: string[] = [];
    const shared = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < shared; i++) out.push(...valueChanges(`${path}[${i}]`, a.items[i], b.items[i], budget));
    for (let i = shared; i < b.items.length; i++) out.push(`+ ${path}[${i}] = ${formatValue(b.items[i])}`);
    for (let i = shared; i < a.items.length; i++) out.push(`- ${path}[${i}] = ${formatValue(a.items[i])}`);
    budget.lines -= out.length;
    return out;
  }
  if (a.kind === 'map' && b.kind === 'map') {
    const before = new Map(a.entries.map((e) => [formatValue(e.key), e.value]));
    const after = new Map(b.entries.map((e) => [formatValue(e.key), e.value]));
    const out: string[] = [];
    for (const [key, value] of after) {
      const old = before.get(key);
      if (old === undefined) out.push(`+ ${path}[${key}] = ${formatValue(value)}`);
      else out.push(...valueChanges(`${path}[${key}]`, old, value, budget));
    }
    for (const [key, value] of before) if (!after.has(key)) out.push(`- ${path}[${key}] = ${formatValue(value)}`);
    budget.lines -= out.length;
    return out;
  }
  return whole();
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
