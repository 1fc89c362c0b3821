// The end-to-end run in a real VS Code (see README.md here): packages the extension
// (`npm run package`, in a copy of the sources so that dist/ is left alone), installs the .vsix into a fresh extensions folder of code-server
// (VS Code 1.100 in a browser), opens a copy of test-fixtures/e2e-workspace/ in headless Chromium
// driven by playwright-core, and checks each feature through the real UI, saving a screenshot per
// step under e2e-screenshots/. Each check is its own case; the cases listed in KNOWN_FAILURES are
// expected to fail (their feature is not built yet), and one of them passing fails the run, so
// that the list only shrinks. The closing line is `N passed, N failed, N skipped` (skipped = the
// expected failures).
//
// It does not install anything: scripts/e2e-setup.sh does (`npm run test:e2e` runs both).
// Options: --no-package (reuse the built .vsix), --only=a,b (run only these cases), --keep
// (leave code-server running at the end, for a look by hand).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const work = join(root, '.e2e', 'run');
const stage = join(root, '.e2e', 'package');
const screenshots = join(root, 'e2e-screenshots');
const codeServerEntry = join(here, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const options = parseOptions(process.argv.slice(2));
const knownFailures = readKnownFailures(join(here, 'KNOWN_FAILURES'));
const started = Date.now();
const log = (line) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${line}`);

if (!existsSync(join(here, 'node_modules', 'code-server')) || !existsSync(join(here, 'node_modules', 'playwright-core'))) {
  console.error('e2e: the rig is not installed; run `bash scripts/e2e-setup.sh` (or `npm run test:e2e`)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const { chromium } = await import('playwright-core');

// ---------------------------------------------------------------------------------------------
// The cases, in order: each gets the page with the workspace open and returns a note for the log.

const cases = [
  { id: 'activation', title: 'the extension activates on an .amigo file, fast', run: checkActivation },
  { id: 'language-server', title: 'the language server starts, and restarts on command', run: checkLanguageServer },
  { id: 'highlighting', title: 'the grammar colours keywords, strings, numbers and hub import paths', run: checkHighlighting },
  { id: 'test-explorer', title: 'Test functions appear in the Test Explorer', run: checkTestExplorer },
  { id: 'test-run', title: 'running the tests from the Test Explorer passes TestPin', run: checkTestRun },
  { id: 'amigos-views', title: 'the Amigos view container shows its three views', run: checkAmigosViews },
  { id: 'debug-dynamic-configurations', title: 'Run and Debug offers one configuration per realm function', run: checkDynamicConfigurations },
  { id: 'new-realm', title: 'New Realm writes a scaffold and opens it', run: checkNewRealm },
  { id: 'completion-import', title: 'completion inside an import string offers hub paths', run: checkImportCompletion },
  { id: 'hover-hub-import', title: 'hover on a hub import shows the package', run: checkImportHover },
  { id: 'definition-into-hub', title: 'go to definition on a hub import opens the hub package', run: checkDefinitionIntoHub },
  { id: 'diagnostic', title: 'a type error is underlined and listed in Problems', run: checkDiagnostic },
  { id: 'debug-breakpoint-stepback', title: 'a debug session stops at a breakpoint, steps, and steps back', run: checkDebugStepBack },
  { id: 'state-history-after-call', title: 'Call Realm Function commits a tx that appears in the State History', run: checkStateHistoryAfterCall },
  { id: 'history-diff', title: 'selecting two snapshots in the State History opens their diff', run: checkHistoryDiff },
  { id: 'gas-heat-map', title: 'after the call, gas by line colours the realm, and the toggle hides it', run: checkGasHeatMap },
  { id: 'status-bar-head', title: 'the status bar shows the head snapshot and height', run: checkStatusBar },
  { id: 'realm-preview', title: 'the Realm Preview renders Render() and follows a render-path link', run: checkRealmPreview },
  { id: 'code-lens-call', title: "the server's Call lens over a realm function runs a tx", run: checkCodeLensCall },
];

// ---------------------------------------------------------------------------------------------

const results = [];
let server;
let browser;
const releaseLock = await acquireLock(join(root, '.e2e', 'lock'));
try {
  prepareFolders();
  const vsix = options.package ? packageExtension() : findVsix();
  const port = await freePort();
  installExtension(vsix);
  server = await startCodeServer(port);
  browser = await chromium.launch({
    executablePath: process.env.AMIGOS_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000);
  const consoleLog = [];
  page.on('console', (message) => consoleLog.push(`[${message.type()}] ${message.text()}`));
  process.on('exit', () => writeFileSync(join(screenshots, 'console.log'), `${consoleLog.join('\n')}\n`));
  await openWorkbench(page, port);
  const selected = cases.filter((c) => options.only.length === 0 || options.only.includes(c.id));
  for (const [index, testCase] of selected.entries()) {
    results.push(await runCase(page, testCase, index + 1));
  }
} catch (error) {
  console.error(`e2e: the rig itself failed: ${error?.stack ?? error}`);
  results.push({ id: 'rig', outcome: 'failed', note: String(error?.message ?? error) });
} finally {
  if (!options.keep) {
    await browser?.close().catch(() => {});
    if (server) stopProcess(server);
  }
  releaseLock();
}
process.exit(summarize(results));

// ---------------------------------------------------------------------------------------------
// Checks

async function checkActivation(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await shot('board-open');
  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .extension', { hasText: 'Amigos' }).first();
  await row.waitFor();
  let time = '';
  for (let attempt = 0; attempt < 20 && !/\d/.test(time); attempt++) {
    time = (await row.locator('.activation-time').textContent().catch(() => '')) ?? '';
    if (!/\d/.test(time)) await page.waitForTimeout(500);
  }
  await shot('running-extensions');
  await closeEditor(page);
  const milliseconds = Number(/([\d.]+)\s*ms/.exec(time)?.[1] ?? NaN);
  if (!Number.isFinite(milliseconds)) throw new Error(`no activation time in the Running Extensions row: "${time}"`);
  const own = await outputChannelText(page, 'Amigos', /activated in/);
  const activated = /activated in ([\d.]+) ms/.exec(own)?.[1];
  await shot('output-channel');
  const summary = `VS Code reports ${time.trim()}; activate() itself ${activated ?? '?'} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  if (activated === undefined || Number(activated) >= 100) throw new Error(`activate() took ${activated ?? '?'} ms, over the 100 ms budget (${summary})`);
  // VS Code's figure includes loading the bundle, which a busy machine slows down many times over:
  // the 100 ms budget holds it only when the machine is not oversubscribed.
  const busy = loadavg()[0] > cpus().length;
  if (milliseconds >= (busy ? 1000 : 100)) throw new Error(`activation took ${milliseconds} ms by VS Code's figure, over the budget (${summary})`);
  return summary;
}

