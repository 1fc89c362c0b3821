// The public entry of the execution core: compile checked packages once, run them as often as
// needed with a Host (see vm/run/runtime.ts), or run a single file end to end. Other layers (the
// realm engine, the debugger, the CLI) import from here and from vm/run/runtime.ts only.
export { compileProgram, programPackages } from './program';
export type { CompileError, CompileOptions, CompiledProgram, RunResult } from './program';
export { compileFile, runFile } from './runFile';
export type { RunFileOptions, RunFileResult } from './runFile';
export type { DebugHooks, Host, MsgValue, RealmHost, RunOptions, StackFrame, StopContext, Variable } from '../run/runtime';
export { DEFAULT_TX_GAS, Gas } from '../run/gas';
