// The table of `amigos` subcommands. A new command is a file in vm/cli/ and one line here.
import type { Command } from './command';
import { lspCommand, dapCommand } from './protocolCommands';
import { runCommand } from './run';
import { callCommand } from './call';
import { renderCommand } from './render';
import { logCommand } from './log';
import { diffCommand } from './diff';
import { checkoutCommand } from './checkout';
import { forkCommand } from './fork';
import { revertCommand } from './revert';
import { traceCommand } from './trace';
import { testCommand } from './test';
import { apiDiffCommand } from './apiDiff';

export const commands: Command[] = [
  lspCommand,
  dapCommand,
  runCommand,
  callCommand,
  renderCommand,
  logCommand,
  diffCommand,
  checkoutCommand,
  forkCommand,
  revertCommand,
  traceCommand,
  testCommand,
  apiDiffCommand,
];
