// Publishing diagnostics: after a change, debounced, for every open document (a change in one
// package can break its importers), from parse, type check and the hub's view of imports.
// Each diagnostic carries its fixes in `data` so the code action handler can answer from them.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import { fileDiagnostics } from '../vm/services/index';
import { toPath, type ServerContext } from './serverContext';
import { runSafeNotification } from './runSafe';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

export class DiagnosticsPublisher {
  private timer: NodeJS.Timeout | undefined;
  private readonly pending = new Set<string>();

  constructor(
    private readonly context: ServerContext,
    /** Quiet time after the last edit before publishing (ms). */
    public delayMs: number,
  ) {}

  /** Schedules a publish of every open document, `uri` first. */
  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => runSafeNotification(this.context.connection.console, 'diagnostics', () => this.publishAll()), this.delayMs);
  }

  clear(uri: string): void {
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publishAll(): Promise<void> {
    const first = [...this.pending];
    this.pending.clear();
    const open = this.context.documents.all().map((document) => document.uri);
    const order = [...first.filter((uri) => open.includes(uri)), ...open.filter((uri) => !first.includes(uri))];
    for (const uri of order) {
      const document = this.context.documents.get(uri);
      if (!document) continue;
      const version = document.version;
      const diagnostics = this.compute(uri);
      // A newer edit is on its way: its publish will follow.
      if (this.context.documents.get(uri)?.version !== version) continue;
      await this.context.connection.sendDiagnostics({ uri, version, diagnostics });
    }
  }

  private compute(uri: string): Diagnostic[] {
    const path = toPath(uri);
    const found = this.context.analysis(uri);
    if (!path || !found) return [];
    return fileDiagnostics(found.workspace.hub, found.analysis, found.workspace.root).map((d) => ({
      range: this.context.range(path, d.pos, d.end),
      severity: severities[d.severity],
      message: d.message,
      source: d.source,
      tags: d.unused ? [DiagnosticTag.Unnecessary] : undefined,
      data: d.fixes.length > 0 ? { fixes: d.fixes } : undefined,
    }));
  }
}
