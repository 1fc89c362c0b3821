// `amigos trace SNAPSHOT [--state DIR] [--json]`: replays the tx recorded at SNAPSHOT exactly and
// prints its calls with arguments, realm boundaries, state writes (key, old, new), events and gas
// (by package and by line); --json prints the whole report as one object. Writes nothing.
import { parseArgs, UsageError, type Command } from './command';
import { printJson, withNode } from '../realm/cliSupport';
import { resolveTarget } from '../realm/history';
import { traceText, traceTx } from '../realm/trace';
import { formatValue } from '../realm/formatValue';

export const traceCommand: Command = {
  name: 'trace',
  summary: 'replay a recorded tx and show its calls, realm crossings, writes, events and gas',
  usage: 'trace SNAPSHOT [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state'], switches: ['json'] });
    if (parsed.positional.length !== 1) throw new UsageError('expected one SNAPSHOT');
    return withNode(io, 'trace', { state: parsed.flags.get('state'), readOnly: true }, (node) => {
      const target = resolveTarget(node.store, parsed.positional[0]);
      const report = traceTx(node, target.id, io.cwd);
      if (parsed.flags.get('json') === true) {
        printJson(io, {
          ...report,
          steps: report.steps.map((step) =>
            step.kind === 'write'
              ? { kind: 'write', realm: step.namespace, key: step.key, old: step.old === undefined ? null : formatValue(step.old), new: step.new === undefined ? null : formatValue(step.new) }
              : step,
          ),
        });
      } else io.stdout(traceText(report));
      return 0;
    });
  },
};
