// The local node: a state store plus the hub, and one atomic transaction per call. `call` deploys
// what is not deployed yet (init once), runs the function, and commits a snapshot whose tx record
// holds caller, function, arguments, result or error, events, oracle answers, gas in total and
// by package, height and block time; any failure (panic, Abort, out of gas, a value that cannot
// be stored, a changed library variable) leaves state and head as they were and is recorded as
// a failed attempt. `render` and `replay` run the same way over a read-only overlay and never
// write. Block height and time come from the history (no wall clock), so two fresh nodes given the
// same txs agree on every root and id. It deliberately prints nothing (the CLI does).
import { existsSync } from 'node:fs';
import { openStateStore, createMemoryStateStore, type JsonValue, type Snapshot, type StateStore, type TxRecord } from '../state/index';
import type { HubPackage, HubResolver } from '../hub/index';
import { DEFAULT_TX_GAS } from '../run/gas';
import type { DebugHooks } from '../run/runtime';
import { panicLines } from '../run/panicReport';
import { jsString, sliceItems, type Slice } from '../run/values';
import { parseAccount } from './accounts';
import { buildCall, CallError } from './realmProgram';
import { TxContext, type OracleAnswer, type TraceNote, type TxEvent } from './txContext';
import { overlayState, transactionState, type WorkingState } from './workingState';

/** Block time of height 0 (2025-01-01T00:00:00Z); each height adds BLOCK_SECONDS. */
export const GENESIS_TIME = 1_735_689_600n;
export const BLOCK_SECONDS = 5n;

export interface CallRequest {
  /** A package folder or import path. */
  pkg: string;
  func: string;
  args: string[];
  /** An account name or an address. */
  caller: string;
  gas?: number;
}

export interface TxOutcome {
  ok: boolean;
  /** Each result as fmt.Sprint prints it. */
  result: string[];
  error: string | null;
  events: TxEvent[];
  gas: { total: number; byPackage: Record<string, number> };
  /** The new head (ok) or the unchanged head (failed). */
  snapshot: string;
  root: string;
  /** The entry recorded in the log (the failed attempt's own id when ok is false). */
  entry: string;
  package: string;
  function: string;
  caller: string;
  deployed: string[];
  /** What the realm printed (fmt.Print...). */
  output: string;
}

export interface RunOutcome {
  ok: boolean;
  result: string[];
  error: string | null;
  events: TxEvent[];
  gas: { total: number; byPackage: Record<string, number> };
  output: string;
  oracle: OracleAnswer[];
  deployed: string[];
}

export interface NodeOptions {
  hub: HubResolver;
  /** The state folder; a memory store when undefined. */
  stateDir?: string;
  readOnly?: boolean;
  /**
   * A clock in milliseconds (the host's; vm/ reads none itself). When given, each call records
   * where its time went in `lastProfile`.
   */
  clock?: () => number;
}

/** Where one call's time went, in milliseconds. */
export interface CallProfile {
  /** Parsing, checking and compiling the program. */
  build: number;
  /** Running it, state access excluded. */
  vm: number;
  /** Reads and writes of the working state (the state engine, nodes loaded on demand). */
  state: number;
  /** The commit: writing changed nodes and the snapshot, durably. */
  store: number;
}

/** An error of the request itself (unknown package, bad argument): no tx was recorded. */
export class RequestError extends Error {}

export class RealmNode {
  readonly store: StateStore;
  lastProfile: CallProfile | null = null;

  constructor(readonly options: NodeOptions) {
    // Reading a node that has no state folder yet reads an empty history (genesis only).
    const fresh = options.stateDir === undefined || (options.readOnly === true && !existsSync(options.stateDir));
    this.store = fresh ? createMemoryStateStore() : openStateStore(options.stateDir, { readOnly: options.readOnly });
  }

  close(): void {
    this.store.close();
  }

  /** The package a command-line argument names, which must be a realm. */
  realm(spec: string, cwd: string): HubPackage {
    const found = this.options.hub.locate(spec, cwd);
    if ('error' in found) throw new RequestError(found.error);
    if (found.kind !== 'realm') throw new RequestError(`${found.identity} is a ${found.kind}, not a realm: only realms take transactions`);
    return found;
  }

