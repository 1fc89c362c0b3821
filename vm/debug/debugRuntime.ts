// The runtime side of a debug session: an event emitter that knows nothing of DAP (the adapter
// translates). At launch it records the whole run once (executionTrace.ts); from then on the
// session's position is a step number, and every action (continue, next, step in/out, pause,
// step back, reverse continue, goto) picks its target step by scanning the trace, then shows the
// values at that step by replaying the deterministic run up to it, with the views of visited and
// likely next stops kept in a cache (so a step back shows exactly what the first stop there
// showed). Breakpoints with a condition, hit count or log message and data breakpoints on a
// package variable or a field need the values of many steps: those actions replay once and
// decide live. Lines are 0-based here; files are absolute paths. Deliberately absent: any DAP
// type, any I/O beyond what the target does (reading sources, the node's store).
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { parseFile, walk } from '../syntax/index';
import type { DebugHooks, StopContext, Variable } from '../run/runtime';
import { formatValue } from '../realm/formatValue';
import { assignExpression, evaluateExpression, isTrue } from './expression';
import { captureValue, valueText, type ValueNode } from './valueView';
import { recordTrace, type ExecutionTrace } from './executionTrace';
import { absoluteFile, openTarget, type DebugTarget, type LaunchSpec } from './debugTarget';
import type { TraceNote } from '../realm/txContext';
import { BIND_FILE, DRIVER_PATH } from '../realm/bindings';
import { realmAddress } from '../realm/accounts';

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'function breakpoint' | 'exception' | 'data breakpoint' | 'goto' | 'pause';

export interface StopEvent {
  reason: StopReason;
  step: number;
  /** For exceptions and data breakpoints: what happened. */
  text?: string;
  /** Ids of the breakpoints hit. */
  hitBreakpoints?: number[];
}

export interface OutputEvent {
  category: 'stdout' | 'console' | 'important';
  text: string;
  file?: string;
  line?: number;
}

export interface LineBreakpointSpec {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

export interface BreakpointResult {
  id: number;
  verified: boolean;
  line: number;
  message?: string;
}

export interface FrameView {
  func: string;
  pkgPath: string;
  file: string;
  /** 0-based. */
  line: number;
  col: number;
  /** The realm (package) this frame runs in, and who called into it across a realm boundary. */
  realm: string;
  caller: string;
}

/** Everything shown at one stop, frozen. */
export interface StopView {
  step: number;
  frames: FrameView[];
  locals: ValueNode[][];
  packageVars: Map<string, ValueNode[]>;
  msg: ValueNode[];
  state: ValueNode[];
}

export interface DataWatch {
  id: number;
  kind: 'variable' | 'stateKey';
  /** For a variable: a package path and an expression over its package variables (`counter`, `cfg.Owner`). */
  pkgPath?: string;
  expression?: string;
  /** For a state key: the namespace (realm) and the key (`var/x`, `tree/a/b`). */
  namespace?: string;
  key?: string;
  /** A description for the UI. */
  label: string;
}

export const EXCEPTION_FILTERS = [
  { filter: 'panic', label: 'Uncaught panics', default: true },
  { filter: 'abort', label: 'Abort and out of gas', default: true },
  { filter: 'caughtPanic', label: 'Caught panics', default: false },
];

interface LineBreakpoint extends LineBreakpointSpec {
  id: number;
  /** The 1-based line the VM reports (after moving to a statement). */
  vmLine: number;
}

const VIEW_CACHE_SIZE = 256;

export class DebugRuntime extends EventEmitter {
  /** The current step (1..count), or count+1 when the run has ended. */
  position = 0;
  trace: ExecutionTrace;
  private readonly lineBreakpoints = new Map<string, LineBreakpoint[]>();
  private functionBreakpoints: { id: number; name: string; condition?: string }[] = [];
  private exceptionFilters = new Set<string>(['panic', 'abort']);
  private dataWatches: DataWatch[] = [];
  private nextId = 1;
  private readonly views = new Map<number, StopView>();
  /** Output and notes are reported once, the first time execution passes them. */
  private reportedOutput = 0;
  private reportedNotes = 0;
  private readonly statementLines = new Map<string, Set<number>>();
  private prefetchTimer: NodeJS.Immediate | null = null;
  /** Values set while debugging: applied before their step in every later run (the run then differs from there on). */
  private readonly patches: { step: number; frame: number; target: string; value: string }[] = [];
  /** Logpoint messages of the current action, reported in step order with the program's output. */
  private pendingLogs: { step: number; output: OutputEvent }[] = [];

