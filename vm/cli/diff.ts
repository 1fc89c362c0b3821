// `amigos diff A B [--state DIR] [--json]`: what changed between two snapshots, by realm and key,
// with old and new values (`HEAD`, `HEAD~N`, ids, id prefixes and branch names all work).
import { parseArgs, UsageError, type Command } from './command';
import { printJson, withNode } from '../realm/cliSupport';
import { diffRows, diffText, resolveTarget } from '../realm/history';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'show what changed between two snapshots, by realm and key',
  usage: 'diff A B [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state'], switches: ['json'] });
    if (parsed.positional.length !== 2) throw new UsageError('expected two snapshots A and B');
    const [a, b] = parsed.positional;
    return withNode(io, 'diff', { state: parsed.flags.get('state'), readOnly: true }, (node) => {
      const from = resolveTarget(node.store, a);
      const to = resolveTarget(node.store, b);
      const entries = node.store.diff(from.id, to.id);
      if (parsed.flags.get('json') === true) printJson(io, { from: from.id, to: to.id, changes: diffRows(entries) });
      else io.stdout(diffText(entries, from.id, to.id));
      return 0;
    });
  },
};