async function checkLanguageServer(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  const first = await outputChannelText(page, 'Amigos Language Server', /the language server is running/, 20_000);
  await shot('server-log');
  if (!/the language server is running/.test(first)) throw new Error(`no "running" line in the server's log: ${first.slice(-300)}`);
  await runCommand(page, 'Amigos: Restart Language Server');
  const again = await outputChannelText(page, 'Amigos Language Server', /restarting the language server[\s\S]*the language server is running/, 20_000);
  await shot('server-restarted');
  if (!/restarting the language server[\s\S]*the language server is running/.test(again)) throw new Error(`the server did not come back after a restart: ${again.slice(-300)}`);
  return 'running, restarted on command';
}

async function checkHighlighting(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await page.waitForTimeout(500);
  const tokens = await editorTokens(page);
  await shot('tokens');
  const colorOf = (text, lineIncludes) => tokens.find((t) => t.text === text && t.line.includes(lineIncludes))?.color;
  const expectations = [
    ['package', 'package board', 'keyword'],
    ['func', 'func Pin', 'function keyword'],
    ['"strconv"', '"strconv"', 'import string'],
    ['hub.amigos.dev', '/social/forum', 'hub host'],
    ['social', '/social/forum', 'hub path segment'],
    ['int', 'func Pin', 'builtin type'],
    ['0', 'i := 0', 'number'],
  ];
  const seen = {};
  for (const [text, line, what] of expectations) {
    const color = colorOf(text, line);
    if (!color) throw new Error(`no token "${text}" on the line with "${line}" (tokens: ${tokens.filter((t) => t.line.includes(line)).map((t) => JSON.stringify(t.text)).join(' ')})`);
    seen[what] = color;
  }
  const plain = colorOf('notes', 'var notes') ?? tokens.find((t) => t.text.trim() === 'notes')?.color;
  const distinct = (a, b) => {
    if (seen[a] === seen[b]) throw new Error(`${a} and ${b} have the same colour ${seen[a]}`);
  };
  distinct('keyword', 'import string');
  distinct('hub host', 'import string');
  distinct('hub path segment', 'import string');
  distinct('builtin type', 'keyword');
  distinct('number', 'import string');
  if (plain && seen.keyword === plain) throw new Error('keywords are coloured like plain identifiers');
  return Object.entries(seen)
    .map(([what, color]) => `${what} ${color}`)
    .join(', ');
}