  private constructor(
    readonly target: DebugTarget,
    private readonly baseDir: string,
  ) {
    super();
    this.trace = recordTrace(target);
  }

  static launch(spec: LaunchSpec): DebugRuntime {
    const target = openTarget(spec);
    return new DebugRuntime(target, spec.program.endsWith('.amigo') || spec.program.endsWith('.go') ? dirnameOf(spec.program) : spec.program);
  }

  close(): void {
    if (this.prefetchTimer !== null) clearImmediate(this.prefetchTimer);
    this.target.close();
  }

  /**
   * Moves the state the tx runs against to another snapshot (time travel through state, or a
   * re-run of the tx against an older snapshot as a branch): records the run again from there and
   * returns how it ended. The session is then before its first step.
   */
  rebase(snapshotId: string): { ok: boolean; error: string | null; gas: number; steps: number; base: string } {
    this.target.setBase(snapshotId);
    this.patches.length = 0;
    this.trace = recordTrace(this.target);
    this.views.clear();
    this.reportedOutput = 0;
    this.reportedNotes = 0;
    this.position = 0;
    this.generatedCache = null;
    const end = this.trace.end;
    return { ok: end.error === null, error: end.error, gas: end.gasUsed, steps: this.trace.count, base: this.target.base ?? '' };
  }

  get ended(): boolean {
    return this.position > this.trace.count;
  }

  // ------------------------------------------------------------------------------------------
  // Breakpoints

  setLineBreakpoints(file: string, specs: LineBreakpointSpec[]): BreakpointResult[] {
    const lines = this.statementLinesOf(file);
    const set: LineBreakpoint[] = [];
    const results = specs.map((spec): BreakpointResult => {
      const id = this.nextId++;
      const vmLine = nearestStatement(lines, spec.line + 1);
      if (vmLine === null) return { id, verified: false, line: spec.line, message: 'no statement at or after this line' };
      set.push({ ...spec, id, vmLine });
      return { id, verified: true, line: vmLine - 1 };
    });
    this.lineBreakpoints.set(file, set);
    return results;
  }

  setFunctionBreakpoints(specs: { name: string; condition?: string }[]): BreakpointResult[] {
    this.functionBreakpoints = specs.map((spec) => ({ ...spec, id: this.nextId++ }));
    return this.functionBreakpoints.map((bp) => {
      const known = this.trace.funcs.some((f) => matchesFunction(f, bp.name));
      return { id: bp.id, verified: known, line: 0, ...(known ? {} : { message: `${bp.name} is never called in this run` }) };
    });
  }

  setExceptionFilters(filters: string[]): void {
    this.exceptionFilters = new Set(filters);
  }

  setDataWatches(watches: Omit<DataWatch, 'id'>[]): DataWatch[] {
    this.dataWatches = watches.map((watch) => ({ ...watch, id: this.nextId++ }));
    return this.dataWatches;
  }

  // ------------------------------------------------------------------------------------------
  // Execution control. Each action ends in exactly one 'stopped' or 'end' event.

  start(stopOnEntry: boolean): void {
    this.emitOutput({ category: 'console', text: `Debugging ${this.target.title}: ${this.trace.count} steps recorded${this.trace.truncated ? ' (stopped at the step limit)' : ''}\n` });
    this.position = 0;
    if (this.trace.count === 0) return this.finish();
    if (stopOnEntry) return this.stopAt({ reason: 'entry', step: this.firstUserStep() });
    this.continueForward();
  }

  continueForward(): void {
    this.seekForward(() => false);
  }

  next(): void {
    const depth = this.currentDepth();
    this.seekForward((step) => this.trace.depthOf(step) <= depth);
  }

  stepIn(): void {
    this.seekForward(() => true);
  }

  stepOut(): void {
    const depth = this.currentDepth();
    this.seekForward((step) => this.trace.depthOf(step) < depth);
  }

  pause(): void {
    this.stopAt({ reason: 'pause', step: Math.min(Math.max(this.position, 1), this.trace.count) });
  }

  stepBack(): void {
    // Past the end, one step back is the last statement that ran.
    if (this.ended && this.trace.count > 0) return this.stopAt({ reason: 'step', step: this.trace.count });
    const depth = this.currentDepth();
    this.seekBackward((step) => this.trace.depthOf(step) <= depth);
  }

