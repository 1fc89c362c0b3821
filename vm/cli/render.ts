// `amigos render PKG [PATH] [--at SNAPSHOT] [--state DIR] [--json]`: the Markdown a realm's
// Render(path) returns at the head (or at a snapshot), computed without writing anything.
import { parseArgs, UsageError, type Command } from './command';
import { printJson, withNode } from '../realm/cliSupport';
import { resolveTarget } from '../realm/history';

export const renderCommand: Command = {
  name: 'render',
  summary: "print a realm's Render(path) Markdown",
  usage: 'render PKG [PATH] [--at SNAPSHOT] [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state', 'at'], switches: ['json'] });
    const [pkg, path = '', ...extra] = parsed.positional;
    if (pkg === undefined || extra.length > 0) throw new UsageError('expected PKG and at most one PATH');
    const at = parsed.flags.get('at');
    return withNode(io, 'render', { state: parsed.flags.get('state'), readOnly: true }, (node) => {
      const snapshot = typeof at === 'string' ? resolveTarget(node.store, at).id : undefined;
      const outcome = node.render(pkg, path, io.cwd, snapshot);
      const markdown = outcome.result[0] ?? '';
      if (parsed.flags.get('json') === true) printJson(io, { ok: outcome.ok, path, markdown, error: outcome.error });
      else if (outcome.ok) io.stdout(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
      else io.stderr(`amigos render: ${outcome.error ?? 'failed'}\n`);
      return outcome.ok ? 0 : 1;
    });
  },
};
