// `amigos log [--limit N] [--state DIR] [--json]`: the current branch's history, newest first,
// failed attempts included; --json prints an array of {id, parent, caller, package, function, ok,
// gas, ...} (DESIGN.md section 6).
import { parseArgs, positiveIntegerFlag, UsageError, type Command } from './command';
import { printJson, withNode } from '../realm/cliSupport';
import { logRows, logText } from '../realm/history';

export const logCommand: Command = {
  name: 'log',
  summary: "show the node's history, newest first",
  usage: 'log [--limit N] [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state', 'limit'], switches: ['json'] });
    if (parsed.positional.length > 0) throw new UsageError('log takes no arguments');
    const limit = positiveIntegerFlag(parsed, 'limit') ?? 50;
    return withNode(io, 'log', { state: parsed.flags.get('state'), readOnly: true }, (node) => {
      const rows = logRows(node.store, limit);
      if (parsed.flags.get('json') === true) printJson(io, rows);
      else io.stdout(logText(rows));
      return 0;
    });
  },
};
