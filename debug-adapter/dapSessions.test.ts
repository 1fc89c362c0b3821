// The scripted debug sessions of test-fixtures/dap/: each `NAME.dap.json` names a program, the
// launch arguments, breakpoints and a list of actions; this one harness drives the built adapter
// (`node dist/debugAdapter.js`) over DAP with DebugClient, writes a transcript of every stop
// (reason, position, stack, locals), output and answer, and compares it with `NAME.golden`
// (rewritten with UPDATE_GOLDEN=1). Tx sessions first run their `setup` CLI calls
// (`node dist/cli.js call ...`) against a fresh state folder. It tests nothing in-process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';

const root = resolve(__dirname, '..');
const fixtures = join(root, 'test-fixtures', 'dap');
const adapter = join(root, 'dist', 'debugAdapter.js');
const cli = join(root, 'dist', 'cli.js');

type Action = string | { [name: string]: unknown };

interface Script {
  /** The program (a file for main, a realm folder for a tx), relative to test-fixtures/dap/. */
  program: string;
  /** Extra launch arguments (function, args, caller, stopOnEntry, replay: "HEAD~N" is resolved). */
  launch?: Record<string, unknown>;
  /** CLI commands run before the session, in the program's workspace, against a fresh state folder. */
  setup?: string[][];
  /** Line breakpoints by file (relative to test-fixtures/dap/), 1-based lines. */
  breakpoints?: Record<string, { line: number; condition?: string; hitCondition?: string; logMessage?: string }[]>;
  functionBreakpoints?: string[];
  /** Exception filters (default: the adapter's defaults). */
  exceptions?: string[];
  actions: Action[];
}

const STOPPING = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'pause']);

