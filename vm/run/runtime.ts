// The state of one run of a compiled program and the services it is given: the Host interface
// (output, block time, the realm layer's hooks), the options of a run (gas limit, debug hooks), gas
// accounting with attribution to packages, panics and recover, and the debug stop context. It is
// what compiled code calls into (`$rt`) and what natives receive. It deliberately does no I/O of its
// own (everything goes through the Host), holds no code generation, and knows nothing of DAP.

import { UNLIMITED_GAS } from './gas';
import { panicValueText } from './panicReport';
import { GoPanic, Iface, OutOfGas, Abort, runtimeError, type Type } from './values';

/** Services the caller provides. The VM has no other way to reach the outside world. */
export interface Host {
  /** Receives the bytes the program writes to standard output (a Go string: one byte per code unit). */
  stdout(bytes: string): void;
  /** Receives the bytes of print/println and of the panic report. */
  stderr(bytes: string): void;
  /** The block time in nanoseconds since the Unix epoch (time.Now()); 0 when not given. */
  blockTimeNanos?: bigint;
  /** The block height (msg.Height). */
  blockHeight?: number;
  /**
   * The realm layer: state access, events, msg, cross-realm calls. Opaque to the VM core: the
   * `amigos` package's natives read it through `Runtime.host.realm`.
   */
  realm?: RealmHost;
}

/** What the realm layer implements for the `amigos` package's natives. */
export interface RealmHost {
  /** The caller and signer of the tx, as address strings. */
  msg(): { sender: string; origin: string; height: number; time: bigint };
  /** The realm whose code is running (the package path of the innermost realm frame). */
  currentRealm(): string;
  /** Emits an event from the current realm. */
  emit(type: string, attrs: [string, string][]): void;
  /** State tree access under a path; the realm layer checks write permission. */
  stateGet(path: string[], key: string): unknown;
  stateSet(path: string[], key: string, value: unknown): void;
  /**
   * Called whenever running code moves from one package to another (a call into it, or the return
   * from it): the realm layer tracks the current realm and msg.Sender with it. Only programs with
   * more than one package of Go code make such moves.
   */
  crossing?(fromPkgPath: string, toPkgPath: string, msg: MsgValue): void;
  /** Extra services the realm layer adds, by name. */
  [service: string]: unknown;
}

/** The program's `msg` value (a struct object, see values.ts): the realm layer may update it as calls cross realms. */
export interface MsgValue {
  Sender: string;
  Origin: string;
  Height: number | bigint;
  Time: number | bigint;
}

/** How to run a program. */
export interface RunOptions {
  host: Host;
  /** The gas limit; undefined for none. */
  gasLimit?: number;
  /** Debug hooks; when given the program is compiled in its instrumented variant. */
  debug?: DebugHooks;
}

/** A stop at a statement, given to DebugHooks.onStep. Valid only during the callback (it is reused). */
export interface StopContext {
  /** The 1-based number of this statement in the run: deterministic, so a replay can stop at step N. */
  step: number;
  file: string;
  /** 1-based line and column (column in bytes, as Go counts). */
  line: number;
  col: number;
  /** Call depth: 1 in main (or the entry function). */
  depth: number;
  /** The call stack, innermost first. */
  stack(): StackFrame[];
  /** The local variables in scope in frame `frame` (0 = innermost). */
  locals(frame: number): Variable[];
  /** The package-level variables of package `pkgPath`. */
  globals(pkgPath: string): Variable[];
}

export interface StackFrame {
  /** Go's name of the function: `main.main`, `main.(*T).M`, `main.main.func1`. */
  func: string;
  pkgPath: string;
  file: string;
  line: number;
  col: number;
}

export interface Variable {
  name: string;
  /** The type as Go prints it (%T). */
  type: string;
  /** The runtime type descriptor of the value (see values.ts). */
  rtype: Type;
  /** The Go value (see values.ts for its representation). */
  value: unknown;
  /**
   * For a local of the instrumented variant: stores `value` (already in the runtime representation
   * of `rtype`) into the variable itself, so the code that runs next sees it. Valid only during the
   * callback that produced the variable. Absent for package variables.
   */
  set?(value: unknown): void;
}

/** What DebugHooks.onPanic is told. */
export interface PanicEvent {
  /** The step of the statement that raised the panic. */
  raisedAt: number;
  /** False when the panic is first seen leaving the statement that raised it; true when a deferred call's recover() takes it. */
  recovered: boolean;
  /** The panic value as Go prints it after `panic: `. */
  text: string;
}

export interface DebugHooks {
  /**
   * Called before every statement runs. Return 'stop' to end the run there (it then ends with a
   * DebugStop error), anything else to continue.
   */
  onStep(context: StopContext): void | 'stop';
  /**
   * Called in the instrumented variant when a panic is raised (`recovered: false`, the context is
   * the raising statement) and again if a deferred call recovers it (`recovered: true`, the context
   * is the statement calling recover). The plain variant never calls it.
   */
  onPanic?(context: StopContext, event: PanicEvent): void;
}

