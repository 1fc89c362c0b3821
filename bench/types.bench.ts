// Type checking speed (DESIGN.md section 9: full diagnostics of a changed file under 50 ms). A
// generated package of about 5,000 lines (structs with methods, interfaces, closures, maps,
// switches, constants, stdlib calls) is parsed and checked repeatedly; it prints the median and
// p95 of parse alone (the peer, in the same process), of parse+check, and their ratio. The
// standard library is checked once per process and is warm before timing, as in the server.
// Where Linux exposes it, it also prints the main thread's CPU time per parse+check, which a busy
// machine does not inflate the way it inflates wall-clock time. It prints; it does not assert.
import { parseFile } from '../vm/syntax/index';
import { readFileSync } from 'node:fs';
import { checkPackage, stdlibPackage } from '../vm/types/program';

function generate(targetLines: number): string {
  const out: string[] = ['package bench', '', 'import (', '\t"fmt"', '\t"sort"', '\t"strings"', ')', ''];
  for (let i = 0; out.length < targetLines; i++) {
    out.push(
      `// Item${i} is a generated record.`,
      `type Item${i} struct {`,
      `\tID    int`,
      `\tName  string`,
      `\tTags  []string`,
      `\tScore float64`,
      `\tOwner address`,
      `}`,
      ``,
      `const limit${i} = ${i} * 1 << 4`,
      ``,
      `func (it *Item${i}) Add(tag string) int {`,
      `\tit.Tags = append(it.Tags, strings.ToLower(tag))`,
      `\treturn len(it.Tags)`,
      `}`,
      ``,
      `func (it Item${i}) String() string { return fmt.Sprintf("%d:%s", it.ID, it.Name) }`,
      ``,
      `func process${i}(items []*Item${i}, weights map[string]float64) (float64, error) {`,
      `\ttotal := 0.0`,
      `\tseen := map[int]bool{}`,
      `\tfor idx, it := range items {`,
      `\t\tif seen[it.ID] {`,
      `\t\t\treturn 0, fmt.Errorf("duplicate %d at %d", it.ID, idx)`,
      `\t\t}`,
      `\t\tseen[it.ID] = true`,
      `\t\tswitch {`,
      `\t\tcase it.Score > limit${i}:`,
      `\t\t\ttotal += it.Score * weights[it.Name]`,
      `\t\tcase len(it.Tags) == 0:`,
      `\t\t\ttotal -= 1`,
      `\t\tdefault:`,
      `\t\t\ttotal += float64(len(it.Tags))`,
      `\t\t}`,
      `\t}`,
      `\tkeys := make([]string, 0, len(weights))`,
      `\tfor k := range weights {`,
      `\t\tkeys = append(keys, k)`,
      `\t}`,
      `\tsort.Strings(keys)`,
      `\tvar s fmt.Stringer = Item${i}{ID: ${i}}`,
      `\tapply := func(f func(float64) float64) float64 { return f(total) }`,
      `\treturn apply(func(x float64) float64 { return x + float64(len(s.String())) }), nil`,
      `}`,
      ``,
    );
  }
  return out.join('\n');
}

/** The main thread's user+system CPU time in ms (10 ms ticks), or undefined off Linux. */
function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function time(runs: number, f: () => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

const text = generate(5000);
const lines = text.split('\n').length;
for (const path of ['fmt', 'sort', 'strings']) stdlibPackage(path);

let diagnostics = 0;
const source = { path: 'bench', dir: '', files: [{ fileName: 'bench.amigo', text }] };
// Warm up the JIT.
for (let i = 0; i < 5; i++) diagnostics = checkPackage(source).diagnostics.length;

const parse = time(30, () => parseFile('bench.amigo', text));
const full = time(30, () => checkPackage(source));
const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`package of ${lines} lines, ${diagnostics} diagnostics`);
console.log(`parse only      p50 ${ms(percentile(parse, 50))}  p95 ${ms(percentile(parse, 95))}`);
console.log(`parse + check   p50 ${ms(percentile(full, 50))}  p95 ${ms(percentile(full, 95))}`);
console.log(`check / parse   ${(percentile(full, 50) / percentile(parse, 50)).toFixed(2)}x (p50); fastest runs ${ms(parse[0])} and ${ms(full[0])}`);
{
  // Enough repetitions that the 10 ms tick resolution does not matter.
  const rounds = 60;
  const before = threadCpuMs();
  for (let i = 0; i < rounds; i++) parseFile('bench.amigo', text);
  const between = threadCpuMs();
  for (let i = 0; i < rounds; i++) checkPackage(source);
  const after = threadCpuMs();
  if (before !== undefined && between !== undefined && after !== undefined) {
    console.log(`main-thread CPU per run: parse ${ms((between - before) / rounds)}, parse + check ${ms((after - between) / rounds)}`);
  }
}
