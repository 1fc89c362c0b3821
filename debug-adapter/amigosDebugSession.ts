// Translates DAP requests into calls on the VM's debug runtime (vm/debug/debugRuntime.ts) and its
// events back into DAP: capabilities, launch, breakpoints of every kind, stepping forward and
// backward, goto targets, stack frames naming realm and caller, scopes (Locals, Package, Msg,
// State), paged variables, evaluate, data breakpoints and the custom requests of
// customRequests.ts. Lines are converted between the client's convention and the runtime's
// 0-based lines here, once. It deliberately holds no language or runtime knowledge; a failure of
// a handler is answered as an error response, never a crash.
import { basename } from 'node:path';
import {
  Breakpoint,
  Handles,
  InitializedEvent,
  LoggingDebugSession,
  OutputEvent,
  Scope,
  Source,
  StackFrame,
  StoppedEvent,
  TerminatedEvent,
  Thread,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugRuntime, EXCEPTION_FILTERS, type DataWatch, type StopEvent, type OutputEvent as RuntimeOutput } from '../vm/debug/debugRuntime';
import { LaunchError } from '../vm/debug/debugTarget';
import type { ValueNode } from '../vm/debug/valueView';
import { formatValue } from '../vm/realm/formatValue';
import { CustomRequest, type BranchResponse, type DiffArguments, type DiffResponse, type GasProfileResponse, type SnapshotArguments, type SnapshotsArguments, type SnapshotsResponse } from './customRequests';

interface LaunchArguments extends DebugProtocol.LaunchRequestArguments {
  program: string;
  function?: string;
  args?: string[];
  caller?: string;
  stopOnEntry?: boolean;
  state?: string;
  test?: string;
  replay?: string;
  /** A snapshot whose state the tx runs against instead of the head (time travel through state). */
  snapshot?: string;
}

/** What a variables reference stands for: a list of nodes, and where data breakpoints on them point. */
interface VariableContainer {
  nodes: ValueNode[];
  /** Package variables (and their fields): the package and the expression of the container. */
  pkgPath?: string;
  prefix?: string;
  /** State keys of a realm. */
  namespace?: string;
  /** For Locals, Package and what they hold: the frame, and the Go expression of this container (none for the scope itself). */
  frame?: number;
  expression?: string;
}

const THREAD_ID = 1;

export class AmigosDebugSession extends LoggingDebugSession {
  private runtime: DebugRuntime | null = null;
  private configured = false;
  private stopOnEntry = false;
  private readonly containers = new Handles<VariableContainer>();