async function checkTestExplorer(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await runCommand(page, 'Testing: Focus on Test Explorer View', { retryForMs: 20_000 });
  const tree = page.locator('.part.sidebar');
  await tree.locator('.monaco-list-row', { hasText: 'board' }).first().waitFor({ timeout: 20_000 });
  // Expand folder and file rows until the test function shows.
  for (let round = 0; round < 3; round++) {
    if (await tree.locator('.monaco-list-row', { hasText: 'TestPin' }).count()) break;
    const collapsed = tree.locator('.monaco-list-row[aria-expanded="false"]');
    const count = await collapsed.count();
    for (let i = 0; i < count; i++) await collapsed.nth(0).click().then(() => page.keyboard.press('ArrowRight')).catch(() => {});
    await page.waitForTimeout(400);
  }
  await shot('test-explorer');
  await tree.locator('.monaco-list-row', { hasText: 'TestPin' }).first().waitFor({ timeout: 5_000 });
  return 'TestPin listed';
}

async function checkTestRun(page, shot) {
  await runCommand(page, 'Testing: Focus on Test Explorer View', { retryForMs: 20_000 });
  await runCommand(page, 'Test: Run All Tests');
  const row = page.locator('.part.sidebar .monaco-list-row', { hasText: 'TestPin' }).first();
  await row.waitFor({ timeout: 10_000 });
  let state = '';
  for (const deadline = Date.now() + 40_000; Date.now() < deadline; ) {
    state = (await row.locator('.codicon[class*="testing-"]').first().getAttribute('class').catch(() => '')) ?? '';
    if (/testing-(passed|failed|error)-icon/.test(state)) break;
    await page.waitForTimeout(500);
  }
  await shot('test-results');
  if (!/testing-passed-icon/.test(state)) {
    const message = (await page.locator('.test-output-peek, .test-message-container, .monaco-hover').first().textContent().catch(() => '')) ?? '';
    throw new Error(`TestPin did not pass (${/testing-(\w+)-icon/.exec(state)?.[1] ?? 'no result'}) ${message.slice(0, 160)}`);
  }
  return 'TestPin passed';
}

async function checkAmigosViews(page, shot) {
  await runCommand(page, 'View: Show Amigos');
  const sidebar = page.locator('.part.sidebar');
  for (const title of ['State Explorer', 'State History', 'Realm Preview']) {
    await sidebar.locator('.pane-header', { hasText: title }).first().waitFor({ timeout: 10_000 });
  }
  await page.waitForTimeout(1000);
  await shot('views');
  const messages = (await sidebar.locator('.message, .welcome-view-content').allTextContents()).map((text) => text.trim()).filter(Boolean);
  return `State Explorer, State History, Realm Preview${messages.length ? `; says: ${messages.join(' | ').slice(0, 160)}` : ''}`;
}

async function checkDynamicConfigurations(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await runCommand(page, 'Debug: Select and Start Debugging');
  const amigos = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Amigos...' }).first();
  await amigos.waitFor({ timeout: 10_000 });
  await shot('providers');
  await amigos.click();
  const pin = page.locator('.quick-input-list .monaco-list-row', { hasText: 'hub.amigos.dev/demo/board.Pin' }).first();
  try {
    await pin.waitFor({ timeout: 10_000 });
    await shot('dynamic-configurations');
    const labels = await page.locator('.quick-input-list .monaco-list-row .label-name').allTextContents();
    return `offered ${labels.join(', ').slice(0, 200)}`;
  } finally {
    await page.keyboard.press('Escape');
  }
}

async function checkNewRealm(page, shot) {
  await runCommand(page, 'Amigos: New Realm');
  await answerInput(page, 'hub.amigos.dev/e2e/counter');
  await page.locator('.tabs-container .tab.active', { hasText: 'counter.amigo' }).first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
  await shot('scaffold');
  const files = ['amigos.toml', 'counter.amigo', 'counter_test.amigo'].map((name) => join(work, 'workspace', 'e2e', 'counter', name));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`the scaffold lacks ${missing.join(', ')}`);
  const text = await editorText(page);
  if (!/func Increment\(n int\) int/.test(text)) throw new Error(`the opened realm is not the scaffold: ${text.slice(0, 120)}`);
  return 'wrote e2e/counter/{amigos.toml,counter.amigo,counter_test.amigo} and opened counter.amigo';
}

async function checkImportCompletion(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await goToLine(page, 8);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"hub.amigos.dev/', { delay: 20 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+Space');
  const widget = page.locator('.editor-widget.suggest-widget.visible');
  try {
    await widget.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500);
    await shot('import-completion');
    const labels = await widget.locator('.monaco-list-row .label-name').allTextContents();
    const hubLabels = labels.filter((label) => /social|token|identity|storage|forum/.test(label));
    if (hubLabels.length === 0) throw new Error(`completion offered no hub paths: ${labels.join(', ') || 'nothing'}`);
    return `offered ${hubLabels.slice(0, 5).join(', ')}`;
  } finally {
    await shot('import-completion-final');
    await page.keyboard.press('Escape');
    await revertFile(page);
  }
}

