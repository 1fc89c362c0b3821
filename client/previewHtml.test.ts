// The Realm Preview's page and link rules (client/previewHtml.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { previewDocument, resolveRenderLink } from './previewHtml';

test('links lead to render paths of this realm or another, never out', () => {
  const realm = 'hub.amigos.dev/demo/board';
  const check = (href: string, expected: string | undefined): void => {
    const target = resolveRenderLink(href, realm);
    assert.equal(target && `${target.realm}:${target.path}`, expected, href);
  };
  check('note/3', `${realm}:note/3`);
  check('./note/3', `${realm}:note/3`);
  check(':', `${realm}:`);
  check(':note/3', `${realm}:note/3`);
  check('?path=note/3', `${realm}:note/3`);
  check('hub.amigos.dev/social/forum:post/7', 'hub.amigos.dev/social/forum:post/7');
  check('/hub.amigos.dev/social/forum:', 'hub.amigos.dev/social/forum:');
  check('hub.amigos.dev/token@v2:balances', 'hub.amigos.dev/token@v2:balances');
  check('#top', undefined);
  check('https://example.com/x', undefined);
  check('javascript:alert(1)', undefined);
  check('data:text/html,hi', undefined);
  check('//example.com/x', undefined);
  check('command:workbench.action.quit', undefined);
  check('', undefined);
});

test('the page sets a strict content security policy and escapes what it shows', () => {
  const html = previewDocument({ realm: 'r<x>', path: 'p"q', bodyHtml: '<h1>Board</h1>', cspSource: 'vscode-webview://abc', nonce: 'n0nce' });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  assert.match(csp, /default-src &#39;none&#39;/);
  assert.match(csp, /script-src &#39;nonce-n0nce&#39;/);
  assert.doesNotMatch(csp, /https?:|\*/);
  assert.match(html, /<script nonce="n0nce">/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /<main id="content"><h1>Board<\/h1><\/main>/);
  assert.match(html, /r&#60;x&#62;:p&#34;q/);
  const notice = previewDocument({ realm: 'r', path: '', notice: '<b>not yet</b>', cspSource: 's', nonce: 'n' });
  assert.match(notice, /&#60;b&#62;not yet&#60;\/b&#62;/);
});
