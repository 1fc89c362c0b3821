// What a debug session runs, as a function that can be run again and again with the same result
// (the VM is deterministic): `main` of one file, one realm tx (function, arguments, caller)
// against the node's state at a snapshot, or the tx recorded at a snapshot replayed with its
// recorded caller, height and oracle answers. Each run reports its trace notes (realm crossings,
// state writes, events) and output through a sink, and never writes to the node: a tx runs over
// a read-only overlay of its base state. It deliberately does not step, stop or keep views: that
// is debugRuntime.ts. The realm node runs txs only without hooks (`call`) or as a replay, so the
// tx launch builds its TxContext here the way RealmNode.execute does, over an overlay.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { compileFile } from '../compile/runFile';
import { HubImportResolver, openHub, type HubPackage, type HubResolver } from '../hub/index';
import { DEFAULT_TX_GAS } from '../run/gas';
import type { DebugHooks } from '../run/runtime';
import { panicLines } from '../run/panicReport';
import { GoPanic, jsString, sliceItems, type Slice } from '../run/values';
import type { RunResult } from '../compile/program';
import { parseAccount } from '../realm/accounts';
import { BLOCK_SECONDS, GENESIS_TIME, RealmNode, RequestError } from '../realm/node';
import { buildCall, CallError } from '../realm/realmProgram';
import { TxContext, type OracleAnswer, type TraceNote } from '../realm/txContext';
import { overlayState } from '../realm/workingState';
import { findTests } from '../realm/testRunner';
import { STOP_TEST, type TestRecord } from '../realm/testingNatives';

/** The launch arguments (DESIGN.md section 6), already resolved to absolute paths. */
export interface LaunchSpec {
  program: string;
  function?: string;
  args?: string[];
  caller?: string;
  state?: string;
  test?: string;
  replay?: string;
  /** A snapshot whose state the tx runs against (default: the head). */
  at?: string;
  /** Where the bundled hub is found (the directory of the running code). */
  codeDir: string;
}

/** Receives what one run does, in order. */
export interface RunSink {
  output(text: string): void;
}

export interface RunEnd {
  outcome: RunResult['outcome'];
  /** The error as the CLI prints it (panic lines, abort message); null when ok or stopped. */
  error: string | null;
  gasUsed: number;
  results: string[];
}

/** One launchable program. */
export interface DebugTarget {
  /** What the target is, for the first output line. */
  title: string;
  kind: 'main' | 'tx' | 'replay' | 'test';
  /** Runs once with `hooks`; `notes` receives trace notes (realm crossings, writes, events) as they happen. */
  run(hooks: DebugHooks, sink: RunSink, notes: TraceNote[]): RunEnd;
  /** Gas used so far during the current run (0 for main, which runs without a limit). */
  gasUsedNow(): number;
  /** msg of the tx (sender, origin, height), null for main. */
  msg(): { sender: string; origin: string; height: number } | null;
  /** The node, for state history requests; null for main. */
  node: RealmNode | null;
  /** The snapshot whose state the run starts from (null for main). */
  base: string | null;
  /** Moves the base of later runs to another snapshot (time travel through state). */
  setBase(snapshotId: string): void;
  close(): void;
}

export class LaunchError extends Error {}

/** Builds the target a launch names, or throws LaunchError with a message for the user. */
export function openTarget(spec: LaunchSpec): DebugTarget {
  const program = resolve(spec.program);
  if (!existsSync(program)) throw new LaunchError(`program ${program} does not exist`);
  const isFile = statSync(program).isFile();
  if (spec.function === undefined && spec.replay === undefined && spec.test === undefined) {
    if (!isFile) throw new LaunchError(`program ${program} is a folder: give a file to run its main, or a function to call`);
    return mainTarget(program, spec);
  }
  return txTarget(isFile ? dirname(program) : program, spec);
}