async function checkImportHover(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await page.waitForTimeout(300);
  const box = await tokenBox(page, '/social/forum', 'forum');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(300);
    const text = (await hover.textContent()) ?? '';
    await shot('hub-import-hover');
    if (!/forum/i.test(text)) throw new Error(`the hover does not name the package: "${text.slice(0, 200)}"`);
    return `hover: ${text.replace(/\s+/g, ' ').slice(0, 120)}`;
  } finally {
    await shot('hub-import-hover-final');
    await page.mouse.move(5, 450);
  }
}

async function checkDefinitionIntoHub(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  const box = await tokenBox(page, '/social/forum', 'forum');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await runCommand(page, 'Go to Definition');
  const deadline = Date.now() + 15_000;
  let label = '';
  while (Date.now() < deadline) {
    label = (await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label').catch(() => '')) ?? '';
    if (label && !label.startsWith('board.amigo')) break;
    await page.waitForTimeout(300);
  }
  await shot('definition');
  const breadcrumbs = (await page.locator('.breadcrumbs-control').first().textContent().catch(() => '')) ?? '';
  if (label.startsWith('board.amigo') || !/forum/i.test(`${label} ${breadcrumbs}`)) {
    throw new Error(`go to definition did not open the hub package (active tab: "${label}")`);
  }
  return `opened ${label}`;
}

async function checkDiagnostic(page, shot) {
  await openFile(page, 'broken/broken.amigo');
  try {
    await page.locator('.view-overlays .squiggly-error').first().waitFor({ timeout: 20_000 });
  } finally {
    await shot('squiggle');
  }
  await runCommand(page, 'View: Focus Problems');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: /string|int|Count/ }).first();
  await marker.waitFor({ timeout: 10_000 });
  const text = (await marker.textContent()) ?? '';
  await shot('problems');
  return `problem: ${text.replace(/\s+/g, ' ').slice(0, 120)}`;
}

async function checkDebugStepBack(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await goToLine(page, 17);
  await runCommand(page, 'Debug: Toggle Breakpoint');
  await shot('breakpoint');
  try {
    await runCommand(page, 'Debug: Start Debugging');
    await page.waitForTimeout(1000);
    await shot('debug-started');
    const stoppedAt = await waitForStackFrameLine(page, 20_000);
    if (stoppedAt !== 17) throw new Error(`stopped at line ${stoppedAt}, not at the breakpoint on line 17`);
    await shot('stopped-at-breakpoint');
    // The session's gas profile (asked at the first stop) colours the realm's lines.
    let heated = 0;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline && heated === 0; ) {
      heated = await countHeatedLines(page);
      if (heated === 0) await page.waitForTimeout(300);
    }
    if (heated === 0) throw new Error("the debug session's gas profile coloured no line");
    await runCommand(page, 'Debug: Step Over');
    const afterStep = await waitForStackFrameLine(page, 10_000, (line) => line !== 17);
    await shot('stepped-over');
    // Step Back lives on the debug toolbar (the palette does not list it).
    await page.locator('.debug-toolbar .codicon-debug-step-back').first().click({ timeout: 10_000 });
    const afterBack = await waitForStackFrameLine(page, 10_000, (line) => line !== afterStep);
    await shot('stepped-back');
    if (afterBack !== 17) throw new Error(`step back went to line ${afterBack}, not back to 17`);
    return `stopped at 17 (gas heat map on ${heated} lines), stepped to ${afterStep}, stepped back to ${afterBack}`;
  } finally {
    await shot('debug-final');
    await runCommand(page, 'Debug: Stop', { optional: true });
    await runCommand(page, 'Debug: Remove All Breakpoints', { optional: true });
  }
}

async function checkStateHistoryAfterCall(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await runCommand(page, 'Amigos: Call Realm Function');
  await pickQuickItem(page, 'hub.amigos.dev/demo/board');
  await pickQuickItem(page, 'Pin');
  await pickQuickItem(page, 'alice');
  await answerInput(page, 'hello');
  await answerInput(page, '2');
  await shot('call-submitted');
  const notification = page.locator('.notifications-toasts .notification-toast', { hasText: /Pin\(hello, 2\)|not available|failed/ }).first();
  await notification.waitFor({ timeout: 30_000 });
  const message = ((await notification.locator('.notification-list-item-message').first().textContent()) ?? '').replace(/\s+/g, ' ');
  await shot('call-result');
  if (!/→/.test(message)) throw new Error(`the call did not commit: ${message.slice(0, 200)}`);
  await runCommand(page, 'Amigos: Show State History');
  const history = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'State History' }) });
  const row = history.locator('.monaco-list-row', { hasText: 'Pin' }).first();
  await row.waitFor({ timeout: 15_000 });
  await shot('state-history');
  const rowText = (await row.textContent()) ?? '';
  if (!/alice/.test(rowText) || !/gas/.test(rowText)) throw new Error(`the history row lacks the caller or the gas: "${rowText}"`);
  const explorer = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'State Explorer' }) });
  await explorer.locator('.monaco-list-row', { hasText: 'pinned' }).first().waitFor({ timeout: 10_000 });
  await shot('state-explorer');
  return `${message.slice(0, 100)}; history row: ${((await row.textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 100)}`;
}