  reverseContinue(): void {
    this.seekBackward(() => false);
  }

  /** Moves to any step (a goto target's id), earlier or later. */
  goto(step: number): void {
    const target = Math.min(Math.max(step, 1), this.trace.count);
    this.stopAt({ reason: 'goto', step: target });
  }

  /** Steps where a line runs (the goto targets of a line), first hits first. */
  gotoTargets(file: string, line: number, limit = 100): { step: number; label: string; line: number }[] {
    const fileId = this.trace.findFile(file);
    const out: { step: number; label: string; line: number }[] = [];
    if (fileId < 0) return out;
    let hit = 0;
    for (let step = 1; step <= this.trace.count && out.length < limit; step++) {
      if (this.trace.fileOf(step) !== fileId || this.trace.lineOf(step) !== line + 1) continue;
      hit++;
      out.push({ step, line, label: `line ${line + 1}, time ${hit} (step ${step}${step < this.position ? ', earlier' : step > this.position ? ', later' : ', here'})` });
    }
    return out;
  }

  /** The last step of a failed run (where the panic or Abort happened), or null when it did not fail. */
  failureStep(): number | null {
    const outcome = this.trace.end.outcome;
    if (outcome === 'ok' || outcome === 'stopped' || this.trace.count === 0) return null;
    return this.trace.count;
  }

  // ------------------------------------------------------------------------------------------
  // Inspection

  /** The frozen view at the current stop. */
  view(): StopView {
    return this.viewAt(this.position);
  }

  /** Evaluates a side-effect free expression in frame `frame` of the current stop. */
  evaluate(expression: string, frame: number): { ok: true; node: ValueNode } | { ok: false; error: string } {
    let answer: { ok: true; node: ValueNode } | { ok: false; error: string } = { ok: false, error: 'not stopped' };
    const step = this.position;
    if (step < 1 || step > this.trace.count) return answer;
    this.replay((context) => {
      if (context.step !== step) return;
      const result = evaluateExpression(expression, this.scopeOf(context, frame));
      answer = result.ok ? { ok: true, node: captureValue(expression, result.result.type, result.result.value) } : result;
      return 'stop';
    });
    return answer;
  }

  /**
   * Sets a field, element or map entry (`target`, an expression in frame `frame`) to `value` at the
   * current stop. The run is recorded again with the change applied before this step, so stepping
   * on shows its effects and stepping back before it shows the values as they were.
   */
  setValue(frame: number, target: string, value: string): { ok: true; value: string; type: string } | { ok: false; error: string } {
    const step = this.position;
    if (step < 1 || step > this.trace.count) return { ok: false, error: 'not stopped' };
    let answer: { ok: true; value: string; type: string } | { ok: false; error: string } = { ok: false, error: 'not stopped' };
    this.replay((context) => {
      if (context.step !== step) return;
      const result = assignExpression(target, value, this.scopeOf(context, frame));
      answer = result.ok ? { ok: true, value: valueText(result.result.type, result.result.value), type: result.result.type.toString() } : result;
      return 'stop';
    });
    if (!answer.ok) return answer;
    this.patches.push({ step, frame, target, value });
    this.trace = recordTrace(this.patchedTarget());
    this.views.clear();
    return answer;
  }

  /** Gas by line and by function over the whole run (from the trace). */
  gasProfile(): { total: number; byLine: { file: string; line: number; gas: number; steps: number }[]; byFunction: { func: string; gas: number; steps: number }[] } {
    const byLine = new Map<string, { file: string; line: number; gas: number; steps: number }>();
    const byFunction = new Map<string, { func: string; gas: number; steps: number }>();
    const t = this.trace;
    // A main program runs without a gas meter the session can read step by step: steps only.
    const metered = this.target.kind !== 'main';
    for (let step = 1; step <= t.count; step++) {
      // Generated code (bind files, the driver) is the tx's plumbing, and inits run on an allowance of their own.
      if (this.isGenerated(step)) continue;
      const next = step < t.count ? t.gas[step] : t.end.gasUsed;
      const gas = metered ? Math.max(0, next - t.gas[step - 1]) : 0;
      const file = absoluteFile(t.files[t.fileOf(step)], this.baseDir);
      const key = `${file}:${t.lineOf(step)}`;
      const line = byLine.get(key) ?? { file, line: t.lineOf(step) - 1, gas: 0, steps: 0 };
      line.gas += gas;
      line.steps++;
      byLine.set(key, line);
      const name = t.funcs[t.funcOf(step)];
      const func = byFunction.get(name) ?? { func: name, gas: 0, steps: 0 };
      func.gas += gas;
      func.steps++;
      byFunction.set(name, func);
    }
    const order = (a: { gas: number; steps: number }, b: { gas: number; steps: number }): number => b.gas - a.gas || b.steps - a.steps;
    return { total: t.end.gasUsed, byLine: [...byLine.values()].sort(order), byFunction: [...byFunction.values()].sort(order) };
  }