function mainTarget(file: string, spec: LaunchSpec): DebugTarget {
  const text = readFileSync(file, 'utf8');
  let resolver: HubImportResolver | undefined;
  try {
    resolver = new HubImportResolver(openHub({ workspace: findWorkspace(dirname(file)), codeDir: spec.codeDir, environment: process.env, homeDir: homedir() }));
  } catch {
    resolver = undefined;
  }
  const compiled = compileFile(file, text, { debug: true, resolver });
  if ('errors' in compiled) throw new LaunchError(compiled.errors.join('\n'));
  return {
    title: `main of ${file}`,
    kind: 'main',
    node: null,
    base: null,
    setBase: () => {
      throw new LaunchError('a main program has no state to move');
    },
    run(hooks, sink) {
      const result = compiled.program.run({ host: { stdout: (bytes) => sink.output(jsString(bytes)), stderr: (bytes) => sink.output(jsString(bytes)) }, debug: hooks });
      return endOf(result, []);
    },
    gasUsedNow: () => 0,
    msg: () => null,
    close: () => undefined,
  };
}

/**
 * The workspace of a package folder: the outermost folder above it (itself included) that holds an
 * amigos.toml, as a workspace holds its packages' folders.
 */
export function findWorkspace(dir: string): string {
  let found = dir;
  let current = dir;
  for (;;) {
    if (existsSync(join(current, 'amigos.toml'))) found = current;
    const parent = dirname(current);
    if (parent === current) return found;
    current = parent;
  }
}