  /** One transaction. Throws RequestError when the request cannot become a tx. */
  call(request: CallRequest, cwd: string): TxOutcome {
    const target = this.realm(request.pkg, cwd);
    const account = parseAccount(request.caller);
    if ('error' in account) throw new RequestError(`--caller: ${account.error}`);
    const clock = this.options.clock;
    const started = clock?.() ?? 0;
    const program = this.build(target, request.func, request.args);
    const built = clock?.() ?? 0;
    const tip = this.store.log(undefined, { limit: 1 }).entries[0];
    const height = (tip?.height ?? 0) + 1;
    const tx = this.store.begin();
    try {
      const timing = { state: 0 };
      const state = clock === undefined ? transactionState(tx) : timedState(transactionState(tx), clock, timing);
      const run = this.execute(program, state, { origin: account.address, height, gas: request.gas });
      const ran = clock?.() ?? 0;
      const record: TxRecord = {
        caller: account.address,
        ...(account.name !== undefined ? { callerName: account.name } : {}),
        package: target.identity,
        function: request.func,
        args: request.args,
        ok: run.ok,
        result: run.ok ? run.result : null,
        error: run.error,
        events: run.events.map((e) => ({ type: e.type, realm: e.realm, attrs: e.attrs })),
        oracle: run.oracle.map((a) => ({ feed: a.feed, source: a.source, value: a.value })),
        gas: { total: run.gas.total, byPackage: run.gas.byPackage },
        deployed: run.deployed,
        height,
        time: Number(GENESIS_TIME + BigInt(height) * BLOCK_SECONDS),
      } as { [field: string]: JsonValue };
      const entry: Snapshot = run.ok ? tx.commit(record) : tx.fail(record);
      if (clock !== undefined) this.lastProfile = { build: built - started, vm: ran - built - timing.state, state: timing.state, store: clock() - ran };
      const head = this.store.head();
      return {
        ok: run.ok,
        result: run.result,
        error: run.error,
        events: run.events,
        gas: run.gas,
        snapshot: head.id,
        root: head.root,
        entry: entry.id,
        package: target.identity,
        function: request.func,
        caller: account.address,
        deployed: run.deployed,
        output: run.output,
      };
    } finally {
      if (tx.isOpen) tx.discard();
    }
  }

  /** Runs Render(path) of a realm at a snapshot (default the head) without writing anything. */
  render(spec: string, path: string, cwd: string, at?: string): RunOutcome {
    const target = this.realm(spec, cwd);
    const program = this.build(target, 'Render', [path]);
    const base = at === undefined ? this.store.head() : this.store.snapshot(at);
    return this.execute(program, overlayState(this.store.view(base.id)), { origin: parseAccountOrThrow('viewer'), height: base.height, gas: DEFAULT_TX_GAS });
  }

  /**
   * Runs the tx recorded at `snapshotId` again over its parent's state, with its recorded caller,
   * arguments, height and oracle answers, collecting trace notes; nothing is written.
   */
  replay(snapshotId: string, cwd: string, options: { debug?: DebugHooks; trace?: TraceNote[]; onContext?: (context: TxContext) => void } = {}): { snapshot: Snapshot; run: RunOutcome; target: HubPackage } {
    const snapshot = this.store.snapshot(snapshotId);
    const record = snapshot.tx;
    if (record === null || typeof record.package !== 'string' || typeof record.function !== 'string') throw new RequestError(`${snapshot.id} is not a transaction (genesis or a store entry without a call)`);
    if (snapshot.parent === null) throw new RequestError(`${snapshot.id} has no parent state to replay from`);
    const target = this.realm(record.package, cwd);
    const args = Array.isArray(record.args) ? record.args.map(String) : [];
    const program = this.build(target, record.function, args, options.debug !== undefined);
    const gasLimit = DEFAULT_TX_GAS;
    const run = this.execute(program, overlayState(this.store.view(snapshot.parent)), {
      origin: String(record.caller),
      height: Number(record.height ?? snapshot.height),
      gas: gasLimit,
      replayOracle: Array.isArray(record.oracle) ? (record.oracle as unknown as OracleAnswer[]) : [],
      trace: options.trace,
      debug: options.debug,
      onContext: options.onContext,
    });
    return { snapshot, run, target };
  }