  // ------------------------------------------------------------------------------------------
  // Internals

  private currentDepth(): number {
    return this.position >= 1 && this.position <= this.trace.count ? this.trace.depthOf(this.position) : 0;
  }

  /** Whether stopping conditions need live values (a replay) rather than the trace alone. */
  private needsLive(): boolean {
    if (this.dataWatches.some((w) => w.kind === 'variable')) return true;
    if (this.functionBreakpoints.some((bp) => bp.condition !== undefined && bp.condition !== '')) return true;
    for (const list of this.lineBreakpoints.values()) if (list.some((bp) => Boolean(bp.condition) || Boolean(bp.hitCondition) || Boolean(bp.logMessage))) return true;
    return false;
  }

  /** The breakpoints of the trace alone that match `step` (no condition, no hit count, no log). */
  private staticHits(step: number): { reason: StopReason; ids: number[]; text?: string } | null {
    const t = this.trace;
    const list = this.lineBreakpoints.get(t.files[t.fileOf(step)]) ?? this.lineBreakpoints.get(absoluteFile(t.files[t.fileOf(step)], this.baseDir));
    const line = t.lineOf(step);
    const ids = list?.filter((bp) => bp.vmLine === line).map((bp) => bp.id) ?? [];
    if (ids.length > 0) return { reason: 'breakpoint', ids };
    const caught = this.caughtPanicAt(step);
    if (caught !== null) return { reason: 'exception', ids: [], text: caught };
    if (this.functionBreakpoints.length > 0 && this.isFunctionEntry(step)) {
      const name = t.funcs[t.funcOf(step)];
      const fids = this.functionBreakpoints.filter((bp) => matchesFunction(name, bp.name)).map((bp) => bp.id);
      if (fids.length > 0) return { reason: 'function breakpoint', ids: fids };
    }
    for (const watch of this.dataWatches) {
      if (watch.kind !== 'stateKey' || step < 2) continue;
      const written = this.noteWrites(step - 1).find((note) => note.namespace === watch.namespace && note.key === watch.key);
      if (written !== undefined) return { reason: 'data breakpoint', ids: [watch.id], text: `${watch.label} written: ${written.new === undefined ? 'deleted' : formatValue(written.new)}` };
    }
    return null;
  }

  /** With the `caughtPanic` filter on: the text of the recovered panic raised by step `step`, else null. */
  private caughtPanicAt(step: number): string | null {
    if (!this.exceptionFilters.has('caughtPanic')) return null;
    const text = this.trace.caughtPanics.get(step);
    return text === undefined ? null : `panic: ${text} (recovered)`;
  }

  /** Steps in code the realm layer generates (bind files, the tx driver) are never stops. */
  private isGenerated(step: number): boolean {
    return this.generatedFiles.has(this.trace.fileOf(step));
  }

  private get generatedFiles(): Set<number> {
    if (this.generatedCache === null || this.generatedCache.trace !== this.trace) {
      const ids = new Set<number>();
      this.trace.files.forEach((file, id) => {
        if (isGeneratedFile(file)) ids.add(id);
      });
      this.generatedCache = { trace: this.trace, ids };
    }
    return this.generatedCache.ids;
  }

  private generatedCache: { trace: ExecutionTrace; ids: Set<number> } | null = null;

  /** The first step in the program's own code. */
  firstUserStep(): number {
    for (let step = 1; step <= this.trace.count; step++) if (!this.isGenerated(step)) return step;
    return 1;
  }

  private isFunctionEntry(step: number): boolean {
    return step === 1 || this.trace.depthOf(step) > this.trace.depthOf(step - 1);
  }

