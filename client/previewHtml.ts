// The Realm Preview's HTML page and its link rules, with no VS Code API: the page wraps the HTML
// rendered from a realm's `Render(path)` Markdown in a strict content security policy (no remote
// content, no script but the page's own nonce'd one, images only from the webview itself or data
// URIs), and a click on a link posts it back so that the extension can render another path.
//
// It does not render Markdown (VS Code's built-in renderer does, see realmPreview.ts) and it
// never follows a link with a scheme: a realm's page cannot make the editor fetch anything.

export interface PreviewPage {
  realm: string;
  path: string;
  /** HTML rendered from the realm's Markdown, or undefined while there is none. */
  bodyHtml?: string;
  /** A message shown instead of the body (not available yet, a failed render). */
  notice?: string;
  /** The webview's own origin, for styles and images. */
  cspSource: string;
  nonce: string;
}

export interface RenderTarget {
  realm: string;
  path: string;
}

const refusedSchemes = /^(?:https?|ftp|file|mailto|javascript|data|vbscript|vscode|vscode-[a-z-]+|command|blob|ws|wss):/i;

/**
 * Where a link in a rendered page leads: another render path of this realm (`post/3`, `:post/3`,
 * `?path=post/3`), a path of another realm (`hub.amigos.dev/social/forum:post/3`), or nowhere
 * (`#anchor` scrolls in the page; a link with a scheme is refused).
 */
export function resolveRenderLink(href: string, currentRealm: string): RenderTarget | undefined {
  const link = href.trim();
  if (link === '' || link.startsWith('#') || refusedSchemes.test(link) || link.startsWith('//')) return undefined;
  if (link.startsWith('?')) {
    const path = new URLSearchParams(link.slice(1)).get('path');
    return path === null ? undefined : { realm: currentRealm, path };
  }
  if (link.startsWith(':')) return { realm: currentRealm, path: link.slice(1) };
  const colon = link.indexOf(':');
  if (colon > 0) {
    const realm = link.slice(0, colon).replace(/^\/+/, '');
    if (/^[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~-]+)*(?:@v[0-9]+)?$/.test(realm) && /[./]/.test(realm)) {
      return { realm, path: link.slice(colon + 1) };
    }
  }
  return { realm: currentRealm, path: link.replace(/^\.\//, '') };
}

export function previewDocument(page: PreviewPage): string {
  const csp = [
    "default-src 'none'",
    `style-src ${page.cspSource} 'unsafe-inline'`,
    `img-src ${page.cspSource} data:`,
    `font-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
  ].join('; ');
  const location = page.path === '' ? page.realm : `${page.realm}:${page.path}`;
  const body = page.bodyHtml ?? `<p class="notice">${escapeHtml(page.notice ?? 'Nothing to show.')}</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 12px; line-height: 1.5; }
  header { font-family: var(--vscode-editor-font-family); font-size: 0.85em; opacity: 0.8; border-bottom: 1px solid var(--vscode-panel-border); padding: 6px 0; display: flex; gap: 8px; }
  header button { background: none; border: none; color: var(--vscode-textLink-foreground); cursor: pointer; padding: 0; font: inherit; }
  a { color: var(--vscode-textLink-foreground); }
  code, pre { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); }
  pre { padding: 8px; overflow-x: auto; }
  table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border); padding: 2px 8px; }
  .notice { opacity: 0.8; font-style: italic; }
</style>
</head>
<body>
<header><button id="home" title="Render(&quot;&quot;)">${escapeHtml(page.realm)}</button><span id="location" data-realm="${escapeHtml(page.realm)}" data-path="${escapeHtml(page.path)}">${escapeHtml(location)}</span></header>
<main id="content">${body}</main>
<script nonce="${page.nonce}">
  const vscode = acquireVsCodeApi();
  document.getElementById('home').addEventListener('click', () => vscode.postMessage({ type: 'open', href: ':' }));
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link) return;
    const href = link.getAttribute('href') || '';
    if (href.startsWith('#')) return;
    event.preventDefault();
    vscode.postMessage({ type: 'open', href });
  });
</script>
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