async function checkHistoryDiff(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await runCommand(page, 'Amigos: Call Realm Function');
  await pickQuickItem(page, 'hub.amigos.dev/demo/board');
  await pickQuickItem(page, 'Pin');
  await pickQuickItem(page, 'bob');
  await answerInput(page, 'world');
  await answerInput(page, '1');
  await runCommand(page, 'Amigos: Show State History');
  const history = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'State History' }) });
  const rows = history.locator('.monaco-list-row', { hasText: 'Pin' });
  for (const deadline = Date.now() + 20_000; Date.now() < deadline && (await rows.count()) < 2; ) await page.waitForTimeout(300);
  if ((await rows.count()) < 2) throw new Error(`the history shows ${await rows.count()} Pin snapshots, not 2`);
  // Let the views settle after the tx (they refresh on the node's change event) before selecting.
  await page.locator('.statusbar-item', { hasText: '#2' }).first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1000);
  const tab = page.locator('.tabs-container .tab.active', { hasText: /keys changed/ }).first();
  for (let attempt = 1; ; attempt++) {
    await rows.nth(0).click();
    await rows.nth(1).click({ modifiers: ['Control'] });
    try {
      await tab.waitFor({ timeout: 8_000 });
      break;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
  await page.waitForTimeout(500);
  await shot('diff');
  const title = ((await tab.textContent()) ?? '').trim();
  const text = await page.evaluate(() => [...document.querySelectorAll('.monaco-diff-editor .view-line')].map((line) => line.textContent.replace(/\u00a0/g, ' ')).join('\n'));
  if (!/var\/pinned = 2/.test(text) || !/var\/pinned = 3/.test(text)) throw new Error(`the diff does not show pinned going from 2 to 3: ${text.slice(0, 300)}`);
  await closeEditor(page);
  return `${title}: pinned 2 → 3`;
}

async function checkGasHeatMap(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  const heatedLines = () => countHeatedLines(page);
  let shown = 0;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && shown === 0; ) {
    shown = await heatedLines();
    if (shown === 0) await page.waitForTimeout(300);
  }
  await shot('heat-map');
  if (shown === 0) throw new Error('no line of the realm is coloured by gas after the call');
  await runCommand(page, 'Amigos: Toggle Gas Heat Map');
  await page.waitForTimeout(500);
  const hidden = await heatedLines();
  await shot('heat-map-hidden');
  await runCommand(page, 'Amigos: Toggle Gas Heat Map');
  if (hidden !== 0) throw new Error(`the toggle left ${hidden} lines coloured`);
  return `${shown} lines coloured by gas; the toggle hides them`;
}