  constructor() {
    super();
    this.setDebuggerLinesStartAt1(false);
    this.setDebuggerColumnsStartAt1(true);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      ...response.body,
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsFunctionBreakpoints: true,
      supportsEvaluateForHovers: true,
      supportsStepBack: true,
      supportsGotoTargetsRequest: true,
      supportsDataBreakpoints: true,
      supportsTerminateRequest: true,
      supportsExceptionInfoRequest: true,
      supportsSetVariable: true,
      supportsDelayedStackTraceLoading: false,
      exceptionBreakpointFilters: EXCEPTION_FILTERS.map((f) => ({ filter: f.filter, label: f.label, default: f.default })),
    };
    this.sendResponse(response);
  }

  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: LaunchArguments): void {
    try {
      this.runtime = DebugRuntime.launch({
        program: args.program,
        function: args.function,
        args: args.args,
        caller: args.caller,
        state: args.state,
        test: args.test,
        replay: args.replay,
        at: args.snapshot,
        codeDir: __dirname,
      });
    } catch (error) {
      const message = error instanceof LaunchError ? error.message : `launch failed: ${error instanceof Error ? error.message : String(error)}`;
      this.sendErrorResponse(response, { id: 1001, format: message, showUser: true });
      return;
    }
    this.stopOnEntry = args.stopOnEntry === true;
    const runtime = this.runtime;
    runtime.on('stopped', (stop: StopEvent) => this.sendStopped(stop));
    runtime.on('output', (output: RuntimeOutput) => {
      const event = new OutputEvent(output.text, output.category) as DebugProtocol.OutputEvent;
      if (output.file !== undefined && output.line !== undefined) {
        event.body.source = this.source(output.file);
        event.body.line = this.convertDebuggerLineToClient(output.line);
      }
      this.sendEvent(event);
    });
    runtime.on('end', () => this.sendEvent(new TerminatedEvent()));
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.sendResponse(response);
    if (this.configured || this.runtime === null) return;
    this.configured = true;
    this.runtime.start(this.stopOnEntry);
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.runtime?.close();
    this.runtime = null;
    this.sendResponse(response);
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.sendResponse(response);
    this.sendEvent(new TerminatedEvent());
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const file = args.source.path ?? '';
    const results = runtime.setLineBreakpoints(
      file,
      (args.breakpoints ?? []).map((bp) => ({ line: this.convertClientLineToDebugger(bp.line), condition: bp.condition, hitCondition: bp.hitCondition, logMessage: bp.logMessage })),
    );
    response.body = {
      breakpoints: results.map((result) => {
        const bp = new Breakpoint(result.verified, this.convertDebuggerLineToClient(result.line), undefined, this.source(file)) as DebugProtocol.Breakpoint;
        bp.id = result.id;
        if (result.message !== undefined) bp.message = result.message;
        return bp;
      }),
    };
    this.sendResponse(response);
  }

  protected override setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const results = runtime.setFunctionBreakpoints(args.breakpoints.map((bp) => ({ name: bp.name, condition: bp.condition })));
    response.body = { breakpoints: results.map((r) => ({ id: r.id, verified: r.verified, ...(r.message !== undefined ? { message: r.message } : {}) })) };
    this.sendResponse(response);
  }

  protected override setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): void {
    this.runtime?.setExceptionFilters(args.filters);
    this.sendResponse(response);
  }

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    const container = args.variablesReference !== undefined ? this.containers.get(args.variablesReference) : undefined;
    const name = args.name.replace(/ \*$/, '');
    if (container?.namespace !== undefined) {
      response.body = { dataId: JSON.stringify({ kind: 'stateKey', namespace: container.namespace, key: name }), description: `state ${name} of ${container.namespace}`, accessTypes: ['write'] };
    } else if (container?.pkgPath !== undefined) {
      const expression = container.prefix === undefined ? name : `${container.prefix}.${name}`;
      response.body = { dataId: JSON.stringify({ kind: 'variable', pkgPath: container.pkgPath, expression }), description: `${container.pkgPath}.${expression}`, accessTypes: ['write'] };
    } else if (args.variablesReference === undefined && /^[A-Za-z_][\w.]*$/.test(name)) {
      const pkgPath = this.runtime?.view().frames[0]?.pkgPath ?? 'main';
      response.body = { dataId: JSON.stringify({ kind: 'variable', pkgPath, expression: name }), description: `${pkgPath}.${name}`, accessTypes: ['write'] };
    } else {
      response.body = { dataId: null, description: 'only package variables, their fields and state keys can be watched' };
    }
    this.sendResponse(response);
  }

  protected override setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const watches: Omit<DataWatch, 'id'>[] = [];
    for (const bp of args.breakpoints) {
      try {
        const parsed = JSON.parse(bp.dataId) as Omit<DataWatch, 'id' | 'label'>;
        const label = parsed.kind === 'stateKey' ? `${parsed.namespace ?? ''} ${parsed.key ?? ''}` : `${parsed.pkgPath ?? ''}.${parsed.expression ?? ''}`;
        watches.push({ ...parsed, label });
      } catch {
        // An id this adapter did not make: not watched (reported unverified below).
      }
    }
    const set = runtime.setDataWatches(watches);
    response.body = { breakpoints: args.breakpoints.map((_bp, i) => ({ id: set[i]?.id, verified: set[i] !== undefined })) };
    this.sendResponse(response);
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const end = runtime.trace.end;
    const caught = runtime.trace.caughtPanics.get(runtime.position);
    if (caught !== undefined && runtime.position !== runtime.failureStep()) {
      response.body = { exceptionId: 'caughtPanic', description: `panic: ${caught} (recovered by a deferred call)`, breakMode: 'always' };
      this.sendResponse(response);
      return;
    }
    if (runtime.failureStep() === null || end.error === null) {
      this.sendErrorResponse(response, { id: 1004, format: 'the tx did not fail', showUser: false });
      return;
    }
    response.body = { exceptionId: end.outcome, description: end.error, breakMode: 'unhandled' };
    this.sendResponse(response);
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD_ID, 'tx')] };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const view = runtime.view();
    const start = args.startFrame ?? 0;
    const count = args.levels === undefined || args.levels === 0 ? view.frames.length : args.levels;
    const isTx = runtime.target.kind !== 'main';
    response.body = {
      stackFrames: view.frames.slice(start, start + count).map((frame, i) => {
        const name = isTx ? `${frame.func} [${frame.realm} ← ${frame.caller}]` : frame.func;
        return new StackFrame(start + i, name, this.source(frame.file), this.convertDebuggerLineToClient(frame.line), frame.col);
      }),
      totalFrames: view.frames.length,
    };
    this.sendResponse(response);
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const view = runtime.view();
    const frame = view.frames[args.frameId];
    const scopes: DebugProtocol.Scope[] = [new Scope('Locals', this.containers.create({ nodes: view.locals[args.frameId] ?? [], frame: args.frameId }), false)];
    if (frame !== undefined) scopes.push(new Scope('Package', this.containers.create({ nodes: view.packageVars.get(frame.pkgPath) ?? [], pkgPath: frame.pkgPath, frame: args.frameId }), false));
    scopes.push(new Scope('Msg', this.containers.create({ nodes: view.msg }), false));
    if (runtime.target.kind !== 'main') scopes.push(new Scope('State', this.containers.create({ nodes: view.state, namespace: frame?.realm ?? '' }), true));
    response.body = { scopes };
    this.sendResponse(response);
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    const container = this.containers.get(args.variablesReference);
    const nodes = container?.nodes ?? [];
    const start = args.start ?? 0;
    const page = args.count === undefined || args.count === 0 ? nodes.slice(start) : nodes.slice(start, start + args.count);
    response.body = { variables: page.map((node) => this.variable(node, container)) };
    this.sendResponse(response);
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const result = runtime.evaluate(args.expression, args.frameId ?? 0);
    if (!result.ok) {
      this.sendErrorResponse(response, { id: 1002, format: result.error, showUser: false });
      return;
    }
    const v = this.variable(result.node, undefined);
    response.body = { result: v.value, type: v.type, variablesReference: v.variablesReference, indexedVariables: v.indexedVariables };
    this.sendResponse(response);
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const container = this.containers.get(args.variablesReference);
    const node = container?.nodes.find((n) => n.name === args.name);
    const target = node === undefined ? undefined : childExpression(container, node);
    if (container?.frame === undefined || target === undefined) {
      this.sendErrorResponse(response, { id: 1005, format: `${args.name} cannot be set here`, showUser: true });
      return;
    }
    const result = runtime.setValue(container.frame, target, args.value);
    if (!result.ok) {
      this.sendErrorResponse(response, { id: 1005, format: result.error, showUser: true });
      return;
    }
    response.body = { value: result.value, type: result.type };
    this.sendResponse(response);
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    this.act(response, (r) => r.continueForward());
  }

  protected override nextRequest(response: DebugProtocol.NextResponse): void {
    this.act(response, (r) => r.next());
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse): void {
    this.act(response, (r) => r.stepIn());
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse): void {
    this.act(response, (r) => r.stepOut());
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse): void {
    this.act(response, (r) => r.stepBack());
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    this.act(response, (r) => r.reverseContinue());
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.act(response, (r) => r.pause());
  }

  protected override gotoTargetsRequest(response: DebugProtocol.GotoTargetsResponse, args: DebugProtocol.GotoTargetsArguments): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    const targets = runtime.gotoTargets(args.source.path ?? '', this.convertClientLineToDebugger(args.line));
    response.body = { targets: targets.map((t) => ({ id: t.step, label: t.label, line: this.convertDebuggerLineToClient(t.line) })) };
    this.sendResponse(response);
  }

  protected override gotoRequest(response: DebugProtocol.GotoResponse, args: DebugProtocol.GotoArguments): void {
    this.act(response, (r) => r.goto(args.targetId));
  }

  protected override customRequest(command: string, response: DebugProtocol.Response, args: unknown): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    try {
      response.body = this.custom(runtime, command, (args ?? {}) as Record<string, unknown>);
      this.sendResponse(response);
    } catch (error) {
      this.sendErrorResponse(response, { id: 1003, format: error instanceof Error ? error.message : String(error), showUser: false });
    }
  }

  // ------------------------------------------------------------------------------------------

  private custom(runtime: DebugRuntime, command: string, args: Record<string, unknown>): unknown {
    const node = runtime.target.node;
    switch (command) {
      case CustomRequest.gasProfile:
        return runtime.gasProfile() satisfies GasProfileResponse;
      case CustomRequest.jumpToFailure: {
        const step = runtime.failureStep();
        if (step === null) throw new Error('the tx did not fail');
        runtime.goto(step);
        return { step };
      }
      case CustomRequest.snapshots: {
        if (node === null) throw new Error('a main program has no node state');
        const { cursor, limit } = args as SnapshotsArguments;
        const page = node.store.log(cursor, { limit: limit ?? 50 });
        return {
          snapshots: page.entries.map((entry) => {
            const tx = (entry.tx ?? {}) as Record<string, unknown>;
            return {
              id: entry.id,
              parent: entry.parent,
              height: entry.height,
              failed: entry.failed,
              caller: typeof tx.caller === 'string' ? tx.caller : null,
              package: typeof tx.package === 'string' ? tx.package : null,
              function: typeof tx.function === 'string' ? tx.function : null,
              args: Array.isArray(tx.args) ? tx.args.map(String) : [],
            };
          }),
          cursor: page.cursor,
        } satisfies SnapshotsResponse;
      }
      case CustomRequest.diff: {
        if (node === null) throw new Error('a main program has no node state');
        const { from, to, limit } = args as unknown as DiffArguments;
        const a = node.store.snapshot(from).id;
        const b = node.store.snapshot(to).id;
        return {
          changes: node.store.diff(a, b, { limit: limit ?? 1000 }).map((d) => ({ namespace: d.namespace, key: d.key, old: d.old === undefined ? null : formatValue(d.old), new: d.new === undefined ? null : formatValue(d.new) })),
        } satisfies DiffResponse;
      }
      case CustomRequest.checkout:
      case CustomRequest.branch: {
        if (node === null) throw new Error('a main program has no node state');
        const { snapshot } = args as unknown as SnapshotArguments;
        const outcome = runtime.rebase(snapshot) satisfies BranchResponse;
        runtime.goto(runtime.firstUserStep());
        return outcome;
      }
      default:
        throw new Error(`unknown request ${command}`);
    }
  }

  private act(response: DebugProtocol.Response, action: (runtime: DebugRuntime) => void): void {
    const runtime = this.requireRuntime(response);
    if (runtime === null) return;
    this.sendResponse(response);
    try {
      action(runtime);
    } catch (error) {
      this.sendEvent(new OutputEvent(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`, 'important'));
      this.sendEvent(new TerminatedEvent());
    }
  }

  private sendStopped(stop: StopEvent): void {
    this.containers.reset();
    const event = new StoppedEvent(stop.reason, THREAD_ID, stop.text) as DebugProtocol.StoppedEvent;
    event.body.description = stop.text ?? stop.reason;
    if (stop.hitBreakpoints !== undefined) event.body.hitBreakpointIds = stop.hitBreakpoints;
    event.body.allThreadsStopped = true;
    this.sendEvent(event);
  }

  private variable(node: ValueNode, parent: VariableContainer | undefined): DebugProtocol.Variable {
    let reference = 0;
    if (node.children !== undefined && node.children.length > 0) {
      const name = node.name.replace(/ \*$/, '');
      const prefix = parent?.pkgPath === undefined ? undefined : /^\w+$/.test(name) ? (parent.prefix === undefined ? name : `${parent.prefix}.${name}`) : undefined;
      const expression = childExpression(parent, node);
      reference = this.containers.create({
        nodes: node.children,
        ...(prefix !== undefined ? { pkgPath: parent?.pkgPath, prefix } : {}),
        ...(expression !== undefined ? { frame: parent?.frame, expression } : {}),
      });
    }
    const variable: DebugProtocol.Variable = { name: node.name, value: node.value, type: node.type, variablesReference: reference };
    if (node.indexed === true && reference !== 0) variable.indexedVariables = node.children?.length ?? 0;
    else if (reference !== 0) variable.namedVariables = node.children?.length ?? 0;
    return variable;
  }

  private source(file: string): Source {
    return new Source(basename(file), this.convertDebuggerPathToClient(file));
  }

  private requireRuntime(response: DebugProtocol.Response): DebugRuntime | null {
    if (this.runtime !== null) return this.runtime;
    this.sendErrorResponse(response, { id: 1000, format: 'no program is being debugged', showUser: false });
    return null;
  }
}

/** The Go expression that reaches `node` inside `parent` (a Locals or Package scope, or a value in one). */
function childExpression(parent: VariableContainer | undefined, node: ValueNode): string | undefined {
  if (parent?.frame === undefined) return undefined;
  const name = node.name.replace(/ \*$/, '');
  if (parent.expression === undefined) return name;
  if (node.access !== undefined) return `${parent.expression}${node.access}`;
  if (name.startsWith('[')) return /^\[\d+\]$/.test(name) ? `${parent.expression}${name}` : undefined;
  if (name.startsWith('*')) return `(*${parent.expression})`;
  return `${parent.expression}.${name}`;
}