  /** The state writes made while step `step` ran. */
  private noteWrites(step: number): Extract<TraceNote, { kind: 'write' }>[] {
    const t = this.trace;
    const from = t.notes[step - 1];
    const to = step < t.count ? t.notes[step] : t.allNotes.length;
    const out: Extract<TraceNote, { kind: 'write' }>[] = [];
    for (let i = from; i < to; i++) {
      const note = t.allNotes[i];
      if (note.kind === 'write') out.push(note);
    }
    return out;
  }

  private seekForward(isStepTarget: (step: number) => boolean): void {
    const start = this.position;
    if (this.needsLive()) return this.seekLive(start, 'forward', isStepTarget);
    for (let step = start + 1; step <= this.trace.count; step++) {
      if (this.isGenerated(step)) continue;
      const hit = this.staticHits(step);
      if (hit !== null) return this.stopAt({ reason: hit.reason, step, hitBreakpoints: hit.ids.length > 0 ? hit.ids : undefined, text: hit.text });
      if (isStepTarget(step)) return this.stopAt({ reason: 'step', step });
    }
    this.runToEnd();
  }

  private seekBackward(isStepTarget: (step: number) => boolean): void {
    const start = Math.min(this.position, this.trace.count + 1);
    if (this.needsLive()) return this.seekLive(start, 'backward', isStepTarget);
    for (let step = start - 1; step >= 1; step--) {
      if (this.isGenerated(step)) continue;
      const hit = this.staticHits(step);
      // Going back, a data breakpoint stops on the statement that wrote the value.
      if (hit !== null) return this.stopAt({ reason: hit.reason, step: hit.reason === 'data breakpoint' ? step - 1 : step, hitBreakpoints: hit.ids.length > 0 ? hit.ids : undefined, text: hit.text });
      if (isStepTarget(step)) return this.stopAt({ reason: 'step', step });
    }
    this.stopAt({ reason: 'entry', step: this.firstUserStep() });
  }

  /**
   * One replay that decides stops with live values: conditions, hit counts, logpoints, data
   * watches. Forward: the first stop after `start`; backward: the last one before it.
   */
  private seekLive(start: number, direction: 'forward' | 'backward', isStepTarget: (step: number) => boolean): void {
    const hits = new Map<number, number>();
    const fingerprints = new Map<number, string>();
    const rawValues = new Map<number, unknown>();
    let found: StopEvent | null = null;
    const t = this.trace;
    this.replay((context) => {
      const step = context.step;
      if (direction === 'backward' && step >= start) return 'stop';
      if (step <= t.count && this.isGenerated(step)) return;
      let stop: StopEvent | null = null;
      const scope = (): Variable[] => this.scopeOf(context, 0);
      // Data watches compare the watched value before and after each step.
      for (const watch of this.dataWatches) {
        if (watch.kind === 'stateKey') {
          const hit = step >= 2 ? this.noteWrites(step - 1).find((note) => note.namespace === watch.namespace && note.key === watch.key) : undefined;
          if (hit !== undefined && stop === null) stop = { reason: 'data breakpoint', step, hitBreakpoints: [watch.id], text: `${watch.label} written: ${hit.new === undefined ? 'deleted' : formatValue(hit.new)}` };
          continue;
        }
        const result = evaluateExpression(watch.expression ?? '', context.globals(watch.pkgPath ?? ''));
        // A basic value is compared as it is; a composite one by its printed form (it may change in place).
        const raw = result.ok ? result.result.value : undefined;
        const basic = raw === null || (typeof raw !== 'object' && typeof raw !== 'function');
        const previousRaw = rawValues.get(watch.id);
        if (basic && rawValues.has(watch.id) && previousRaw === raw) continue;
        rawValues.set(watch.id, basic ? raw : {});
        const now = result.ok ? valueText(result.result.type, result.result.value) : `<${result.error}>`;
        const before = fingerprints.get(watch.id);
        fingerprints.set(watch.id, now);
        if (before !== undefined && before !== now && stop === null) stop = { reason: 'data breakpoint', step, hitBreakpoints: [watch.id], text: `${watch.label} changed from ${before} to ${now}` };
      }
      const file = context.file;
      const list = this.lineBreakpoints.get(file) ?? this.lineBreakpoints.get(absoluteFile(file, this.baseDir));
      for (const bp of list ?? []) {
        if (bp.vmLine !== context.line) continue;
        if (bp.condition && !isTrue(evaluateExpression(bp.condition, scope()))) continue;
        const count = (hits.get(bp.id) ?? 0) + 1;
        hits.set(bp.id, count);
        if (bp.hitCondition && !hitConditionHolds(bp.hitCondition, count)) continue;
        if (bp.logMessage) {
          if (direction === 'forward' && step > start) this.pendingLogs.push({ step, output: { category: 'console', text: `${interpolate(bp.logMessage, scope())}\n`, file: absoluteFile(file, this.baseDir), line: context.line - 1 } });
          continue;
        }
        if (stop === null) stop = { reason: 'breakpoint', step, hitBreakpoints: [bp.id] };
      }
      if (stop === null) {
        const caught = this.caughtPanicAt(step);
        if (caught !== null) stop = { reason: 'exception', step, text: caught };
      }
      if (stop === null && this.functionBreakpoints.length > 0 && this.isFunctionEntry(step)) {
        const name = t.funcs[t.funcOf(step)];
        for (const bp of this.functionBreakpoints) {
          if (!matchesFunction(name, bp.name)) continue;
          if (bp.condition && !isTrue(evaluateExpression(bp.condition, scope()))) continue;
          stop = { reason: 'function breakpoint', step, hitBreakpoints: [bp.id] };
        }
      }
      if (direction === 'forward') {
        if (step <= start) return;
        if (stop === null && isStepTarget(step)) stop = { reason: 'step', step };
        if (stop !== null) {
          found = stop;
          return 'stop';
        }
      } else {
        // Going back, a data breakpoint stops on the statement that wrote the value.
        if (stop !== null) found = stop.reason === 'data breakpoint' ? { ...stop, step: step - 1 } : stop;
        else if (isStepTarget(step)) found = { reason: 'step', step };
      }
    });
    if (found !== null) return this.stopAt(found);
    if (direction === 'forward') this.runToEnd();
    else this.stopAt({ reason: 'entry', step: this.firstUserStep() });
  }