async function checkStatusBar(page, shot) {
  const item = page.locator('.statusbar-item', { hasText: /#\d+/ }).first();
  try {
    await item.waitFor({ timeout: 10_000 });
  } finally {
    await shot('status-bar');
  }
  return `status bar: ${((await item.textContent()) ?? '').trim()}`;
}

async function checkRealmPreview(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await runCommand(page, 'Amigos: Open Realm Preview');
  let content = await webviewContent(page, '#content', 20_000);
  let text = '';
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    content = await webviewContent(page, '#content', 5_000);
    text = (await content.textContent()) ?? '';
    if (!/Run "Amigos: Open Realm Preview"/.test(text)) break;
    await page.waitForTimeout(300);
  }
  await shot('preview');
  if (!/Notice board/.test(text)) throw new Error(`the preview shows no rendered board: "${text.slice(0, 200)}"`);
  const link = content.locator('a', { hasText: 'hello' }).first();
  await link.click();
  const deadline = Date.now() + 10_000;
  let after = '';
  while (Date.now() < deadline) {
    const current = await webviewContent(page, '#content', 5_000);
    after = (await current.textContent()) ?? '';
    if (/Note 0/.test(after)) break;
    await page.waitForTimeout(300);
  }
  await shot('preview-followed-link');
  if (!/Note 0/.test(after)) throw new Error(`following the note link did not render note/0: "${after.slice(0, 200)}"`);
  const csp = await webviewCsp(page);
  if (!/default-src 'none'/.test(csp)) throw new Error(`the preview's content security policy is missing or loose: "${csp}"`);
  return 'rendered the board and followed note/0';
}

async function checkCodeLensCall(page, shot) {
  await openFile(page, 'realms/board/board.amigo');
  await goToLine(page, 15);
  await page.locator('.editor-group-container.active .codelens-decoration a', { hasText: 'Call' }).first().waitFor({ timeout: 20_000 });
  await shot('lenses');
  // The lenses of the cursor's line, as the keyboard reaches them.
  await runCommand(page, 'Show CodeLens Commands for Current Line');
  await pickQuickItem(page, 'Call');
  await pickQuickItem(page, 'carol');
  await answerInput(page, 'from a lens');
  await answerInput(page, '1');
  const notification = page.locator('.notifications-toasts .notification-toast', { hasText: /Pin\(from a lens, 1\)/ }).first();
  await notification.waitFor({ timeout: 30_000 });
  await shot('lens-call-result');
  const message = ((await notification.locator('.notification-list-item-message').first().textContent()) ?? '').replace(/\s+/g, ' ');
  if (!/→ \d+ \(gas/.test(message)) throw new Error(`the lens call did not commit: ${message}`);
  return message.slice(0, 120);
}

// ---------------------------------------------------------------------------------------------
// The case runner and its report

async function runCase(page, testCase, number) {
  const expectedToFail = knownFailures.has(testCase.id);
  let step = 0;
  const shot = async (name) => {
    step++;
    const file = join(screenshots, `${String(number).padStart(2, '0')}-${testCase.id}-${String(step).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file }).catch(() => {});
  };
  log(`${testCase.id}: ${testCase.title}`);
  let outcome;
  let note;
  try {
    note = await withTimeout(testCase.run(page, shot), 120_000, `${testCase.id} took over 2 minutes`);
    outcome = expectedToFail ? 'unexpectedly passed' : 'passed';
  } catch (error) {
    note = String(error?.message ?? error).split('\n')[0];
    outcome = expectedToFail ? 'expected failure' : 'failed';
    await shot('failure');
  }
  await resetUi(page);
  log(`  ${outcome}: ${note ?? ''}${expectedToFail ? ` [KNOWN_FAILURES: ${knownFailures.get(testCase.id)}]` : ''}`);
  return { id: testCase.id, outcome, note };
}

function summarize(list) {
  const count = (outcome) => list.filter((r) => r.outcome === outcome).length;
  const passed = count('passed');
  const failed = count('failed') + count('unexpectedly passed');
  const skipped = count('expected failure');
  console.log('\ne2e results:');
  for (const r of list) console.log(`  ${r.outcome.padEnd(19)} ${r.id}${r.note ? `: ${r.note}` : ''}`);
  for (const r of list.filter((item) => item.outcome === 'unexpectedly passed')) {
    console.log(`  -> ${r.id} passes now: remove it from e2e/KNOWN_FAILURES`);
  }
  writeFileSync(join(screenshots, 'results.json'), `${JSON.stringify({ finishedAt: new Date().toISOString(), cases: list }, null, 2)}\n`);
  console.log(`screenshots: ${screenshots}`);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  return failed === 0 && list.length > 0 ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// Set-up: folders, package, install, server, browser

/**
 * One run at a time per checkout: runs share .e2e/run, the screenshots and the .vsix. A second
 * run waits for the first; a lock left by a process that is gone is taken over.
 */
async function acquireLock(file) {
  mkdirSync(dirname(file), { recursive: true });
  const deadline = Date.now() + 15 * 60 * 1000;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch {
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (!isAlive(holder)) {
        rmSync(file, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another e2e run (pid ${holder}) holds ${file}`);
      log(`waiting for the e2e run of pid ${holder}`);
      await new Promise((done) => setTimeout(done, 5000));
    }
  }
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parseOptions(args) {
  return {
    package: !args.includes('--no-package'),
    keep: args.includes('--keep'),
    only: (args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? []).filter(Boolean),
  };
}

function readKnownFailures(file) {
  const known = new Map();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [id, ...reason] = trimmed.split(/\s+/);
    known.set(id, reason.join(' '));
  }
  return known;
}

function prepareFolders() {
  rmSync(work, { recursive: true, force: true });
  rmSync(screenshots, { recursive: true, force: true });
  for (const folder of ['user-data/User', 'extensions', 'workspace']) mkdirSync(join(work, folder), { recursive: true });
  mkdirSync(screenshots, { recursive: true });
  cpSync(join(root, 'test-fixtures', 'e2e-workspace'), join(work, 'workspace'), { recursive: true });
  writeFileSync(
    join(work, 'user-data', 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'workbench.startupEditor': 'none',
        'workbench.colorTheme': 'Default Dark Modern',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.commandCenter.enabled': false,
        'extensions.ignoreRecommendations': true,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        // The grammar is what the highlighting check looks at, not the server's semantic tokens.
        'editor.semanticHighlighting.enabled': false,
        'editor.hover.delay': 200,
        'editor.minimap.enabled': false,
        'files.autoSave': 'off',
        // Git activates at start-up on the extension host's one thread and would blur the
        // activation figure; the workspace is no repository anyway.
        'git.enabled': false,
        'git.autoRepositoryDetection': false,
        'github.gitAuthentication': false,
        'debug.openDebug': 'openOnDebugBreak',
      },
      null,
      2,
    ),
  );
  log(`workspace ${join(work, 'workspace')}`);
}

