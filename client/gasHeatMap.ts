// The gas heat map: after a call (from `amigos trace SNAPSHOT --json`) or in a debug session (the
// adapter's `amigos/gasProfile` custom request, asked at the session's first stop: the adapter
// records the whole tx before it stops), each line that spent gas gets a background whose strength
// follows its share of the hottest line, a gas figure at the line's end, and a hover with the
// exact gas and its share of the tx. "Amigos: Toggle Gas Heat Map" shows or hides it.
//
// It only draws what it is given: it measures nothing and keeps only the last profile.
import * as vscode from 'vscode';
import { isAbsolute, join } from 'node:path';
import { CustomRequest, type GasProfileResponse } from '../debug-adapter/customRequests';
import { type GasLine } from './stateData';

const levels = 5;

export class GasHeatMap implements vscode.Disposable {
  private enabled = true;
  private byFile = new Map<string, Map<number, number>>();
  private total = 0;
  private readonly decorations: vscode.TextEditorDecorationType[];
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.decorations = Array.from({ length: levels }, (_, level) =>
      vscode.window.createTextEditorDecorationType({
        isWholeLine: true,
        backgroundColor: `rgba(255, 120, 0, ${(0.08 + (0.32 * level) / (levels - 1)).toFixed(2)})`,
        overviewRulerColor: `rgba(255, 120, 0, ${(0.3 + (0.7 * level) / (levels - 1)).toFixed(2)})`,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }),
    );
    this.disposables.push(
      ...this.decorations,
      vscode.window.onDidChangeVisibleTextEditors(() => this.redraw()),
      vscode.debug.registerDebugAdapterTrackerFactory('amigos', {
        createDebugAdapterTracker: (session) => {
          let asked = false;
          return {
            onDidSendMessage: (message: { type?: string; event?: string }) => {
              if (asked || message.type !== 'event' || message.event !== 'stopped') return;
              asked = true;
              void this.fromDebugSession(session);
            },
          };
        },
      }),
    );
  }

  get visible(): boolean {
    return this.enabled;
  }

  toggle(): void {
    this.enabled = !this.enabled;
    this.redraw();
    void vscode.window.setStatusBarMessage(`Amigos gas heat map ${this.enabled ? 'shown' : 'hidden'}`, 2000);
  }

  /** Replaces the profile; relative paths resolve against `root`. */
  setProfile(lines: GasLine[], root?: string): void {
    const byFile = new Map<string, Map<number, number>>();
    let total = 0;
    for (const line of lines) {
      const path = resolvePath(line.file, root);
      const perLine = byFile.get(path) ?? new Map<number, number>();
      perLine.set(line.line, (perLine.get(line.line) ?? 0) + line.gas);
      byFile.set(path, perLine);
      total += line.gas;
    }
    this.byFile = byFile;
    this.total = total;
    this.redraw();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async fromDebugSession(session: vscode.DebugSession): Promise<void> {
    try {
      const profile = (await session.customRequest(CustomRequest.gasProfile)) as GasProfileResponse;
      // The adapter's lines are 0-based; the heat map's are 1-based like the CLI's.
      this.setProfile(
        profile.byLine.map((entry) => ({ file: entry.file, line: entry.line + 1, gas: entry.gas })),
        session.workspaceFolder?.uri.fsPath,
      );
    } catch {
      // An adapter without a gas profile leaves the map as it was.
    }
  }

  private redraw(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const perLine = this.enabled ? this.byFile.get(editor.document.uri.fsPath) : undefined;
      const buckets: vscode.DecorationOptions[][] = Array.from({ length: levels }, () => []);
      if (perLine) {
        const hottest = Math.max(...perLine.values(), 1);
        for (const [line, gas] of perLine) {
          if (line < 1 || line > editor.document.lineCount) continue;
          const level = Math.min(levels - 1, Math.floor((gas / hottest) * levels));
          const share = this.total > 0 ? ((100 * gas) / this.total).toFixed(1) : '0';
          const range = editor.document.lineAt(line - 1).range;
          buckets[level].push({
            range,
            hoverMessage: new vscode.MarkdownString(`**gas** ${gas.toLocaleString('en-US')} (${share}% of the transaction)`),
            renderOptions: { after: { contentText: `  gas ${gas.toLocaleString('en-US')}`, color: new vscode.ThemeColor('editorCodeLens.foreground') } },
          });
        }
      }
      this.decorations.forEach((type, level) => editor.setDecorations(type, buckets[level]));
    }
  }
}

function resolvePath(file: string, root: string | undefined): string {
  if (file.startsWith('file://')) return vscode.Uri.parse(file).fsPath;
  if (isAbsolute(file) || !root) return file;
  return join(root, file);
}