  /**
   * Runs a program built elsewhere (a test's driver) as one tx on this node: committed when it
   * succeeds and `commit` is set, else dropped. `services` are put on the TxContext by name.
   */
  runBuilt(program: ReturnType<typeof buildCall>, options: { caller: string; gas?: number; services?: Record<string, unknown>; commit: boolean }): RunOutcome {
    const tip = this.store.log(undefined, { limit: 1 }).entries[0];
    const height = (tip?.height ?? 0) + 1;
    const tx = this.store.begin();
    try {
      const run = this.execute(program, transactionState(tx), {
        origin: parseAccountOrThrow(options.caller),
        height,
        gas: options.gas,
        onContext: (context) => Object.assign(context, options.services ?? {}),
      });
      if (run.ok && options.commit) tx.commit({ caller: options.caller, function: 'test', ok: true });
      return run;
    } finally {
      if (tx.isOpen) tx.discard();
    }
  }

  private build(target: HubPackage, func: string, args: string[], debug = false) {
    try {
      return buildCall({ hub: this.options.hub, target, func, args, debug });
    } catch (error) {
      if (error instanceof CallError) throw new RequestError(error.message);
      throw error;
    }
  }

  /** Runs a built call over `state`. */
  private execute(
    program: ReturnType<typeof buildCall>,
    state: WorkingState,
    options: { origin: string; height: number; gas?: number; replayOracle?: OracleAnswer[]; trace?: TraceNote[]; debug?: DebugHooks; onContext?: (context: TxContext) => void },
  ): RunOutcome {
    const context = new TxContext({
      state,
      roles: program.roles,
      versions: program.versions,
      apis: program.apis,
      origin: options.origin,
      height: options.height,
      time: GENESIS_TIME + BigInt(options.height) * BLOCK_SECONDS,
      oracle: this.options.hub.oracle,
      replayOracle: options.replayOracle,
      trace: options.trace,
      realmAt: (path) => this.options.hub.packageByIdentity(path)?.kind === 'realm',
    });
    options.onContext?.(context);
    let output = '';
    const run = program.compiled.run(
      {
        host: {
          stdout: (bytes) => (output += bytes),
          stderr: (bytes) => (output += bytes),
          blockTimeNanos: (GENESIS_TIME + BigInt(options.height) * BLOCK_SECONDS) * 1_000_000_000n,
          blockHeight: options.height,
          realm: context,
        },
        gasLimit: options.gas ?? DEFAULT_TX_GAS,
        debug: options.debug,
      },
      program.entry,
    );
    let error: string | null = null;
    let result: string[] = [];
    switch (run.outcome) {
      case 'ok':
        result = sliceItems(run.results as Slice | null).map((item) => jsString(item as string));
        error = context.finish();
        break;
      case 'panic':
        error = panicLines(run.panic).join('\n');
        break;
      case 'abort':
        error = run.message;
        break;
      case 'outOfGas':
        error = `out of gas (limit ${options.gas ?? DEFAULT_TX_GAS})`;
        break;
      case 'stopped':
        error = `stopped at step ${run.step}`;
        break;
      case 'fatal':
        error = run.message;
        break;
    }
    const ok = error === null;
    return {
      ok,
      result: ok ? result : [],
      error,
      events: ok ? context.events : [],
      gas: context.gas(),
      output: jsString(output),
      oracle: context.oracleAnswers,
      deployed: ok ? context.deployedNow : [],
    };
  }
}

/** `state` with the time spent in it added to `timing.state`. */
function timedState(state: WorkingState, clock: () => number, timing: { state: number }): WorkingState {
  const timed = <A extends unknown[], R>(fn: (...args: A) => R) => (...args: A): R => {
    const start = clock();
    try {
      return fn(...args);
    } finally {
      timing.state += clock() - start;
    }
  };
  return { ...state, get: timed(state.get), set: timed(state.set), delete: timed(state.delete), keysWithPrefix: timed(state.keysWithPrefix) };
}

function parseAccountOrThrow(name: string): string {
  const account = parseAccount(name);
  if ('error' in account) throw new RequestError(account.error);
  return account.address;
}
