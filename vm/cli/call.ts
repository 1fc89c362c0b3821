// `amigos call PKG FUNC [ARGS…] [--caller NAME] [--state DIR] [--gas N] [--json]`: one transaction
// against the node (DESIGN.md section 6). Prints the result, events, gas by package and the new
// snapshot id, or with --json exactly one JSON object; exit 0 when the tx committed, 1 when it
// failed (a failed tx is still recorded in the log). Arguments are parsed by the function's
// parameter types; a bad argument is an error before any tx (exit 1, nothing recorded; with
// --json still one object, `recorded: false`).
import { parseArgs, positiveIntegerFlag, UsageError, type Command } from './command';
import { DEFAULT_TX_GAS } from '../run/gas';
import { callerName, printJson, withNode } from '../realm/cliSupport';
import { RequestError, type TxOutcome } from '../realm/node';

export const callCommand: Command = {
  name: 'call',
  summary: 'run one transaction: call an exported function of a realm',
  usage: 'call PKG FUNC [ARGS...] [--caller NAME] [--state DIR] [--gas N] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['caller', 'state', 'gas'], switches: ['json'] });
    const [pkg, func, ...rest] = parsed.positional;
    if (pkg === undefined || func === undefined) throw new UsageError('expected PKG and FUNC');
    const gas = positiveIntegerFlag(parsed, 'gas');
    const json = parsed.flags.get('json') === true;
    return withNode(io, 'call', { state: parsed.flags.get('state') }, (node, hub) => {
      const callerFlag = parsed.flags.get('caller');
      const caller = callerName(hub, callerFlag);
      let outcome: TxOutcome;
      try {
        outcome = node.call({ pkg, func, args: rest, caller, gas: gas ?? hub.defaults.gas ?? DEFAULT_TX_GAS }, io.cwd);
      } catch (error) {
        if (!json || !(error instanceof RequestError)) throw error;
        // Still exactly one JSON object: the call never became a tx, so nothing was recorded.
        const head = node.store.head();
        printJson(io, { ok: false, result: [], error: error.message, events: [], gas: { total: 0, byPackage: {} }, snapshot: head.id, root: head.root, recorded: false });
        return 1;
      }
      if (json) {
        printJson(io, {
          ok: outcome.ok,
          result: outcome.result,
          error: outcome.error,
          events: outcome.events,
          gas: outcome.gas,
          snapshot: outcome.snapshot,
          root: outcome.root,
          entry: outcome.entry,
          package: outcome.package,
          function: outcome.function,
          caller: outcome.caller,
          deployed: outcome.deployed,
          output: outcome.output,
          recorded: true,
        });
      } else {
        io.stdout(callText(outcome, caller));
      }
      return outcome.ok ? 0 : 1;
    });
  },
};

/** The readable report of one tx. */
export function callText(outcome: TxOutcome, callerName: string): string {
  const lines: string[] = [];
  const who = callerName === outcome.caller ? outcome.caller : `${callerName} (${outcome.caller})`;
  lines.push(`${outcome.package}.${outcome.function} by ${who}: ${outcome.ok ? 'ok' : 'FAILED'}`);
  for (const realm of outcome.deployed) lines.push(`deployed: ${realm}`);
  if (outcome.output !== '') lines.push(`output:\n${outcome.output.replace(/\n$/, '').replace(/^/gm, '  ')}`);
  if (outcome.ok) {
    if (outcome.result.length > 0) lines.push(`result: ${outcome.result.join(', ')}`);
  } else {
    lines.push(`error: ${outcome.error ?? ''}`);
  }
  for (const event of outcome.events) {
    const attrs = Object.entries(event.attrs).map(([key, value]) => `${key}=${value}`).join(' ');
    lines.push(`event: ${event.type} from ${event.realm}${attrs ? ` ${attrs}` : ''}`);
  }
  lines.push(`gas: ${outcome.gas.total}`);
  const width = Math.max(0, ...Object.keys(outcome.gas.byPackage).map((path) => path.length));
  for (const [path, used] of Object.entries(outcome.gas.byPackage)) lines.push(`  ${path.padEnd(width)}  ${used}`);
  lines.push(outcome.ok ? `snapshot: ${outcome.snapshot}` : `snapshot: ${outcome.snapshot} (unchanged; failed attempt ${outcome.entry} recorded)`);
  lines.push(`root: ${outcome.root}`);
  return `${lines.join('\n')}\n`;
}