/** The error a run ends with when a debug hook asked to stop. */
export class DebugStop {
  constructor(readonly step: number) {}
}

/** Static facts about one statement, for the debug hooks and stack traces. */
export interface StmtSite {
  file: string;
  line: number;
  col: number;
  /** Names and type descriptors of the locals in scope, in the order the locals thunk returns them. */
  locals: { name: string; type: Type }[];
}

/** Static facts about one compiled function. */
export interface FuncSite {
  name: string;
  pkgPath: string;
}

/**
 * The instrumented variant's per-statement access to the locals in scope: called without arguments
 * it returns their values (in StmtSite.locals order); called with an index and a value it stores the
 * value into that local.
 */
export type LocalsAccess = (index?: number, value?: unknown) => unknown;

interface DebugFrame {
  func: FuncSite;
  site: StmtSite | null;
  localsThunk: LocalsAccess | null;
}

/** Stands on the recover stack while a deferred call that cannot recover runs. */
const recoveredMarker = new GoPanic(null);

/** One run's mutable state. Compiled code holds it as `$rt`. */
export class Runtime {
  /** Gas left. Compiled code does `if (($rt.gas -= k) < 0) $rt.outOfGas()`. */
  gas: number;
  readonly gasLimit: number;
  readonly limited: boolean;
  /** Index of the package whose code is running, for attribution. */
  pkg = 0;
  private mark: number;
  private readonly usedBy: number[] = [];
  /** Package paths by index (filled by the loader). */
  pkgPaths: string[] = [];
  /** The panics being handled by deferred calls, innermost last. */
  readonly panics: GoPanic[] = [];
  /** Debug state (only used by the instrumented variant). */
  steps = 0;
  readonly frames: DebugFrame[] = [];
  stmtSites: StmtSite[] = [];
  globalsByPkg = new Map<string, () => Variable[]>();
  /** The program's `msg` (set by the loader before the program starts). */
  msg: MsgValue = { Sender: '', Origin: '', Height: 0, Time: 0 };

  constructor(readonly options: RunOptions) {
    this.limited = options.gasLimit !== undefined;
    this.gasLimit = options.gasLimit ?? UNLIMITED_GAS;
    this.gas = this.gasLimit;
    this.mark = this.gas;
  }

  get host(): Host {
    return this.options.host;
  }

  /** Charges `amount` gas (natives and runtime helpers call this for size-dependent costs). */
  charge(amount: number): void {
    if ((this.gas -= amount) < 0) this.outOfGas();
  }

  outOfGas(): never {
    this.gas = 0;
    throw new OutOfGas(this.gasLimit);
  }

  /** Attributes the gas spent since the last switch to the running package, then runs `pkg`. */
  switchPkg(pkg: number): void {
    this.usedBy[this.pkg] = (this.usedBy[this.pkg] ?? 0) + (this.mark - this.gas);
    this.mark = this.gas;
    const from = this.pkg;
    this.pkg = pkg;
    const realm = this.options.host.realm;
    if (from !== pkg && realm?.crossing !== undefined) realm.crossing(this.pkgPaths[from] ?? '', this.pkgPaths[pkg] ?? '', this.msg);
  }

  /** After a call that may have run another package's code: attribute to package `pkg` again, pass `value` through. */
  ret<V>(value: V, pkg: number): V {
    if (this.pkg !== pkg) this.switchPkg(pkg);
    return value;
  }

  /** Gas used so far in total. */
  gasUsed(): number {
    return this.gasLimit - Math.max(this.gas, 0);
  }

  /** Gas used so far by package path (only packages that used some). */
  gasByPackage(): Record<string, number> {
    this.switchPkg(this.pkg);
    const out: Record<string, number> = {};
    this.usedBy.forEach((used, index) => {
      if (used > 0) out[this.pkgPaths[index] ?? `#${index}`] = used;
    });
    return out;
  }

  /** Writes program output (a Go string). */
  write(bytes: string): void {
    this.options.host.stdout(bytes);
  }

  // ------------------------------------------------------------------------------------------
  // Panics and recover

  /**
   * Turns anything thrown inside compiled code into what Go would see: a GoPanic stays, a JS
   * stack overflow is Go's fatal stack overflow (not recoverable), out of gas and aborts pass
   * through unchanged; any other JS exception is a VM bug, rethrown.
   */
  static isRecoverable(error: unknown): error is GoPanic {
    return error instanceof GoPanic;
  }

  /** recover(): the value of the panic being handled by the running deferred call, or nil. */
  recover(): Iface | null {
    const panic = this.panics[this.panics.length - 1];
    if (panic === undefined || panic.recovered || panic === recoveredMarker) return null;
    panic.recovered = true;
    // Debug sessions only (the plain variant has no hooks): a caught panic is reported.
    if (this.options.debug?.onPanic !== undefined) this.notePanic(panic, true);
    return panic.value;
  }

