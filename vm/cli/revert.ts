// `amigos revert [SNAPSHOT] [--caller NAME] [--state DIR] [--json]`: commits a new snapshot that
// undoes the changes of SNAPSHOT (default: the head), recorded in the log like a tx.
import { parseArgs, UsageError, type Command } from './command';
import { printJson, withNode } from '../realm/cliSupport';
import { resolveTarget } from '../realm/history';
import { parseAccount } from '../realm/accounts';

export const revertCommand: Command = {
  name: 'revert',
  summary: "commit a snapshot that undoes another's changes (default: the head's)",
  usage: 'revert [SNAPSHOT] [--caller NAME] [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state', 'caller'], switches: ['json'] });
    if (parsed.positional.length > 1) throw new UsageError('expected at most one SNAPSHOT');
    const callerFlag = parsed.flags.get('caller');
    return withNode(io, 'revert', { state: parsed.flags.get('state') }, (node, hub) => {
      const account = parseAccount(typeof callerFlag === 'string' ? callerFlag : (hub.defaults.caller ?? 'alice'));
      if ('error' in account) {
        io.stderr(`amigos revert: --caller: ${account.error}\n`);
        return 1;
      }
      const target = resolveTarget(node.store, parsed.positional[0] ?? 'HEAD');
      if (target.tx === null) {
        io.stderr(`amigos revert: ${target.id} is genesis: there is nothing to undo\n`);
        return 1;
      }
      const head = node.store.revert(target.id, {
        caller: account.address,
        ...(account.name !== undefined ? { callerName: account.name } : {}),
        package: typeof target.tx.package === 'string' ? target.tx.package : null,
        function: 'revert',
        args: [target.id],
        ok: true,
        result: null,
        error: null,
        events: [],
        gas: { total: 0, byPackage: {} },
      });
      if (parsed.flags.get('json') === true) printJson(io, { snapshot: head.id, root: head.root, reverted: target.id });
      else io.stdout(`reverted ${target.id}\nsnapshot: ${head.id}\nroot: ${head.root}\n`);
      return 0;
    });
  },
};
