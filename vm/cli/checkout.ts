// `amigos checkout A [--branch NAME] [--state DIR] [--json]`: moves the head to snapshot A (new
// txs then branch from there; the snapshots left behind stay readable by id), or starts/moves
// branch NAME there, or switches to an existing branch given by name.
import { parseArgs, UsageError, type Command } from './command';
import { printJson, withNode } from '../realm/cliSupport';
import { resolveTarget } from '../realm/history';

export const checkoutCommand: Command = {
  name: 'checkout',
  summary: 'move the head to a snapshot (txs then branch from there)',
  usage: 'checkout A [--branch NAME] [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state', 'branch'], switches: ['json'] });
    if (parsed.positional.length !== 1) throw new UsageError('expected one snapshot A');
    const [target] = parsed.positional;
    const branchFlag = parsed.flags.get('branch');
    return withNode(io, 'checkout', { state: parsed.flags.get('state') }, (node) => {
      const isBranch = node.store.branches().some((branch) => branch.name === target);
      const id = isBranch ? target : resolveTarget(node.store, target).id;
      const head = node.store.checkout(id, typeof branchFlag === 'string' ? { branch: branchFlag } : {});
      if (parsed.flags.get('json') === true) printJson(io, { snapshot: head.id, root: head.root, branch: node.store.currentBranch });
      else io.stdout(`head is now ${head.id} on branch ${node.store.currentBranch}\nroot: ${head.root}\n`);
      return 0;
    });
  },
};