function txTarget(packageDir: string, spec: LaunchSpec): DebugTarget {
  let hub: HubResolver;
  let node: RealmNode;
  const dir = findWorkspace(packageDir);
  try {
    hub = openHub({ workspace: dir, codeDir: spec.codeDir, environment: process.env, homeDir: homedir() });
    const stateDir = spec.state !== undefined ? resolve(dir, spec.state) : hub.defaults.state !== undefined ? resolve(dir, hub.defaults.state) : resolve(dir, '.amigos');
    // A test runs as `amigos test` runs it: on a fresh node of its own, never the workspace's state.
    // A state folder that is empty (or absent) is a node with no history yet: genesis only.
    const fresh = spec.test !== undefined || !existsSync(stateDir) || readdirSync(stateDir).length === 0;
    node = fresh ? new RealmNode({ hub }) : new RealmNode({ hub, stateDir, readOnly: true });
  } catch (error) {
    throw new LaunchError(error instanceof Error ? error.message : String(error));
  }
  try {
    let target: HubPackage;
    let func: string;
    let args: string[];
    let origin: string;
    let base: string;
    let height: number;
    let replayOracle: OracleAnswer[] | undefined;
    let testing: { name: string; kind: 'test' | 'example' } | null = null;
    if (spec.test !== undefined) {
      const located = hub.locate(packageDir, dir);
      if ('error' in located) throw new LaunchError(located.error);
      target = located;
      const found = findTests(located).find((t) => t.name === spec.test);
      if (found === undefined) throw new LaunchError(`${located.identity} has no Test or Example function ${spec.test}`);
      testing = { name: found.name, kind: found.kind };
      func = found.name;
      args = [];
      origin = parseAccountOrFail('tester');
      const start = node.store.head();
      base = start.id;
      height = start.height + 1;
    } else if (spec.replay !== undefined) {
      const snapshot = node.store.snapshot(spec.replay);
      const record = snapshot.tx;
      if (record === null || typeof record.package !== 'string' || typeof record.function !== 'string') throw new LaunchError(`${snapshot.id} is not a transaction`);
      if (snapshot.parent === null) throw new LaunchError(`${snapshot.id} has no parent state to replay from`);
      target = node.realm(record.package, dir);
      func = record.function;
      args = Array.isArray(record.args) ? record.args.map(String) : [];
      origin = String(record.caller);
      base = snapshot.parent;
      height = Number(record.height ?? snapshot.height);
      replayOracle = Array.isArray(record.oracle) ? (record.oracle as unknown as OracleAnswer[]) : [];
    } else {
      target = node.realm(packageDir, dir);
      func = spec.function ?? 'main';
      args = spec.args ?? [];
      const account = parseAccount(spec.caller ?? 'alice');
      if ('error' in account) throw new LaunchError(`caller: ${account.error}`);
      origin = account.address;
      const start = spec.at === undefined ? node.store.head() : node.store.snapshot(spec.at);
      base = start.id;
      height = start.height + 1;
    }
    const program =
      testing === null
        ? buildCall({ hub, target, func, args, debug: true })
        : buildCall({
            hub,
            target,
            func,
            args: [],
            debug: true,
            withTests: true,
            custom: {
              imports: new Map(testing.kind === 'test' ? [['testing_', 'testing']] : []),
              body: testing.kind === 'test' ? [`r_.${testing.name}(&testing_.T{})`, 'return nil'] : [`r_.${testing.name}()`, 'return nil'],
            },
          });
    let context: TxContext | null = null;
    let record: TestRecord | null = null;
    const self: DebugTarget = {
      title: testing !== null ? `${testing.kind} ${target.identity}.${func}` : `${target.identity}.${func}(${args.join(', ')})${spec.replay !== undefined ? ` replayed from ${spec.replay}` : ''}`,
      kind: spec.replay !== undefined ? 'replay' : testing !== null ? 'test' : 'tx',
      node,
      base,
      setBase(snapshotId) {
        const snapshot = node.store.snapshot(snapshotId);
        self.base = snapshot.id;
        height = snapshot.height + 1;
      },
      run(hooks, sink, notes) {
        context = new TxContext({
          state: overlayState(node.store.view(self.base ?? undefined)),
          roles: program.roles,
          versions: program.versions,
          apis: program.apis,
          origin,
          height,
          time: GENESIS_TIME + BigInt(height) * BLOCK_SECONDS,
          oracle: hub.oracle,
          replayOracle: replayOracle === undefined ? undefined : replayOracle.slice(),
          trace: notes,
          realmAt: (path) => hub.packageByIdentity(path)?.kind === 'realm',
        });
        if (testing !== null) {
          record = { name: testing.name, failed: false, skipped: false, errors: [], logs: [] };
          Object.assign(context, { testing: record });
        }
        const result = program.compiled.run(
          {
            host: {
              stdout: (bytes) => sink.output(jsString(bytes)),
              stderr: (bytes) => sink.output(jsString(bytes)),
              blockTimeNanos: (GENESIS_TIME + BigInt(height) * BLOCK_SECONDS) * 1_000_000_000n,
              blockHeight: height,
              realm: context,
            },
            gasLimit: DEFAULT_TX_GAS,
            debug: hooks,
          },
          program.entry,
        );
        const results = result.outcome === 'ok' ? sliceItems(result.results as Slice | null).map((item) => jsString(item as string)) : [];
        const end = endOf(result, results);
        if (result.outcome === 'ok') end.error = context.finish();
        end.gasUsed = context.gas().total;
        if (record !== null) {
          // FailNow and SkipNow end a test through an Abort of their own: not a failure by itself.
          if (end.error === STOP_TEST) end.error = null;
          for (const log of record.logs) sink.output(`${log}\n`);
          if (record.errors.length > 0 || record.failed) end.error = record.errors.join('\n') || 'FAIL';
          else if (record.skipped) end.results = ['SKIP'];
          else if (end.error === null) end.results = ['PASS'];
        }
        return end;
      },
      gasUsedNow: () => context?.gasUsedNow() ?? 0,
      msg: () => ({ sender: context === null ? origin : context.msg().sender, origin, height }),
      close: () => node.close(),
    };
    return self;
  } catch (error) {
    node.close();
    if (error instanceof LaunchError) throw error;
    if (error instanceof RequestError || error instanceof CallError) throw new LaunchError(error.message);
    throw new LaunchError(error instanceof Error ? error.message : String(error));
  }
}

function parseAccountOrFail(name: string): string {
  const account = parseAccount(name);
  if ('error' in account) throw new LaunchError(account.error);
  return account.address;
}

function endOf(result: RunResult, results: string[]): RunEnd {
  let error: string | null = null;
  if (result.outcome === 'panic') error = panicLines(result.panic as GoPanic).join('\n');
  else if (result.outcome === 'abort' || result.outcome === 'fatal') error = result.message;
  else if (result.outcome === 'outOfGas') error = 'out of gas';
  return { outcome: result.outcome, error, gasUsed: result.gasUsed, results };
}

/** The file name the VM reports, made absolute against the program's folder. */
export function absoluteFile(file: string, base: string): string {
  return isAbsolute(file) ? file : resolve(base, file);
}
