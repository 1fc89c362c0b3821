// Entry point of the debug adapter (`node dist/debugAdapter.js`): runs one session on stdin/stdout.
import { DebugSession } from '@vscode/debugadapter';
import { AmigosDebugSession } from './amigosDebugSession';

DebugSession.run(AmigosDebugSession);
