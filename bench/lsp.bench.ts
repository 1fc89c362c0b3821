// The language server at workspace scale, over the real protocol (`node dist/server.js --stdio`,
// JSON-RPC on its stdio): a generated workspace of 50k lines in 200 files (40 packages of five
// files, each importing the previous package, the one before it, and hub packages). It prints
// the time to the first answers after start, then p50/p95 of completion, hover and definition at
// positions spread over an open file, and of diagnostics after an edit (the edit sent to the
// publishDiagnostics that answers it), with the debounce set to 0 so that the figure is the work
// itself. Targets (DESIGN.md section 9): completion and hover p95 < 20 ms, diagnostics < 50 ms,
// first response < 500 ms. It prints; it does not assert.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CompletionRequest, DefinitionRequest, HoverRequest, type Position } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../server/testing/lspClient';

const packageCount = 40;
const filesPerPackage = 5;
const linesPerFile = 250;
const samples = 200;

interface Generated {
  root: string;
  files: { path: string; text: string; pkg: number }[];
  lines: number;
}

/** One file of package `pkg`: a type, methods, and functions calling into its imports. */
function fileText(pkg: number, file: number): string {
  const out: string[] = [`package p${pkg}`, '', 'import ('];
  out.push('\t"strconv"', '\t"strings"', '');
  if (pkg > 0) out.push(`\t"hub.amigos.dev/bench/p${pkg - 1}"`);
  if (pkg > 1) out.push(`\t"hub.amigos.dev/bench/p${pkg - 2}"`);
  out.push('\t"hub.amigos.dev/social/forum"', ')', '');
  out.push(`// Record${file} is one row of package p${pkg}.`, `type Record${file} struct {`, '\tID    int', '\tName  string', '\tTotal int64', '}', '');
  out.push(`// Label${file} prints a record.`, `func (r Record${file}) Label${file}() string {`, '\treturn r.Name + ":" + strconv.Itoa(r.ID)', '}', '');
  let index = 0;
  while (out.length < linesPerFile - 12) {
    const name = `F${file}_${index}`;
    const call = pkg > 0 ? `p${pkg - 1}.F${index % filesPerPackage}_${index % 20}(n+1)` : 'n + 1';
    const second = pkg > 1 ? `p${pkg - 2}.Count${(index + 1) % filesPerPackage}()` : '0';
    out.push(
      `// ${name} is generated function ${index} of file ${file}.`,
      `func ${name}(n int) int {`,
      `\trecord := Record${file}{ID: n, Name: strings.ToUpper("x")}`,
      `\tif record.ID > ${index} {`,
      `\t\treturn ${call} + ${second}`,
      '\t}',
      `\treturn len(record.Label${file}()) + forum.Count()`,
      '}',
      '',
    );
    index++;
  }
  out.push(`// Count${file} is how many functions the file has.`, `func Count${file}() int {`, `\treturn ${index}`, '}', '');
  while (out.length < linesPerFile) out.push(`// padding line ${out.length}`);
  return out.join('\n') + '\n';
}