  /** Past the last step: a failed run stops at its panic or Abort (when the filter is on), else the session ends. */
  private runToEnd(): void {
    const failure = this.failureStep();
    const outcome = this.trace.end.outcome;
    const filter = outcome === 'panic' ? 'panic' : 'abort';
    if (failure !== null && this.position < failure + 1 && this.position !== failure && this.exceptionFilters.has(filter)) {
      return this.stopAt({ reason: 'exception', step: failure, text: this.trace.end.error ?? outcome });
    }
    this.position = this.trace.count + 1;
    this.reportProgress(this.trace.count + 1);
    this.finish();
  }

  private finish(): void {
    const end = this.trace.end;
    const summary = end.error !== null ? `failed: ${end.error}` : end.results.length > 0 ? `result: ${end.results.join(', ')}` : 'done';
    this.emitOutput({ category: end.error !== null ? 'important' : 'console', text: `${summary} (gas ${end.gasUsed})\n` });
    setImmediate(() => this.emit('end', { error: end.error }));
  }

  private stopAt(stop: StopEvent): void {
    this.position = stop.step;
    this.reportProgress(stop.step);
    setImmediate(() => {
      this.emit('stopped', stop);
      this.schedulePrefetch();
    });
  }

  /** Sends the output printed and the events emitted before step `step`, the first time only. */
  private reportProgress(step: number): void {
    const t = this.trace;
    // A logpoint at step k speaks before step k runs; output printed during step k follows it.
    const logs = this.pendingLogs.filter((log) => log.step < step);
    this.pendingLogs = [];
    let nextLog = 0;
    while (this.reportedOutput < t.output.length && t.output[this.reportedOutput].step < step) {
      const printed = t.output[this.reportedOutput];
      while (nextLog < logs.length && logs[nextLog].step <= printed.step) this.emitOutput(logs[nextLog++].output);
      this.emitOutput({ category: 'stdout', text: printed.text });
      this.reportedOutput++;
    }
    while (nextLog < logs.length) this.emitOutput(logs[nextLog++].output);
    const notesBefore = step > t.count ? t.allNotes.length : t.notes[step - 1];
    while (this.reportedNotes < notesBefore) {
      const note = t.allNotes[this.reportedNotes++];
      if (note.kind === 'event') this.emitOutput({ category: 'console', text: `event ${note.event.type} from ${note.event.realm} ${JSON.stringify(note.event.attrs)}\n` });
    }
  }

  private emitOutput(output: OutputEvent): void {
    setImmediate(() => this.emit('output', output));
  }

