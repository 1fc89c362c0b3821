// The table of `amigos` subcommands. A new command is a file in vm/cli/ and one line here.
import type { Command } from './command';
import { lspCommand, dapCommand } from './protocolCommands';
import { runCommand } from './run';

export const commands: Command[] = [lspCommand, dapCommand, runCommand];
