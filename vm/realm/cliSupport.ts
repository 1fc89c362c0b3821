// What the node's CLI commands share: the workspace and hub of the current folder, the state
// folder (`--state DIR`, else `[defaults] state`, else `.amigos` in the workspace), opening the
// node, the signing account (`--caller NAME`, else `[defaults] caller`, else alice), the log record
// of an operation that is not a call, and printing errors. It deliberately holds no command: each
// is its own file in vm/cli/.
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { openHub, type HubResolver } from '../hub/index';
import { StateError, StoreCorruptError, StoreLockedError, type TxRecord } from '../state/index';
import { parseAccount } from './accounts';
import { RealmNode, RequestError } from './node';

/** The streams and folder of a CLI command (vm/cli/command.ts's CliIO adds raw-bytes output). */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

/** The hub seen from the CLI's folder (the workspace), with the bundled hub found next to the code. */
export function cliHub(io: CliIO): HubResolver {
  return openHub({ workspace: io.cwd, codeDir: __dirname, environment: process.env, homeDir: homedir() });
}

/** The state folder the flags and the workspace defaults name. */
export function stateDir(io: CliIO, hub: HubResolver, flag: string | true | undefined): string {
  if (typeof flag === 'string') return resolve(io.cwd, flag);
  if (hub.defaults.state !== undefined) return resolve(io.cwd, hub.defaults.state);
  return resolve(io.cwd, '.amigos');
}

/** The caller the flag names, else the workspace's `[defaults] caller`, else alice, as typed. */
export function callerName(hub: HubResolver, flag: string | true | undefined): string {
  return typeof flag === 'string' ? flag : (hub.defaults.caller ?? 'alice');
}

/**
 * The account of `callerName`, or undefined after printing `amigos CMD: --caller: message` (the
 * command then exits 1).
 */
export function callerAccount(io: CliIO, command: string, hub: HubResolver, flag: string | true | undefined): { address: string; name?: string } | undefined {
  const account = parseAccount(callerName(hub, flag));
  if (!('error' in account)) return account;
  io.stderr(`amigos ${command}: --caller: ${account.error}\n`);
  return undefined;
}

/**
 * The log record of a node operation that is not a call (fork, revert): signed by `account`,
 * always ok, with no result, events or gas.
 */
export function operationRecord(account: { address: string; name?: string }, operation: { package: string | null; function: string; args: string[] }): TxRecord {
  return {
    caller: account.address,
    ...(account.name !== undefined ? { callerName: account.name } : {}),
    package: operation.package,
    function: operation.function,
    args: operation.args,
    ok: true,
    result: null,
    error: null,
    events: [],
    gas: { total: 0, byPackage: {} },
  };
}

/** Opens the node, runs `body`, closes the node; known errors become `amigos CMD: message` and exit 1. */
export async function withNode(io: CliIO, command: string, flags: { state?: string | true; readOnly?: boolean }, body: (node: RealmNode, hub: HubResolver) => number | Promise<number>): Promise<number> {
  const hub = cliHub(io);
  let node: RealmNode;
  try {
    node = new RealmNode({ hub, stateDir: stateDir(io, hub, flags.state), readOnly: flags.readOnly });
  } catch (error) {
    return reportError(io, command, error);
  }
  try {
    return await body(node, hub);
  } catch (error) {
    return reportError(io, command, error);
  } finally {
    node.close();
  }
}

export function reportError(io: CliIO, command: string, error: unknown): number {
  if (error instanceof RequestError || error instanceof StateError || error instanceof StoreCorruptError || error instanceof StoreLockedError) {
    io.stderr(`amigos ${command}: ${error.message}\n`);
    return 1;
  }
  throw error;
}

/** Prints one JSON value on its own line. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
