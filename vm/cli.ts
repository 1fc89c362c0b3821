#!/usr/bin/env node
// The `amigos` command: dispatches to the subcommands of vm/cli/commands.ts and turns their
// result into an exit code. Usage errors exit 2; each command owns its other exit codes.
import { isMainThread } from 'node:worker_threads';
import { commands } from './cli/commands';
import { UsageError, type CliIO } from './cli/command';

export function usage(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  const lines = commands.map((command) => `  amigos ${command.usage.padEnd(width)}  ${command.summary}`);
  return `Amigos: run, test and time-travel realms on a local node.\n\nUsage:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(usage());
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`amigos: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`amigos ${command.name}: ${error.message}\nusage: amigos ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

// A worker thread started by a command (`run` runs programs in one) loads this bundle too.
if (require.main === module && isMainThread) {
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutBytes: (data) => process.stdout.write(data),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`amigos: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