  /** Runs the target again from the start with `onStep` (deterministic, so it retraces the recorded run). */
  private replay(onStep: (context: StopContext) => void | 'stop'): void {
    this.target.run(this.withPatches({ onStep }), { output: () => undefined }, []);
  }

  /** `hooks` with the values set while debugging applied before their steps. */
  private withPatches(hooks: DebugHooks): DebugHooks {
    if (this.patches.length === 0) return hooks;
    const patches = this.patches;
    return {
      ...hooks,
      onStep: (context) => {
        for (const patch of patches) if (patch.step === context.step) assignExpression(patch.target, patch.value, this.scopeOf(context, patch.frame));
        return hooks.onStep(context);
      },
    };
  }

  private patchedTarget(): DebugTarget {
    return { ...this.target, run: (hooks, sink, notes) => this.target.run(this.withPatches(hooks), sink, notes) };
  }

  /** The frozen view at `step`, from the cache or a replay. */
  private viewAt(step: number): StopView {
    const cached = this.views.get(step);
    if (cached !== undefined) return cached;
    this.captureViews([step]);
    return this.views.get(step) ?? emptyView(step);
  }

  /** Captures the views of several steps in one replay. */
  private captureViews(steps: number[]): void {
    const wanted = new Set(steps.filter((s) => s >= 1 && s <= this.trace.count && !this.views.has(s)));
    if (wanted.size === 0) return;
    const last = Math.max(...wanted);
    const notes: TraceNote[] = [];
    this.target.run(
      this.withPatches({
        onStep: (context) => {
          if (wanted.has(context.step)) this.remember(context.step, this.capture(context, notes));
          if (context.step >= last) return 'stop';
        },
      }),
      { output: () => undefined },
      notes,
    );
  }

  private remember(step: number, view: StopView): void {
    if (this.views.size >= VIEW_CACHE_SIZE) {
      const oldest = this.views.keys().next().value;
      if (oldest !== undefined && oldest !== this.position) this.views.delete(oldest);
    }
    this.views.set(step, view);
  }

  /** After a stop, the views of the stops the next likely actions lead to. */
  private schedulePrefetch(): void {
    if (this.prefetchTimer !== null) clearImmediate(this.prefetchTimer);
    this.prefetchTimer = setImmediate(() => {
      this.prefetchTimer = null;
      if (this.ended || this.needsLive()) return;
      const targets = this.likelyTargets();
      this.captureViews(targets);
    });
  }

  private likelyTargets(): number[] {
    const t = this.trace;
    const here = this.position;
    const depth = this.currentDepth();
    // The stop itself first: the client asks for its stack right after the stopped event.
    const out = [here, here + 1];
    for (let s = here + 1; s <= t.count; s++) if (t.depthOf(s) <= depth) { out.push(s); break; }
    for (let s = here + 1; s <= t.count; s++) if (t.depthOf(s) < depth) { out.push(s); break; }
    for (let s = here - 1; s >= 1; s--) if (t.depthOf(s) <= depth) { out.push(s); break; }
    return out;
  }

  private scopeOf(context: StopContext, frame: number): Variable[] {
    const stack = context.stack();
    const pkg = stack[frame]?.pkgPath ?? 'main';
    return [...context.globals(pkg), ...context.locals(frame)];
  }

  private capture(context: StopContext, notes: TraceNote[]): StopView {
    const all = context.stack();
    const shown = all.map((_frame, i) => i).filter((i) => all[i].pkgPath !== DRIVER_PATH && !isGeneratedFile(all[i].file));
    const stack = shown.map((i) => all[i]);
    const frames: FrameView[] = stack.map((frame, i) => {
      let caller = '';
      for (let j = i + 1; j < stack.length; j++) {
        if (stack[j].pkgPath !== frame.pkgPath) {
          caller = stack[j].pkgPath;
          break;
        }
      }
      if (caller === '') caller = this.target.msg()?.origin ?? '';
      return { func: frame.func, pkgPath: frame.pkgPath, file: absoluteFile(frame.file, this.baseDir), line: frame.line - 1, col: frame.col, realm: frame.pkgPath, caller };
    });
    const locals = shown.map((i) => context.locals(i).map((v) => captureValue(v.name, v.rtype, v.value)));
    const packageVars = new Map<string, ValueNode[]>();
    for (const frame of stack) {
      if (packageVars.has(frame.pkgPath)) continue;
      packageVars.set(
        frame.pkgPath,
        context.globals(frame.pkgPath).filter((v) => !v.name.startsWith('_')).map((v) => captureValue(v.name, v.rtype, v.value)),
      );
    }
    const msg = this.target.msg();
    const leaf = (name: string, value: string, type = 'string'): ValueNode => ({ name, type, value });
    // msg.Sender is the calling realm's address inside a realm called by another realm.
    const caller = frames[0]?.caller ?? '';
    const sender = msg === null ? '' : caller !== '' && caller !== msg.origin ? realmAddress(caller) : msg.origin;
    const msgNodes = msg === null ? [leaf('gas used', '0', 'int')] : [leaf('Sender', sender, 'address'), leaf('Origin', msg.origin, 'address'), leaf('Height', String(msg.height), 'int64'), leaf('gas used', String(Math.max(0, this.target.gasUsedNow())), 'int')];
    return { step: context.step, frames, locals, packageVars, msg: msgNodes, state: this.stateNodes(notes, frames[0]?.realm ?? '') };
  }

