// The Realm Preview: a webview in the Amigos view container that shows a realm's
// `Render(path)` Markdown (`amigos render PKG PATH`), rendered to HTML by VS Code's built-in
// Markdown renderer and shown under a strict content security policy (previewHtml.ts). Links to
// other render paths are followed inside the preview; it re-renders after every transaction.
//
// It loads nothing remote and runs no script of the realm's: the page's one script only posts
// clicked links back here.
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { CliUnavailableError } from './cli';
import type { AmigosNode } from './node';
import { escapeHtml, previewDocument, resolveRenderLink, type RenderTarget } from './previewHtml';
import { messageOf } from './stateHistory';
import { findWorkspacePackages, packageOf } from './workspacePackages';

export const realmPreviewViewId = 'amigos.realmPreview';

export class RealmPreview implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private target: RenderTarget | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;

  constructor(private readonly node: AmigosNode) {
    this.disposables.push(
      vscode.window.registerWebviewViewProvider(realmPreviewViewId, this, { webviewOptions: { retainContextWhenHidden: true } }),
      node.onDidChange(() => void this.update()),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    view.webview.onDidReceiveMessage((message: unknown) => {
      if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'open' || !this.target) return;
      const href = String((message as { href?: unknown }).href ?? '');
      const next = resolveRenderLink(href, this.target.realm);
      if (next) void this.show(next);
      else if (href !== '') void vscode.window.showInformationMessage(`The preview does not follow ${href}: it shows realm render paths only.`);
    });
    view.onDidChangeVisibility(() => {
      if (view.visible) void this.update();
    });
    void this.update();
  }

  /** "Amigos: Open Realm Preview": the active editor's realm, else one picked from the workspace. */
  async open(realm?: string): Promise<void> {
    const chosen = realm ?? (await this.chooseRealm());
    if (!chosen) return;
    await this.show({ realm: chosen, path: '' });
  }

  async show(target: RenderTarget): Promise<void> {
    this.target = target;
    await vscode.commands.executeCommand(`${realmPreviewViewId}.focus`);
    await this.update();
  }

  async update(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const generation = ++this.generation;
    const nonce = randomBytes(16).toString('base64');
    const page = { realm: this.target?.realm ?? '', path: this.target?.path ?? '', cspSource: view.webview.cspSource, nonce };
    if (!this.target) {
      view.webview.html = previewDocument({ ...page, notice: 'Run "Amigos: Open Realm Preview" to show a realm.' });
      return;
    }
    let html: string;
    try {
      const markdown = await this.node.text(['render', this.target.realm, ...(this.target.path === '' ? [] : [this.target.path])]);
      html = previewDocument({ ...page, bodyHtml: await renderMarkdown(markdown) });
    } catch (error) {
      const notice = error instanceof CliUnavailableError ? `The preview is not available yet: ${error.message}` : `Render failed: ${messageOf(error)}`;
      html = previewDocument({ ...page, notice });
    }
    if (generation === this.generation) view.webview.html = html;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async chooseRealm(): Promise<string | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'amigo') {
      const pkg = await packageOf(active.uri);
      if (pkg?.kind === 'realm') return pkg.modulePath;
    }
    const realms = (await findWorkspacePackages()).filter((pkg) => pkg.kind === 'realm');
    if (realms.length === 1) return realms[0].modulePath;
    const picked = await vscode.window.showQuickPick(
      realms.map((pkg) => ({ label: pkg.modulePath, description: vscode.workspace.asRelativePath(pkg.folder) })),
      { title: 'Preview which realm?', placeHolder: 'a realm package path (or type one from the hub)' },
    );
    return picked?.label;
  }
}

/** Markdown to HTML with VS Code's own renderer (the built-in Markdown extension), else escaped. */
async function renderMarkdown(markdown: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown);
    if (typeof html === 'string') return html;
  } catch {
    // The Markdown extension is disabled: show the source as text below.
  }
  return `<pre>${escapeHtml(markdown)}</pre>`;
}
