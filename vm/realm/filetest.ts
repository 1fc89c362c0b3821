// Realm filetests (test-fixtures/realm/): the realm layer's plug-in to the filetest runner of
// vm/run/filetest.ts. A case is a realm's source followed by `//amigos:call CALLER FUNC ARGS...`
// lines (the txs to run, in order, against a fresh in-memory node) and the usual trailing
// directive blocks. This module registers three directives with the runner: `// Events:` (every
// event of every committed tx), `// State:` (every realm namespace after the last tx, one
// `key = value` line per key, deploy markers left out) and `// Results:` (one line per call: its
// result or FAILED with its error); `// Output:`, `// Error:` (the error of each failed tx) and
// `// Gas:` (total gas of all txs) keep their meaning. `//amigos:realm PATH` names the realm
// (default `hub.amigos.dev/filetest/NAME`), `//amigos:oracle FEED source=N ...` adds a local
// oracle answer, `//amigos:gas N` limits each tx (`//amigos:call gas=N ...` one tx), and `-- path/file --` sections after the realm
// add packages to the case's workspace. It does not know node:test; filetest.test.ts drives it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openHub } from '../hub/index';
import { registerDirective, type FiletestRun, type ParsedFiletest } from '../run/filetest';
import { DEPLOYED_KEY } from './txContext';
import { formatValue } from './formatValue';
import { RealmNode, RequestError } from './node';

registerDirective({ name: 'Results', actual: (run) => run.facts.results ?? '', required: (run) => (run.facts.results ?? '') !== '' });
registerDirective({ name: 'Events', actual: (run) => run.facts.events ?? '', required: (run) => (run.facts.events ?? '') !== '' });
registerDirective({ name: 'State', actual: (run) => run.facts.state ?? '', required: (run) => (run.facts.state ?? '') !== '' });

export { parseFiletest, checkFiletest, rewriteFiletest } from '../run/filetest';

interface CaseSetup {
  realm: string;
  calls: { caller: string; func: string; args: string[]; gas?: number }[];
  oracle: string[];
  extraFiles: { path: string; text: string }[];
  source: string;
}

/** Runs a realm case (`name` is its file name, for the default realm path). */
export function runRealmFiletest(name: string, parsed: ParsedFiletest, options: { codeDir: string }): FiletestRun {
  const setup = readSetup(name, parsed.source);
  const workspace = mkdtempSync(join(tmpdir(), 'amigos-filetest-'));
  try {
    const folder = join(workspace, 'case');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'amigos.toml'), `module = ${JSON.stringify(setup.realm)}\nkind = "realm"\nversion = "1.0.0"\n`);
    writeFileSync(join(folder, `${name.replace(/\.amigo$/, '')}.amigo`), setup.source);
    writeFileSync(join(workspace, 'amigos.toml'), setup.oracle.length > 0 ? `[oracle]\n${setup.oracle.join('\n')}\n` : '');
    for (const file of setup.extraFiles) {
      mkdirSync(dirname(join(workspace, file.path)), { recursive: true });
      writeFileSync(join(workspace, file.path), file.text);
    }
    const hub = openHub({ workspace, codeDir: options.codeDir, environment: {}, homeDir: workspace, cache: join(workspace, '.no-cache') });
    const node = new RealmNode({ hub });
    try {
      return runCalls(node, setup, workspace, parsed.gasLimit);
    } finally {
      node.close();
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

function runCalls(node: RealmNode, setup: CaseSetup, workspace: string, gasLimit: number | undefined): FiletestRun {
  const results: string[] = [];
  const events: string[] = [];
  const errors: string[] = [];
  let output = '';
  let gas = 0;
  setup.calls.forEach((call, index) => {
    const label = `${index + 1} ${call.caller} ${call.func}(${call.args.map((a) => JSON.stringify(a)).join(', ')})`;
    try {
      const outcome = node.call({ pkg: setup.realm, func: call.func, args: call.args, caller: call.caller, gas: call.gas ?? gasLimit }, workspace);
      output += outcome.output;
      gas += outcome.gas.total;
      if (outcome.ok) results.push(`${label} → ${outcome.result.length === 0 ? 'ok' : outcome.result.join(', ')}`);
      else {
        results.push(`${label} → FAILED`);
        errors.push(`tx ${index + 1}: ${outcome.error ?? ''}`);
      }
      for (const event of outcome.events) {
        const attrs = Object.entries(event.attrs).map(([key, value]) => `${key}=${value}`).join(' ');
        events.push(`${event.type} from ${event.realm}${attrs ? `: ${attrs}` : ''}`);
      }
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      results.push(`${label} → REJECTED`);
      errors.push(`tx ${index + 1}: ${error.message}`);
    }
  });
  return {
    stdout: output.replace(/\n+$/, ''),
    error: errors.join('\n'),
    exitCode: errors.length === 0 ? 0 : 1,
    gasUsed: gas,
    facts: { results: results.join('\n'), events: events.join('\n'), state: stateText(node) },
  };
}

/** Every namespace of the head, deploy markers left out, as `realm` then `  key = value` lines. */
export function stateText(node: RealmNode): string {
  const view = node.store.view();
  const lines: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = view.namespaces({ after, limit: 100 });
    for (const namespace of page.items) {
      const entries: string[] = [];
      let next: string | undefined;
      for (;;) {
        const keys = view.entries(namespace, { after: next, limit: 500 });
        for (const entry of keys.items) if (entry.key !== DEPLOYED_KEY) entries.push(`  ${entry.key} = ${formatValue(entry.value)}`);
        if (keys.next === null) break;
        next = keys.next;
      }
      if (entries.length > 0) lines.push(namespace, ...entries);
    }
    if (page.next === null) break;
    after = page.next;
  }
  return lines.join('\n');
}

