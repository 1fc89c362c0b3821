// The trace of one complete run, recorded once at launch: for every VM step (a statement about to
// run) its file, line, call depth, function, gas used so far and how many trace notes (realm
// crossings, state writes, events) had happened, in growable typed arrays (about 30 bytes a step,
// so a tx of a million steps costs some 30 MB); plus the output and the notes with the step during
// which they happened. Every stepping decision (next, step in/out, back, breakpoints without
// conditions, state-key watchpoints, gas profile) is a scan over these arrays, never a re-run.
// It deliberately holds no values: the values at a step come from a replay (debugRuntime.ts).
import type { TraceNote } from '../realm/txContext';
import type { DebugTarget, RunEnd } from './debugTarget';

/** Steps beyond this end the recording (a main without gas limit may loop forever). */
export const MAX_RECORDED_STEPS = 20_000_000;

export class ExecutionTrace {
  /** Number of steps; steps are numbered 1..count (index step-1 in the arrays). */
  count = 0;
  file = new Uint16Array(1024);
  line = new Int32Array(1024);
  depth = new Int32Array(1024);
  func = new Int32Array(1024);
  gas = new Float64Array(1024);
  notes = new Int32Array(1024);
  readonly files: string[] = [];
  readonly funcs: string[] = [];
  /** Output text with the step during which it was printed. */
  readonly output: { step: number; text: string }[] = [];
  readonly allNotes: TraceNote[] = [];
  /** Panics a deferred call recovered: the step of the statement that raised each, with its value's text. */
  readonly caughtPanics = new Map<number, string>();
  end: RunEnd = { outcome: 'ok', error: null, gasUsed: 0, results: [] };
  /** True when the recording stopped at MAX_RECORDED_STEPS. */
  truncated = false;

  private readonly fileIds = new Map<string, number>();
  private readonly funcIds = new Map<string, number>();

  fileId(name: string): number {
    let id = this.fileIds.get(name);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(name);
      this.fileIds.set(name, id);
    }
    return id;
  }

  funcId(name: string): number {
    let id = this.funcIds.get(name);
    if (id === undefined) {
      id = this.funcs.length;
      this.funcs.push(name);
      this.funcIds.set(name, id);
    }
    return id;
  }

  /** 0-based index of a file name, or -1. */
  findFile(name: string): number {
    return this.fileIds.get(name) ?? -1;
  }

  /** The step's 1-based line, depth, ... (step in 1..count). */
  lineOf(step: number): number {
    return this.line[step - 1];
  }
  depthOf(step: number): number {
    return this.depth[step - 1];
  }
  fileOf(step: number): number {
    return this.file[step - 1];
  }
  funcOf(step: number): number {
    return this.func[step - 1];
  }

  push(file: number, line: number, depth: number, func: number, gas: number, notes: number): void {
    if (this.count === this.line.length) this.grow();
    const i = this.count++;
    this.file[i] = file;
    this.line[i] = line;
    this.depth[i] = depth;
    this.func[i] = func;
    this.gas[i] = gas;
    this.notes[i] = notes;
  }

  private grow(): void {
    const size = this.line.length * 2;
    const more = <A extends Uint16Array | Int32Array | Float64Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.file = more(this.file, (n) => new Uint16Array(n));
    this.line = more(this.line, (n) => new Int32Array(n));
    this.depth = more(this.depth, (n) => new Int32Array(n));
    this.func = more(this.func, (n) => new Int32Array(n));
    this.gas = more(this.gas, (n) => new Float64Array(n));
    this.notes = more(this.notes, (n) => new Int32Array(n));
  }
}

/** Runs `target` once, recording every step. */
export function recordTrace(target: DebugTarget): ExecutionTrace {
  const trace = new ExecutionTrace();
  const funcAtDepth: number[] = [];
  let lastFile = '';
  let lastFileId = -1;
  trace.end = target.run(
    {
      onStep(context) {
        if (context.step > MAX_RECORDED_STEPS) {
          trace.truncated = true;
          return 'stop';
        }
        const depth = context.depth;
        let func = funcAtDepth[depth];
        const previous = trace.count === 0 ? 0 : trace.depth[trace.count - 1];
        // A new call (or the first step): the function at the top of the stack; otherwise it is
        // the one recorded when this depth was entered.
        if (func === undefined || depth > previous || trace.count === 0) {
          func = trace.funcId(context.stack()[0]?.func ?? '?');
          funcAtDepth[depth] = func;
        }
        if (context.file !== lastFile) {
          lastFile = context.file;
          lastFileId = trace.fileId(context.file);
        }
        trace.push(lastFileId, context.line, depth, func, target.gasUsedNow(), trace.allNotes.length);
      },
      onPanic(_context, event) {
        if (event.recovered && !trace.caughtPanics.has(event.raisedAt)) trace.caughtPanics.set(event.raisedAt, event.text);
      },
    },
    { output: (text) => trace.output.push({ step: trace.count, text }) },
    trace.allNotes,
  );
  return trace;
}