/**
 * `npm run package` in a copy of the extension's sources under .e2e/package/, so that the
 * production build never rewrites the dist/ that other tests of the same `npm test` are running.
 */
function packageExtension() {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  const sources = ['client', 'server', 'debug-adapter', 'vm', 'syntaxes', 'hub', 'images', 'scripts', 'package.json', 'README.md', 'LICENSE', '.vscodeignore', 'tsconfig.json'];
  for (const entry of sources.filter((name) => existsSync(join(root, name)))) {
    cpSync(join(root, entry), join(stage, entry), { recursive: true, filter: (source) => !/[\\/](\.amigos|node_modules)([\\/]|$)/.test(source) });
  }
  symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'));
  log('npm run package (in .e2e/package)');
  const result = spawnSync('npm', ['run', 'package'], { cwd: stage, encoding: 'utf8' });
  process.stdout.write(result.stdout.split('\n').filter((line) => /\.vsix: /.test(line)).map((line) => `  ${line}\n`).join(''));
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  return findVsix();
}

function findVsix() {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = join(stage, `${name}-${version}.vsix`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run without --no-package`);
  return file;
}

function codeServerArgs() {
  return ['--user-data-dir', join(work, 'user-data'), '--extensions-dir', join(work, 'extensions')];
}

function installExtension(vsix) {
  log(`installing ${vsix.split('/').pop()}`);
  const result = spawnSync(process.execPath, [codeServerEntry, ...codeServerArgs(), '--install-extension', vsix], { encoding: 'utf8', env: codeServerEnv() });
  if (result.status !== 0) throw new Error(`installing the .vsix failed:\n${result.stdout}\n${result.stderr}`);
  const installed = readdirSync(join(work, 'extensions')).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
  log(`  installed ${installed.join(', ')}`);
}

function codeServerEnv() {
  return { ...process.env, XDG_CONFIG_HOME: join(work, 'config'), XDG_DATA_HOME: join(work, 'data'), PASSWORD: '' };
}

async function startCodeServer(port) {
  log(`starting code-server on 127.0.0.1:${port}`);
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      ...['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
      ...codeServerArgs(),
      join(work, 'workspace'),
    ],
    { env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const output = [];
  child.stdout.on('data', (data) => output.push(String(data)));
  child.stderr.on('data', (data) => output.push(String(data)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited:\n${output.join('')}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`code-server did not answer within 60 s:\n${output.join('')}`);
}

function stopProcess(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function openWorkbench(page, port) {
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(join(work, 'workspace'))}`;
  log(`opening ${url}`);
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await page.locator('.explorer-folders-view, .part.sidebar').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2000);
  await page.screenshot({ path: join(screenshots, '00-workbench.png') });
}

// ---------------------------------------------------------------------------------------------
// UI helpers

async function runCommand(page, title, { optional = false, retryForMs = 0 } = {}) {
  // A command contributed once something has registered (a test controller, a view) may take a
  // moment to appear: keep asking the palette for it.
  for (const deadline = Date.now() + retryForMs; Date.now() < deadline; ) {
    try {
      return await runCommand(page, title);
    } catch {
      await page.waitForTimeout(1000);
    }
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  try {
    await row.waitFor({ timeout: 8_000 });
  } catch (error) {
    await page.keyboard.press('Escape');
    if (optional) return;
    throw new Error(`no command "${title}" in the palette`, { cause: error });
  }
  await page.waitForTimeout(150);
  await row.click();
}

async function pickQuickItem(page, label) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
}

async function answerInput(page, value) {
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await page.waitForTimeout(200);
  await input.fill(value);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
}