  /** The realm's state tree as of now: the base snapshot's keys with this tx's writes applied, written ones marked. */
  private stateNodes(notes: TraceNote[], realm: string): ValueNode[] {
    const node = this.target.node;
    if (node === null) return [];
    const written = new Map<string, string>();
    for (const note of notes) if (note.kind === 'write' && note.namespace === realm) written.set(note.key, note.new === undefined ? '<deleted>' : formatValue(note.new));
    const rows = new Map<string, ValueNode>();
    try {
      const page = node.store.view(this.target.base ?? undefined).entries(realm, { limit: 200 });
      for (const entry of page.items) rows.set(entry.key, { name: entry.key, type: entry.value.type ?? entry.value.kind, value: formatValue(entry.value) });
    } catch {
      // A realm not deployed yet has no namespace: only this tx's writes show.
    }
    for (const [key, value] of written) rows.set(key, { name: `${key} *`, type: 'written in this tx', value });
    return [...rows.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  private statementLinesOf(file: string): Set<number> {
    let lines = this.statementLines.get(file);
    if (lines !== undefined) return lines;
    lines = new Set<number>();
    try {
      const text = readFileSync(file, 'utf8');
      const parsed = parseFile(file, text);
      walk(parsed.file, (node) => {
        if (node.kind.endsWith('Stmt') && node.kind !== 'BlockStmt' && node.kind !== 'EmptyStmt' && node.kind !== 'LabeledStmt') lines!.add(parsed.lines.goPosition(node.pos).line);
      });
    } catch {
      // An unreadable file has no statements: its breakpoints stay unverified.
    }
    this.statementLines.set(file, lines);
    return lines;
  }
}

function isGeneratedFile(file: string): boolean {
  return file.endsWith(BIND_FILE) || file.endsWith(`${DRIVER_PATH}.amigo`);
}

function emptyView(step: number): StopView {
  return { step, frames: [], locals: [], packageVars: new Map(), msg: [], state: [] };
}

function nearestStatement(lines: Set<number>, line: number): number | null {
  let best: number | null = null;
  for (const candidate of lines) if (candidate >= line && (best === null || candidate < best)) best = candidate;
  return best;
}

function matchesFunction(funcName: string, wanted: string): boolean {
  return funcName === wanted || funcName.endsWith(`.${wanted}`);
}

/** `>= N`, `== N`, `% N`, or a bare `N` (meaning >= N), as the hit count of a breakpoint. */
function hitConditionHolds(condition: string, count: number): boolean {
  const match = /^\s*(>=|>|==|=|<=|<|%)?\s*(\d+)\s*$/.exec(condition);
  if (match === null) return true;
  const n = Number(match[2]);
  switch (match[1]) {
    case '>':
      return count > n;
    case '==':
    case '=':
      return count === n;
    case '<':
      return count < n;
    case '<=':
      return count <= n;
    case '%':
      return n > 0 && count % n === 0;
    default:
      return count >= n;
  }
}

/** A logpoint message with `{expression}` parts evaluated. */
function interpolate(message: string, scope: Variable[]): string {
  return message.replace(/\{([^}]+)\}/g, (_all, expression: string) => {
    const result = evaluateExpression(expression, scope);
    return result.ok ? valueText(result.result.type, result.result.value) : `<${result.error}>`;
  });
}

function dirnameOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}