  /**
   * Runs deferred calls `deferred` (last first) for a function ending normally (`panic` null) or
   * by a panic. Returns the panic still in flight after them (null when recovered or none).
   * A deferred call that panics replaces the panic in flight (Go chains them for the report).
   */
  runDefers(deferred: (() => void)[], panic: unknown): unknown {
    let inFlight = panic;
    for (let i = deferred.length - 1; i >= 0; i--) {
      const current = inFlight instanceof GoPanic ? inFlight : null;
      if (inFlight !== null && current === null) return inFlight; // out of gas, abort, debug stop: no defers
      const fn = deferred[i] as (() => void) & { noRecover?: boolean };
      // recover() sees the panic only when the deferred function itself calls it.
      if (current !== null) this.panics.push(fn.noRecover === true ? recoveredMarker : current);
      try {
        fn();
        if (current !== null && current.recovered) inFlight = null;
      } catch (error) {
        if (error instanceof GoPanic && current !== null && error !== current) {
          error.previous = current.recovered ? null : current;
          if (current.recovered) error.previousRecovered = current;
        }
        inFlight = error;
      } finally {
        if (current !== null) this.panics.pop();
      }
    }
    return inFlight;
  }

  // ------------------------------------------------------------------------------------------
  // Debug (instrumented variant only)

  /** Function entry in the instrumented variant. */
  enter(func: FuncSite): void {
    this.frames.push({ func, site: null, localsThunk: null });
  }

  leave(): void {
    this.frames.pop();
  }

  /** In the instrumented variant: records the Go stack on a panic as it leaves its innermost frame. */
  noteThrow(error: unknown): void {
    if (error instanceof GoPanic && error.stack.length === 0) error.stack = this.stack();
    this.noteRaise(error);
  }

  /**
   * In the instrumented variant: a panic is leaving the statement that raised it (a function's
   * frame, or the body of a function with defers). The first time, its step is remembered and the
   * onPanic hook told.
   */
  noteRaise(error: unknown): void {
    if (!(error instanceof GoPanic) || this.raisedAt.has(error)) return;
    this.raisedAt.set(error, this.steps);
    if (this.options.debug?.onPanic !== undefined) this.notePanic(error, false);
  }

  private readonly raisedAt = new WeakMap<GoPanic, number>();

  private notePanic(panic: GoPanic, recovered: boolean): void {
    const hooks = this.options.debug;
    if (hooks?.onPanic === undefined) return;
    const context = this.context ?? (this.context = this.makeContext());
    hooks.onPanic(context, { raisedAt: this.raisedAt.get(panic) ?? this.steps, recovered, text: panicValueText(panic.value) });
  }

  /** Before statement `site` in the instrumented variant. */
  step(siteIndex: number, localsThunk: LocalsAccess): void {
    const frame = this.frames[this.frames.length - 1];
    const site = this.stmtSites[siteIndex];
    if (frame !== undefined) {
      frame.site = site;
      frame.localsThunk = localsThunk;
    }
    const hooks = this.options.debug;
    if (hooks === undefined) return;
    const step = ++this.steps;
    // One context object per run, updated in place: a step must stay cheap (a replay to step N
    // runs N of them).
    const context = this.context ?? (this.context = this.makeContext());
    context.step = step;
    context.file = site.file;
    context.line = site.line;
    context.col = site.col;
    context.depth = this.frames.length;
    if (hooks.onStep(context) === 'stop') throw new DebugStop(step);
  }

  private context: StopContext | null = null;

  private makeContext(): StopContext {
    return {
      step: 0,
      file: '',
      line: 0,
      col: 0,
      depth: 0,
      stack: () => this.stack(),
      locals: (index) => this.locals(index),
      globals: (pkgPath) => this.globalsByPkg.get(pkgPath)?.() ?? [],
    };
  }

  /** The call stack of the instrumented variant, innermost first. */
  stack(): StackFrame[] {
    const out: StackFrame[] = [];
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i];
      out.push({
        func: frame.func.name,
        pkgPath: frame.func.pkgPath,
        file: frame.site?.file ?? '',
        line: frame.site?.line ?? 0,
        col: frame.site?.col ?? 0,
      });
    }
    return out;
  }

  private locals(index: number): Variable[] {
    const frame = this.frames[this.frames.length - 1 - index];
    if (frame === undefined || frame.site === null || frame.localsThunk === null) return [];
    const access = frame.localsThunk;
    const values = access() as unknown[];
    return frame.site.locals.map((local, i) => ({
      name: local.name,
      type: local.type.toString(),
      rtype: local.type,
      value: values[i],
      set: (value: unknown) => {
        access(i, value);
      },
    }));
  }
}

/** A Go runtime error for a nil map write, shared by compiled code and natives. */
export function nilMapWrite(): GoPanic {
  return runtimeError('assignment to entry in nil map');
}

export { OutOfGas, Abort };
