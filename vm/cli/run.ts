// `amigos run FILE [--gas N]`: runs `package main`'s main() of one .amigo or .go file, printing
// its output as Go would; exit 0, 1 for compile errors and out of gas, 2 for an uncaught panic.
// The program runs in a worker thread with a large stack, so that recursion as deep as Go allows
// (Go's stacks grow to 1 GB) does not overflow the host's default stack; output comes back in
// order as messages and is written as bytes (program output need not be valid UTF-8).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseArgs, UsageError, type Command } from './command';
import { runFile } from '../compile/runFile';
import { HubImportResolver, openHub } from '../hub/index';
import type { ImportResolver } from '../types/program';
import { jsString } from '../run/values';

/** The stack of the thread that runs the program, in MB. */
const STACK_MB = 1024;

interface RunRequest {
  kind: 'amigos-run';
  fileName: string;
  text: string;
  gasLimit: number | undefined;
  /** The workspace whose packages (and the bundled hub and cache) imports resolve against. */
  workspace: string;
  codeDir: string;
}

type RunMessage = { stream: 'stdout' | 'stderr'; bytes: string } | { exitCode: number };

export const runCommand: Command = {
  name: 'run',
  summary: "run a file's main() (a .amigo or .go file in package main)",
  usage: 'run FILE [--gas N]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['gas'], switches: [] });
    const [file] = parsed.positional;
    if (file === undefined || parsed.positional.length > 1) throw new UsageError('expected one FILE');
    const gasFlag = parsed.flags.get('gas');
    let gasLimit: number | undefined;
    if (typeof gasFlag === 'string') {
      gasLimit = Number(gasFlag);
      if (!Number.isSafeInteger(gasLimit) || gasLimit <= 0) throw new UsageError(`--gas needs a positive integer, not ${gasFlag}`);
    }
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      io.stderr(`amigos run: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    const write = (message: { stream: 'stdout' | 'stderr'; bytes: string }): void => {
      if (message.stream === 'stderr') io.stderr(jsString(message.bytes));
      else if (io.stdoutBytes !== undefined) io.stdoutBytes(Buffer.from(message.bytes, 'latin1'));
      else io.stdout(jsString(message.bytes));
    };
    const request: RunRequest = { kind: 'amigos-run', fileName: file, text, gasLimit, workspace: io.cwd, codeDir: __dirname };
    if (typeof __filename !== 'string' || !__filename.endsWith('.js')) {
      // Not bundled (tests through tsx): run in this thread.
      return runBuffered(request, write);
    }
    return new Promise<number>((resolvePromise, reject) => {
      const worker = new Worker(__filename, { workerData: request, resourceLimits: { stackSizeMb: STACK_MB } });
      let exitCode: number | null = null;
      worker.on('message', (message: RunMessage) => {
        if ('exitCode' in message) exitCode = message.exitCode;
        else write(message);
      });
      worker.on('error', reject);
      worker.on('exit', () => resolvePromise(exitCode ?? 3));
    });
  },
};

/** Runs a request, buffering stdout (flushed before any stderr and at the end). */
function runBuffered(request: RunRequest, write: (message: { stream: 'stdout' | 'stderr'; bytes: string }) => void): number {
  let out = '';
  const flush = (): void => {
    if (out !== '') write({ stream: 'stdout', bytes: out });
    out = '';
  };
  const result = runFile({
    fileName: request.fileName,
    text: request.text,
    gasLimit: request.gasLimit,
    resolver: hubResolver(request),
    stdout: (bytes) => {
      out += bytes;
      if (out.length > 1 << 16) flush();
    },
    stderr: (bytes) => {
      flush();
      write({ stream: 'stderr', bytes });
    },
  });
  flush();
  return result.exitCode;
}

/** Hub imports (`hub.amigos.dev/...`) resolve against the workspace, the bundled hub and the cache. */
function hubResolver(request: RunRequest): ImportResolver | undefined {
  try {
    const hub = openHub({ workspace: request.workspace, codeDir: request.codeDir, environment: process.env, homeDir: homedir() });
    return new HubImportResolver(hub);
  } catch {
    return undefined;
  }
}

// In the worker thread started above: run the program and report back.
if (!isMainThread && (workerData as RunRequest | undefined)?.kind === 'amigos-run' && parentPort !== null) {
  const port = parentPort;
  const exitCode = runBuffered(workerData as RunRequest, (message) => port.postMessage(message));
  port.postMessage({ exitCode } satisfies RunMessage);
}