function readSetup(name: string, text: string): CaseSetup {
  const base = name.replace(/\.amigo$/, '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  let realm = `hub.amigos.dev/filetest/${base}`;
  const calls: CaseSetup['calls'] = [];
  const oracle: string[] = [];
  const lines = text.split('\n');
  const sectionAt = lines.findIndex((line) => /^-- .+ --$/.test(line));
  const realmLines = sectionAt < 0 ? lines : lines.slice(0, sectionAt);
  for (const line of realmLines) {
    const directive = /^\/\/amigos:(\w+)\s+(.*)$/.exec(line);
    if (directive === null) continue;
    const words = splitWords(directive[2]);
    if (directive[1] === 'realm') realm = words[0];
    else if (directive[1] === 'call') {
      const gas = /^gas=(\d+)$/.exec(words[0] ?? '');
      const rest = gas === null ? words : words.slice(1);
      calls.push({ caller: rest[0], func: rest[1], args: rest.slice(2), ...(gas !== null ? { gas: Number(gas[1]) } : {}) });
    }
    else if (directive[1] === 'oracle') {
      const answers = words.slice(1).map((pair) => pair.replace('=', ' = '));
      oracle.push(`${JSON.stringify(words[0])} = { ${answers.join(', ')} }`);
    }
  }
  const extraFiles: CaseSetup['extraFiles'] = [];
  if (sectionAt >= 0) {
    let current: { path: string; lines: string[] } | null = null;
    for (const line of lines.slice(sectionAt)) {
      const header = /^-- (.+) --$/.exec(line);
      if (header !== null) {
        if (current !== null) extraFiles.push({ path: current.path, text: current.lines.join('\n') });
        current = { path: header[1], lines: [] };
      } else current?.lines.push(line);
    }
    if (current !== null) extraFiles.push({ path: current.path, text: current.lines.join('\n') });
  }
  return { realm, calls, oracle, extraFiles, source: realmLines.join('\n') };
}

/** Splits on spaces, keeping "double quoted" words (JSON string syntax) together. */
function splitWords(text: string): string[] {
  const words: string[] = [];
  const pattern = /"(?:[^"\\]|\\.)*"|\S+/g;
  for (const match of text.matchAll(pattern)) words.push(match[0].startsWith('"') ? (JSON.parse(match[0]) as string) : match[0]);
  return words;
}