async function openFile(page, relativePath) {
  const name = relativePath.split('/').pop();
  for (let attempt = 1; ; attempt++) {
    const active = (await page.locator('.tabs-container .tab.active').first().getAttribute('aria-label').catch(() => '')) ?? '';
    if (active.startsWith(name)) break;
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor({ timeout: 5_000 });
      await input.fill(relativePath);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: 10_000 });
      await page.waitForTimeout(200);
      await row.click();
      await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw new Error(`could not open ${relativePath}: ${error.message.split('\n')[0]}`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
  await page.locator('.editor-instance .view-lines').first().waitFor();
  await page.waitForTimeout(300);
}

async function goToLine(page, line) {
  await runCommand(page, 'View: Focus Active Editor Group');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
}

async function closeEditor(page) {
  await runCommand(page, 'View: Close Editor', { optional: true });
}

async function revertFile(page) {
  await runCommand(page, 'File: Revert File', { optional: true });
}

async function resetUi(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => {});
}

/** Lines of the visible editors that the gas heat map colours. */
function countHeatedLines(page) {
  return page.evaluate(
    () => [...document.querySelectorAll('.editor-instance .view-overlays > div > div')].filter((element) => getComputedStyle(element).backgroundColor.startsWith('rgba(255, 120, 0')).length,
  );
}

async function editorText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-instance .view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => line.textContent.replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

/** Every token of the visible editor lines: its text, its line's text and its computed colour. */
async function editorTokens(page) {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.editor-instance .view-lines .view-line')];
    const tokens = [];
    for (const line of lines) {
      const text = line.textContent.replace(/\u00a0/g, ' ');
      for (const span of line.querySelectorAll(':scope > span > span')) {
        tokens.push({ text: span.textContent.replace(/\u00a0/g, ' '), line: text, color: getComputedStyle(span).color, className: span.className });
      }
    }
    return tokens;
  });
}

/** The screen box of the token `token` on the visible line that contains `lineIncludes`. */
async function tokenBox(page, lineIncludes, token) {
  const box = await page.evaluate(
    ({ lineIncludes, token }) => {
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        if (!line.textContent.replace(/\u00a0/g, ' ').includes(lineIncludes)) continue;
        for (const span of line.querySelectorAll(':scope > span > span')) {
          if (span.textContent.includes(token)) {
            const rect = span.getBoundingClientRect();
            const start = span.textContent.indexOf(token);
            const charWidth = rect.width / Math.max(1, span.textContent.length);
            return { x: rect.x + start * charWidth, y: rect.y, width: token.length * charWidth, height: rect.height };
          }
        }
      }
      return null;
    },
    { lineIncludes, token },
  );
  if (!box) throw new Error(`no "${token}" on a visible line with "${lineIncludes}"`);
  return box;
}

/** The 1-based line of the editor's current stack frame (the yellow arrow), once `accept` likes it. */
async function waitForStackFrameLine(page, timeout, accept = () => true) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await page.evaluate(() => {
      const glyph = document.querySelector('.editor-instance .codicon-debug-stackframe, .editor-instance .codicon-debug-stackframe-focused');
      if (!glyph) return undefined;
      const top = glyph.getBoundingClientRect().top;
      for (const number of document.querySelectorAll('.editor-instance .line-numbers')) {
        if (Math.abs(number.getBoundingClientRect().top - top) < 4) return Number(number.textContent.trim());
      }
      return undefined;
    });
    if (last !== undefined && accept(last)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(last === undefined ? 'the debugger never stopped (no stack frame in the editor)' : `the stack frame stayed at line ${last}`);
}

async function outputChannelText(page, channel, wanted, timeout = 5_000) {
  await runCommand(page, 'Output: Show Output Channels...', { optional: true });
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^${channel}$`) }).first();
  if (!(await row.count())) {
    const any = page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: channel }).first();
    await any.click({ timeout: 5_000 }).catch(() => page.keyboard.press('Escape'));
  } else {
    await row.click();
  }
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline && !wanted.test(text)) {
    await page.waitForTimeout(250);
    text = (await page.locator('.part.panel .monaco-editor .view-lines').first().textContent().catch(() => '')) ?? '';
  }
  return text.replace(/\u00a0/g, ' ');
}

/** A locator of `selector` inside whichever webview frame has it. */
async function webviewContent(page, selector, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const handle = await frame.$(selector).catch(() => null);
      if (handle) return frame.locator(selector);
    }
    await page.waitForTimeout(300);
  }
  throw new Error(`no webview shows ${selector}`);
}

async function webviewCsp(page) {
  for (const frame of page.frames()) {
    const content = await frame
      .$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content'))
      .catch(() => null);
    if (content && (await frame.$('#content').catch(() => null))) return content;
  }
  return '';
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(message)), ms)))]).finally(() => clearTimeout(timer));
}