async function runSession(name: string, script: Script): Promise<string> {
  const out: string[] = [];
  const shown = (path: string | undefined): string => (path === undefined ? '?' : basename(path));
  const state = mkdtempSync(join(tmpdir(), 'amigos-dap-'));
  const program = join(fixtures, script.program);
  const workspace = existsSync(join(fixtures, 'workspace')) && script.program.startsWith('workspace') ? join(fixtures, 'workspace') : fixtures;
  // A setup call may fail on purpose (a failed attempt is recorded too): its exit code is not checked.
  for (const command of script.setup ?? []) spawnSync('node', [cli, ...command, '--state', state], { cwd: workspace, encoding: 'utf8' });
  const launch: Record<string, unknown> = { program, state, ...(script.launch ?? {}) };
  // `HEAD~N` in launch or request arguments names the Nth newest entry of the log (failed attempts included).
  const snapshotIds = (): { id: string }[] => JSON.parse(execFileSync('node', [cli, 'log', '--json', '--state', state], { cwd: workspace, encoding: 'utf8' })) as { id: string }[];
  const resolveIds = (args: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...args };
    for (const [key, value] of Object.entries(out)) if (typeof value === 'string' && value.startsWith('HEAD~')) out[key] = snapshotIds()[Number(value.slice(5))]?.id;
    return out;
  };
  Object.assign(launch, resolveIds(launch));
  const dc = new DebugClient('node', adapter, 'amigos');
  dc.defaultTimeout = 20_000;
  const events: DebugProtocol.Event[] = [];
  let waiting: (() => void) | null = null;
  const record = (event: DebugProtocol.Event): void => {
    events.push(event);
    waiting?.();
  };
  dc.on('stopped', record);
  dc.on('terminated', record);
  dc.on('output', record);
  let cursor = 0;
  let ended = false;
  const drainUntilStop = async (): Promise<DebugProtocol.StoppedEvent | null> => {
    for (;;) {
      while (cursor < events.length) {
        const event = events[cursor++];
        if (event.event === 'output') {
          const body = (event as DebugProtocol.OutputEvent).body;
          const where = body.source !== undefined ? ` @${shown(body.source.path)}:${body.line ?? 0}` : '';
          out.push(`  output ${body.category ?? 'console'}${where}: ${JSON.stringify(body.output)}`);
        } else if (event.event === 'terminated') {
          out.push('  terminated');
          ended = true;
          return null;
        } else return event as DebugProtocol.StoppedEvent;
      }
      await new Promise<void>((resolveWait) => (waiting = resolveWait));
      waiting = null;
    }
  };
  const describeStop = async (stop: DebugProtocol.StoppedEvent | null): Promise<void> => {
    if (stop === null) return;
    const trace = await dc.stackTraceRequest({ threadId: 1 });
    const top = trace.body.stackFrames[0];
    out.push(`  stopped ${stop.body.reason}${stop.body.text !== undefined ? ` (${stop.body.text})` : ''} at ${shown(top?.source?.path)}:${top?.line ?? 0}`);
    for (const frame of trace.body.stackFrames) out.push(`    frame ${frame.name} ${shown(frame.source?.path)}:${frame.line}`);
    const scopes = await dc.scopesRequest({ frameId: 0 });
    const locals = scopes.body.scopes.find((s) => s.name === 'Locals');
    if (locals !== undefined) {
      const vars = await dc.variablesRequest({ variablesReference: locals.variablesReference });
      out.push(`    locals ${vars.body.variables.map((v) => `${v.name} ${v.type ?? ''} = ${v.value}`).join('; ')}`);
    }
  };
  const scopeVariables = async (scopeName: string, path: string[], start?: number, count?: number): Promise<DebugProtocol.Variable[]> => {
    const scopes = await dc.scopesRequest({ frameId: 0 });
    const scope = scopes.body.scopes.find((s) => s.name === scopeName);
    if (scope === undefined) return [];
    let reference = scope.variablesReference;
    for (const part of path) {
      const vars = await dc.variablesRequest({ variablesReference: reference });
      reference = vars.body.variables.find((v) => v.name === part)?.variablesReference ?? 0;
      if (reference === 0) return [];
    }
    return (await dc.variablesRequest({ variablesReference: reference, start, count })).body.variables;
  };
  try {
    await dc.start();
    const init = await dc.initializeRequest({ adapterID: 'amigos', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    void init;
    const initialized = dc.waitForEvent('initialized');
    // A launch that fails sends no initialized event: that wait must not outlive the session.
    initialized.catch(() => undefined);
    const launched = await dc.launchRequest(launch as DebugProtocol.LaunchRequestArguments).catch((error: Error) => error);
    if (launched instanceof Error) {
      out.push(`launch failed: ${launched.message}`);
      return out.join('\n').replaceAll(root, '<root>') + '\n';
    }
    await initialized;
    for (const [file, bps] of Object.entries(script.breakpoints ?? {})) {
      const answer = await dc.setBreakpointsRequest({ source: { path: join(fixtures, file) }, breakpoints: bps });
      out.push(`breakpoints ${file}: ${answer.body.breakpoints.map((bp) => `${bp.verified ? 'verified' : 'unverified'} ${bp.line ?? '?'}${bp.message !== undefined ? ` (${bp.message})` : ''}`).join(', ')}`);
    }
    if (script.functionBreakpoints !== undefined) {
      const answer = await dc.setFunctionBreakpointsRequest({ breakpoints: script.functionBreakpoints.map((n) => ({ name: n })) });
      out.push(`function breakpoints: ${answer.body.breakpoints.map((bp) => (bp.verified ? 'verified' : `unverified (${bp.message ?? ''})`)).join(', ')}`);
    }
    if (script.exceptions !== undefined) await dc.setExceptionBreakpointsRequest({ filters: script.exceptions });
    await dc.configurationDoneRequest();
    out.push('> start');
    await describeStop(await drainUntilStop());
    for (const action of script.actions) {
      const [verb, arg] = typeof action === 'string' ? [action, undefined] : Object.entries(action)[0];
      out.push(`> ${verb}${arg === undefined ? '' : ` ${JSON.stringify(arg)}`}`);
      if (ended) {
        out.push('  (session ended)');
        continue;
      }
      if (STOPPING.has(verb)) {
        await dc.send(verb, { threadId: 1 });
        await describeStop(await drainUntilStop());
      } else if (verb === 'goto') {
        const { line, index } = arg as { line: number; index?: number };
        const targets = await dc.gotoTargetsRequest({ source: { path: program }, line });
        out.push(`  targets ${targets.body.targets.length}`);
        const target = targets.body.targets[index ?? 0];
        if (target === undefined) continue;
        out.push(`  goto ${target.label}`);
        await dc.gotoRequest({ threadId: 1, targetId: target.id });
        await describeStop(await drainUntilStop());
      } else if (verb === 'evaluate') {
        const answer = await dc.evaluateRequest({ expression: String(arg), frameId: 0, context: 'watch' }).then(
          (r) => `${r.body.result} (${r.body.type ?? ''})`,
          (error: Error) => `error: ${error.message}`,
        );
        out.push(`  = ${answer}`);
      } else if (verb === 'scope') {
        const { name: scopeName, path, start, count } = arg as { name: string; path?: string[]; start?: number; count?: number };
        const vars = await scopeVariables(scopeName, path ?? [], start, count);
        for (const v of vars) out.push(`  ${v.name} ${v.type ?? ''} = ${v.value}${v.variablesReference > 0 ? ` {${v.indexedVariables ?? v.namedVariables ?? '?'}}` : ''}`);
      } else if (verb === 'watch') {
        const { scope: scopeName, path } = arg as { scope: string; path: string[] };
        const parent = path.slice(0, -1);
        const scopes = await dc.scopesRequest({ frameId: 0 });
        let reference = scopes.body.scopes.find((s) => s.name === scopeName)?.variablesReference ?? 0;
        for (const part of parent) reference = (await dc.variablesRequest({ variablesReference: reference })).body.variables.find((v) => v.name === part)?.variablesReference ?? 0;
        const info = await dc.dataBreakpointInfoRequest({ variablesReference: reference, name: path[path.length - 1] });
        out.push(`  data breakpoint: ${info.body.description}`);
        if (info.body.dataId !== null) await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId, accessType: 'write' }] });
      } else if (verb === 'set') {
        const { scope: scopeName, path, name: varName, value } = arg as { scope: string; path: string[]; name: string; value: string };
        const scopes = await dc.scopesRequest({ frameId: 0 });
        let reference = scopes.body.scopes.find((s) => s.name === scopeName)?.variablesReference ?? 0;
        for (const part of path) reference = (await dc.variablesRequest({ variablesReference: reference })).body.variables.find((v) => v.name === part)?.variablesReference ?? 0;
        const answer = await dc.setVariableRequest({ variablesReference: reference, name: varName, value }).then(
          (r) => `${r.body.value} (${r.body.type ?? ''})`,
          (error: Error) => `error: ${error.message}`,
        );
        out.push(`  = ${answer}`);
      } else if (verb === 'exceptionInfo') {
        const answer = await dc.exceptionInfoRequest({ threadId: 1 }).then(
          (r) => `${r.body.exceptionId} ${r.body.breakMode}: ${r.body.description ?? ''}`,
          (error: Error) => `error: ${error.message}`,
        );
        out.push(`  ${answer}`);
      } else if (verb === 'custom') {
        const { command, args } = arg as { command: string; args?: Record<string, unknown> };
        const answer = await dc.customRequest(command, args === undefined ? undefined : resolveIds(args)).then(
          (r) => JSON.stringify(r.body, (key, value: unknown) => (key === 'file' && typeof value === 'string' ? basename(value) : value)),
          (error: Error) => `error: ${error.message}`,
        );
        out.push(`  ${answer.replace(/[0-9a-f]{16,}/g, '<id>')}`);
        if (command === 'amigos/jumpToFailure' || command === 'amigos/checkout' || command === 'amigos/branch') await describeStop(await drainUntilStop());
      } else {
        throw new Error(`${name}: unknown action ${verb}`);
      }
    }
  } finally {
    await dc.stop().catch(() => undefined);
    rmSync(state, { recursive: true, force: true });
  }
  return out.join('\n').replaceAll(root, '<root>') + '\n';
}

function check(name: string, script: Script, actual: string): void {
  const goldenPath = join(fixtures, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(goldenPath)) {
    writeFileSync(goldenPath, actual);
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`${name}: no golden yet; wrote ${goldenPath}, review it`);
    return;
  }
  assert.equal(actual, readFileSync(goldenPath, 'utf8'), `${name}: transcript differs from its golden`);
}

for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.dap.json')).sort()) {
  const name = file.slice(0, -'.dap.json'.length);
  test(`dap session ${name}`, async () => {
    const script = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Script;
    check(name, script, await runSession(name, script));
  });
}
