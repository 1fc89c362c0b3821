// `amigos fork FROM TO [--caller NAME] [--state DIR] [--json]`: a new realm at import path TO with
// the same code and the same state as FROM. The code is copied into the workspace folder for TO
// (with an amigos.toml naming TO); the state is shared in O(1) by the state engine and the fork is
// recorded in the log as a snapshot. FROM's future changes do not reach TO, nor the reverse.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs, UsageError, type Command } from './command';
import { importPathProblem, manifestText, folderForPath } from '../hub/index';
import { callerAccount, operationRecord, printJson, withNode } from '../realm/cliSupport';

export const forkCommand: Command = {
  name: 'fork',
  summary: 'copy a realm to a new import path, with its code and its state',
  usage: 'fork FROM TO [--caller NAME] [--state DIR] [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state', 'caller'], switches: ['json'] });
    if (parsed.positional.length !== 2) throw new UsageError('expected FROM (a realm) and TO (a new import path)');
    const [from, to] = parsed.positional;
    const problem = importPathProblem(to);
    if (problem !== undefined) throw new UsageError(`TO ${JSON.stringify(to)}: ${problem}`);
    const callerFlag = parsed.flags.get('caller');
    return withNode(io, 'fork', { state: parsed.flags.get('state') }, (node, hub) => {
      const source = node.realm(from, io.cwd);
      const account = callerAccount(io, 'fork', hub, callerFlag);
      if (account === undefined) return 1;
      if (hub.candidates(to).length > 0) {
        io.stderr(`amigos fork: ${to} already exists (${hub.candidates(to).map((pkg) => pkg.dir).join(', ')})\n`);
        return 1;
      }
      const folder = folderForPath(io.cwd, to);
      if (existsSync(folder)) {
        io.stderr(`amigos fork: the folder ${folder} for ${to} already exists\n`);
        return 1;
      }
      const tx = node.store.begin();
      let snapshotId: string;
      let root: string;
      try {
        tx.fork(source.identity, to);
        const snapshot = tx.commit(operationRecord(account, { package: to, function: 'fork', args: [source.identity, to] }));
        snapshotId = snapshot.id;
        root = snapshot.root;
      } finally {
        if (tx.isOpen) tx.discard();
      }
      mkdirSync(folder, { recursive: true });
      for (const file of [...source.files, ...source.testFiles]) copyFileSync(file, join(folder, basename(file)));
      writeFileSync(join(folder, 'amigos.toml'), manifestText({ module: to, kind: source.kind, version: source.version, description: `Fork of ${source.identity}` }));
      if (parsed.flags.get('json') === true) printJson(io, { from: source.identity, to, folder, snapshot: snapshotId, root });
      else io.stdout(`forked ${source.identity} to ${to} in ${folder}\nsnapshot: ${snapshotId}\nroot: ${root}\n`);
      return 0;
    });
  },
};