function generate(): Generated {
  const root = mkdtempSync(join(tmpdir(), 'amigos-lsp-bench-'));
  const files: Generated['files'] = [];
  let lines = 0;
  for (let pkg = 0; pkg < packageCount; pkg++) {
    const dir = join(root, `p${pkg}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'amigos.toml'), `module = "hub.amigos.dev/bench/p${pkg}"\nkind = "realm"\nversion = "1.0.0"\ndescription = "generated package ${pkg}"\n`);
    for (let file = 0; file < filesPerPackage; file++) {
      const text = fileText(pkg, file);
      const path = join(dir, `f${file}.amigo`);
      writeFileSync(path, text);
      files.push({ path, text, pkg });
      lines += text.split('\n').length - 1;
    }
  }
  return { root, files, lines };
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Offsets of every occurrence of `needle` in `text`, shifted by `shift`. */
function occurrences(text: string, needle: string, shift: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at + shift);
  return out;
}

function percentiles(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms (n=${sorted.length})`;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const workspace = generate();
  console.log(`workspace: ${workspace.files.length} files, ${workspace.lines} lines, ${packageCount} packages`);
  const target = workspace.files.find((file) => file.pkg === packageCount - 1 && file.path.endsWith('f2.amigo'))!;
  try {
    const started = performance.now();
    const client = await LspTestClient.start({ rootPath: workspace.root, initializationOptions: { diagnosticsDelayMs: 0 } });
    const initialized = performance.now() - started;
    const uri = client.uri(target.path);
    await client.open(uri, target.text);
    const memberAt = positionAt(target.text, target.text.indexOf('record.ID') + 'record.'.length);
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: memberAt });
    const firstHover = performance.now() - started;
    console.log(`first response after start: initialize ${initialized.toFixed(0)} ms; first hover (checks the open file's package and its ${packageCount - 1} imported packages) ${firstHover.toFixed(0)} ms`);

    const text = target.text;
    const spread = <T>(items: T[]): T[] => Array.from({ length: samples }, (_, index) => items[Math.floor((index * items.length) / samples)]);
    const members = spread(occurrences(text, 'record.', 'record.'.length));
    const scope = spread(occurrences(text, '\treturn len(', '\treturn '.length));
    const hovers = spread([...occurrences(text, 'record :=', 0), ...occurrences(text, 'strings.ToUpper', 'strings.'.length), ...occurrences(text, 'forum.Count', 'forum.'.length)]);
    const definitions = spread([...occurrences(text, `p${packageCount - 2}.F`, `p${packageCount - 2}.`.length), ...occurrences(text, 'Label2()', 0)]);
    const request = async (kind: 'completion' | 'hover' | 'definition', offset: number) => {
      const params = { textDocument: { uri }, position: positionAt(text, offset) };
      if (kind === 'completion') await client.connection.sendRequest(CompletionRequest.type, params);
      else if (kind === 'hover') await client.connection.sendRequest(HoverRequest.type, params);
      else await client.connection.sendRequest(DefinitionRequest.type, params);
    };
    const completionMembers: number[] = [];
    for (const offset of members) completionMembers.push(await timed(() => request('completion', offset)));
    const completionScope: number[] = [];
    for (const offset of scope) completionScope.push(await timed(() => request('completion', offset)));
    const hoverTimes: number[] = [];
    for (const offset of hovers) hoverTimes.push(await timed(() => request('hover', offset)));
    const definitionTimes: number[] = [];
    for (const offset of definitions) definitionTimes.push(await timed(() => request('definition', offset)));
    console.log(`completion after "record.": ${percentiles(completionMembers)}`);
    console.log(`completion in scope:        ${percentiles(completionScope)}`);
    console.log(`hover:                      ${percentiles(hoverTimes)}`);
    console.log(`definition:                 ${percentiles(definitionTimes)}`);

    // Edits inside a function body, each followed by the diagnostics that answer it.
    const diagnosticsTimes: number[] = [];
    let current = text;
    const insertAt = current.indexOf('\treturn len(record.Label2');
    for (let index = 0; index < 60; index++) {
      const insertion = index % 2 === 0 ? '\t_ = record.Total + 1\n' : '';
      const next = index % 2 === 0 ? current.slice(0, insertAt) + insertion + current.slice(insertAt) : text;
      const range = index % 2 === 0 ? { start: positionAt(current, insertAt), end: positionAt(current, insertAt) } : { start: positionAt(current, insertAt), end: positionAt(current, insertAt + '\t_ = record.Total + 1\n'.length) };
      const published = client.nextDiagnostics(uri, 30_000);
      const took = await timed(async () => {
        await client.edit(uri, range, insertion);
        await published;
      });
      diagnosticsTimes.push(took);
      current = next;
    }
    console.log(`diagnostics after an edit (edit → publishDiagnostics, debounce 0): ${percentiles(diagnosticsTimes)}`);

    // The same for a package many others import: its importers' open files are published too.
    const base = workspace.files.find((file) => file.pkg === packageCount - 2 && file.path.endsWith('f0.amigo'))!;
    const baseUri = client.uri(base.path);
    const baseOpened = client.nextDiagnostics(baseUri, 30_000);
    await client.open(baseUri, base.text);
    await baseOpened;
    const importerTimes: number[] = [];
    const padding = base.text.indexOf('// padding');
    for (let index = 0; index < 30; index++) {
      // Alternately insert and remove one space: each edit changes the package the open file imports.
      const inserting = index % 2 === 0;
      const range = { start: positionAt(base.text, padding), end: positionAt(base.text, inserting ? padding : padding + 1) };
      const published = client.nextDiagnostics(uri, 30_000);
      importerTimes.push(
        await timed(async () => {
          await client.edit(baseUri, range, inserting ? ' ' : '');
          await published;
        }),
      );
    }
    console.log(`diagnostics of an importer after an edit of its import: ${percentiles(importerTimes)}`);
    await client.stop();
  } finally {
    rmSync(workspace.root, { recursive: true, force: true });
  }
}

void main();
