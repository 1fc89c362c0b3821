// `amigos revert [SNAPSHOT] [--caller NAME] [--state DIR] [--json]`: commits a new snapshot that
// undoes the changes of SNAPSHOT (default: the head), recorded in the log like a tx.
import { parseArgs, UsageError, type Command } from './command';
import { callerAccount, operationRecord, printJson, withNode } from '../realm/cliSupport';
import { resolveTarget } from '../realm/history';

export const revertCommand: Command = {
  name: 'revert',
  summary: "commit a snapshot that undoes another's changes (default: the head's)",
  usage: 'revert [SNAPSHOT] [--caller NAME] [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state', 'caller'], switches: ['json'] });
    if (parsed.positional.length > 1) throw new UsageError('expected at most one SNAPSHOT');
    const callerFlag = parsed.flags.get('caller');
    return withNode(io, 'revert', { state: parsed.flags.get('state') }, (node, hub) => {
      const account = callerAccount(io, 'revert', hub, callerFlag);
      if (account === undefined) return 1;
      const target = resolveTarget(node.store, parsed.positional[0] ?? 'HEAD');
      if (target.tx === null) {
        io.stderr(`amigos revert: ${target.id} is genesis: there is nothing to undo\n`);
        return 1;
      }
      const head = node.store.revert(target.id, operationRecord(account, {
        package: typeof target.tx.package === 'string' ? target.tx.package : null,
        function: 'revert',
        args: [target.id],
      }));
      if (parsed.flags.get('json') === true) printJson(io, { snapshot: head.id, root: head.root, reverted: target.id });
      else io.stdout(`reverted ${target.id}\nsnapshot: ${head.id}\nroot: ${head.root}\n`);
      return 0;
    });
  },
};
