// `amigos api-diff OLD NEW [--json]`: compares the exported APIs of two packages (folders or
// import paths such as `hub.amigos.dev/token@v2`), classifies each change as compatible or
// breaking and says whether NEW's version may follow OLD's (a breaking change needs a new
// major). Exit 0 when the release is allowed, 1 when it is refused or a package cannot be read.
import { parseArgs, UsageError, type Command } from './command';
import { diffPackages, formatApiDiffReport } from '../hub/index';
import { cliHub, printJson } from '../realm/cliSupport';

export const apiDiffCommand: Command = {
  name: 'api-diff',
  summary: "compare two packages' exported APIs (breaking or compatible)",
  usage: 'api-diff OLD NEW [--json]',
  run: async (args, io) => {
    const parsed = parseArgs(args, { valued: ['state'], switches: ['json'] });
    if (parsed.positional.length !== 2) throw new UsageError('expected OLD and NEW (package folders or import paths)');
    const [oldSpec, newSpec] = parsed.positional;
    const report = diffPackages(oldSpec, newSpec, { resolver: cliHub(io), cwd: io.cwd });
    if (report instanceof Error) {
      io.stderr(`amigos api-diff: ${report.message}\n`);
      return 1;
    }
    if (parsed.flags.get('json') === true) printJson(io, report);
    else io.stdout(formatApiDiffReport(report));
    return report.refused === null ? 0 : 1;
  },
};
