// Translates DAP requests into calls on the VM's debug runtime, and its events back into DAP.
import { LoggingDebugSession, InitializedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';

export class AmigosDebugSession extends LoggingDebugSession {
  constructor() {
    super();
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = { ...response.body, supportsConfigurationDoneRequest: true };
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }
}
