// `trace`: "view execution, not just view source". Replays a recorded tx exactly (its parent's
// state, caller, arguments, height and recorded oracle answers) in the VM's instrumented variant
// and reports, in order: the Go calls made with their arguments, the realm boundaries crossed,
// every state write (key, old, new), the events, the gas by package and by source line, and
// whether the replay matched the record. Nothing is written to the node. Each return shows its
// results when they are observable: the called function's are the tx's (typed), and a call into
// another package (every realm boundary, every library call) passes its values through the
// Runtime's `ret`, which the trace wraps; those are printed from the values alone (numbers,
// strings, slices, maps, structs; a Go array result reads as a list of results). A call within
// one package returns without such a hook, so its results are not shown.
import type { Variable } from '../run/runtime';
import { GoMap, Iface, Slice, jsString } from '../run/values';
import { canonicalJson, type JsonValue } from '../state/index';
import { encodeGo } from './valueCodec';
import { formatValue } from './formatValue';
import { DRIVER_PATH } from './bindings';
import type { RealmNode } from './node';
import type { TraceNote, TxContext, TxEvent } from './txContext';

export interface TraceReport {
  snapshot: string;
  package: string;
  function: string;
  caller: string;
  args: string[];
  ok: boolean;
  result: string[];
  error: string | null;
  steps: TraceNote[];
  events: TxEvent[];
  gas: { total: number; byPackage: Record<string, number> };
  gasByLine: { file: string; line: number; gas: number }[];
  /** Whether result, error and events equal the recorded ones. */
  matchesRecord: boolean;
}

export function traceTx(node: RealmNode, snapshotId: string, cwd: string): TraceReport {
  const steps: TraceNote[] = [];
  let context: TxContext | null = null;
  let frames: { func: string; pkg: string }[] = [];
  let lastLine: string | null = null;
  let lastGas = 0;
  const gasByLine = new Map<string, number>();
  // Results of calls across packages, by the frame index (in the whole Go stack) the callee had.
  const returned = new Map<number, string[]>();
  let hooked = false;
  let base = 0;
  const { snapshot, run, target } = node.replay(snapshotId, cwd, {
    trace: steps,
    onContext: (ctx) => {
      context = ctx;
    },
    debug: {
      onStep(stop) {
        const ctx = context as TxContext | null;
        if (ctx === null || ctx.phase !== 'tx') return;
        const rt = ctx.runtime;
        if (!hooked && rt !== null) {
          hooked = true;
          const inner = rt.ret;
          rt.ret = <V>(value: V, pkg: number): V => {
            // The callee's frame is gone: the caller's is on top, at the index below the callee's.
            returned.set(rt.frames.length, resultTexts(value));
            return inner.call(rt, value, pkg) as V;
          };
        }
        const gasNow = ctx.gasUsedNow();
        if (lastLine !== null) gasByLine.set(lastLine, (gasByLine.get(lastLine) ?? 0) + gasNow - lastGas);
        lastGas = gasNow;
        const stack = stop.stack().reverse();
        const start = stack.findIndex((frame) => frame.pkgPath !== DRIVER_PATH);
        if (start >= 0) base = start;
        const now = start < 0 ? [] : stack.slice(start).map((frame) => ({ func: frame.func, pkg: frame.pkgPath }));
        lastLine = start < 0 ? null : `${stop.file}:${stop.line}`;
        let common = 0;
        while (common < frames.length && common < now.length && frames[common].func === now[common].func) common++;
        const roles = ctx.options.roles;
        const realmOf = (list: { pkg: string }[], count: number): string => {
          for (let i = count - 1; i >= 0; i--) if (roles.get(list[i].pkg) === 'realm') return list[i].pkg;
          return '';
        };
        for (let depth = frames.length - 1; depth >= common; depth--) {
          steps.push(returnNote(frames[depth], depth));
          const from = realmOf(frames, depth + 1);
          const to = realmOf(frames, depth);
          if (from !== to) steps.push({ kind: 'realm', from, to, direction: 'return' });
        }
        for (let depth = common; depth < now.length; depth++) {
          const from = realmOf(now, depth);
          const to = realmOf(now, depth + 1);
          if (from !== to) steps.push({ kind: 'realm', from, to, direction: 'call' });
          const locals = stop.locals(now.length - 1 - depth);
          returned.delete(base + depth);
          steps.push({ kind: 'call', func: now[depth].func, pkg: now[depth].pkg, depth, args: locals.map(describe) });
        }
        frames = now;
      },
    },
  });
  function returnNote(frame: { func: string; pkg: string }, depth: number): TraceNote {
    const results = returned.get(base + depth);
    returned.delete(base + depth);
    return { kind: 'return', func: frame.func, pkg: frame.pkg, depth, ...(results !== undefined ? { results } : {}) };
  }
  const closing = frames.length;
  for (let depth = closing - 1; depth >= 0; depth--) steps.push(returnNote(frames[depth], depth));
  const ctx = context as TxContext | null;
  if (lastLine !== null && ctx !== null) gasByLine.set(lastLine, (gasByLine.get(lastLine) ?? 0) + ctx.gasUsedNow() - lastGas);
  const tx = snapshot.tx as Record<string, unknown>;
  // The record is stored as canonical JSON (sorted keys): compare in that form.
  const recorded = canonicalJson([tx.ok, tx.result ?? null, tx.error ?? null, tx.events ?? []] as JsonValue);
  const replayed = canonicalJson([run.ok, run.ok ? run.result : null, run.error, run.events] as unknown as JsonValue);
  return {
    snapshot: snapshot.id,
    package: target.identity,
    function: String(tx.function),
    caller: String(tx.callerName ?? tx.caller),
    args: Array.isArray(tx.args) ? tx.args.map(String) : [],
    ok: run.ok,
    result: run.result,
    error: run.error,
    steps,
    events: run.events,
    // The recorded gas is exact; the replay runs the instrumented variant, whose per-line
    // figures below are for finding hot lines.
    gas: (tx.gas as TraceReport['gas'] | undefined) ?? run.gas,
    gasByLine: [...gasByLine]
      .filter(([, gas]) => gas > 0)
      .map(([where, gas]) => {
        const colon = where.lastIndexOf(':');
        return { file: where.slice(0, colon), line: Number(where.slice(colon + 1)), gas };
      }),
    matchesRecord: recorded === replayed,
  };
}

