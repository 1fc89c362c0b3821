// `amigos run FILE [--gas N]`: runs `package main`'s main() of one .amigo or .go file, printing
// its output as Go would; exit 0, 1 for compile errors and out of gas, 2 for an uncaught panic.
// Output is buffered and written as UTF-8 text at the end (and when the buffer grows large).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, UsageError, type Command } from './command';
import { runFile } from '../compile/runFile';
import { jsString } from '../run/values';

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
    let out = '';
    const flush = (): void => {
      if (out === '') return;
      if (io.stdoutBytes !== undefined) io.stdoutBytes(Buffer.from(out, 'latin1'));
      else io.stdout(jsString(out));
      out = '';
    };
    const result = runFile({
      fileName: file,
      text,
      gasLimit,
      stdout: (bytes) => {
        out += bytes;
        if (out.length > 1 << 16) flush();
      },
      stderr: (bytes) => {
        flush();
        io.stderr(jsString(bytes));
      },
    });
    flush();
    return result.exitCode;
  },
};