/** A returned value (or several, as an array) as text, without its static type. */
function resultTexts(value: unknown): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value.map((v) => untypedText(v, 0)) : [untypedText(value, 0)];
}

function untypedText(value: unknown, depth: number): string {
  if (depth > 4) return '…';
  if (value === null) return 'nil';
  if (typeof value === 'string') return JSON.stringify(jsString(value));
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Iface) {
    try {
      return formatValue(encodeGo(value.t, value.v));
    } catch {
      return `<${value.t.toString()}>`;
    }
  }
  if (value instanceof Slice) {
    const items = value.a.slice(value.o, value.o + Math.min(value.l, 20)).map((v) => untypedText(v, depth + 1));
    return `[${items.join(', ')}${value.l > 20 ? ', …' : ''}]`;
  }
  if (value instanceof GoMap) {
    const entries = value.entries().slice(0, 20).map(([k, v]) => `${untypedText(k, depth + 1)}: ${untypedText(v, depth + 1)}`);
    return `map[${entries.join(', ')}${value.size > 20 ? ', …' : ''}]`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => untypedText(v, depth + 1)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${untypedText(v, depth + 1)}`);
    return `{${fields.join(', ')}}`;
  }
  return String(value);
}

function describe(variable: Variable): { name: string; value: string } {
  try {
    return { name: variable.name, value: formatValue(encodeGo(variable.rtype, variable.value)) };
  } catch {
    return { name: variable.name, value: `<${variable.type}>` };
  }
}

/** The readable trace. */
export function traceText(report: TraceReport): string {
  const lines: string[] = [];
  lines.push(`trace ${report.snapshot}`);
  lines.push(`${report.package}.${report.function}(${report.args.map((a) => JSON.stringify(a)).join(', ')}) by ${report.caller}`);
  let depth = 0;
  const pad = (): string => '  '.repeat(depth + 1);
  for (const step of report.steps) {
    switch (step.kind) {
      case 'call':
        depth = step.depth;
        lines.push(`${pad()}→ ${step.func}(${step.args.map((a) => `${a.name}=${a.value}`).join(', ')})`);
        break;
      case 'return':
        depth = step.depth;
        if (step.results !== undefined && step.results.length > 0) lines.push(`${pad()}← ${step.func} = ${step.results.join(', ')}`);
        else lines.push(`${pad()}← ${step.func}${step.depth === 0 && report.ok ? ` = ${report.result.join(', ')}` : ''}`);
        break;
      case 'realm':
        lines.push(`${pad()}  ${step.direction === 'call' ? '⇢ enters realm' : '⇠ back in realm'} ${step.to || '(the caller)'}${step.from ? ` from ${step.from}` : ''}`);
        break;
      case 'rollback':
        lines.push(`${pad()}  ↺ a panic left realm ${step.from} into ${step.to || '(the caller)'}: that call's writes and events are undone`);
        break;
      case 'write':
        lines.push(`${pad()}  write ${step.namespace} ${step.key}: ${step.old === undefined ? '(none)' : formatValue(step.old)} → ${step.new === undefined ? '(deleted)' : formatValue(step.new)}`);
        break;
      case 'event': {
        const attrs = Object.entries(step.event.attrs).map(([k, v]) => `${k}=${v}`).join(' ');
        lines.push(`${pad()}  event ${step.event.type} from ${step.event.realm}${attrs ? ` ${attrs}` : ''}`);
        break;
      }
    }
  }
  lines.push(report.ok ? `result: ${report.result.join(', ')}` : `error: ${report.error ?? ''}`);
  lines.push(`gas: ${report.gas.total}`);
  for (const [pkg, used] of Object.entries(report.gas.byPackage)) lines.push(`  ${pkg}  ${used}`);
  const hot = [...report.gasByLine].sort((a, b) => b.gas - a.gas).slice(0, 5);
  if (hot.length > 0) lines.push(`hottest lines: ${hot.map((h) => `${h.file.split('/').pop()}:${h.line} (${h.gas})`).join(', ')}`);
  lines.push(report.matchesRecord ? 'replay matches the recorded tx' : 'replay DIFFERS from the recorded tx (the code changed since?)');
  return `${lines.join('\n')}\n`;
}
