// Hub resolution at workspace scale: discovery of a generated workspace of 2,000 packages
// (against a plain directory walk of the same tree, the floor any discovery pays), then the
// language server's hot queries (resolve, children, packageOfFile) in p50/p95. It prints; it
// does not assert.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HubResolver } from '../vm/hub/index';

const packageCount = 2000;
const root = mkdtempSync(join(tmpdir(), 'amigos-hub-bench-'));

function generate(): string[] {
  const files: string[] = [];
  for (let index = 0; index < packageCount; index++) {
    const area = `area${index % 40}`;
    const name = `pkg${index}`;
    const major = index % 10 === 0 ? 2 : 1;
    const dir = join(root, area, major === 2 ? `${name}_v2` : name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'amigos.toml'),
      `module = "hub.amigos.dev/${area}/${name}"\nkind = "realm"\nversion = "${major}.${index % 7}.0"\ndescription = "generated package ${index}"\n`,
    );
    const file = join(dir, `${name}.amigo`);
    writeFileSync(file, `package ${name}\n`);
    writeFileSync(join(dir, `${name}_test.amigo`), `package ${name}\n`);
    files.push(file);
  }
  return files;
}

function walk(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    count++;
    if (entry.isDirectory()) count += walk(join(dir, entry.name));
  }
  return count;
}

function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p95: sorted[Math.floor(sorted.length * 0.95)] };
}

function time(repeat: number, run: (index: number) => void): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let index = 0; index < repeat; index++) {
    const start = process.hrtime.bigint();
    run(index);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return percentiles(samples);
}

const format = (stats: { p50: number; p95: number }): string => `p50 ${stats.p50.toFixed(3)} ms, p95 ${stats.p95.toFixed(3)} ms`;

try {
  const files = generate();
  const walkTime = time(10, () => walk(root));
  let resolver = new HubResolver({ workspace: root });
  const discoverTime = time(10, () => {
    resolver = new HubResolver({ workspace: root });
  });
  console.log(`discovery of ${packageCount} packages: ${format(discoverTime)}; plain walk ${format(walkTime)}; ratio ${(discoverTime.p50 / walkTime.p50).toFixed(2)}x`);
  const resolveTime = time(5000, (index) => {
    const n = (index * 7) % packageCount;
    resolver.resolve(n % 10 === 0 ? `hub.amigos.dev/area${n % 40}/pkg${n}@v2` : `hub.amigos.dev/area${n % 40}/pkg${n}`);
  });
  console.log(`resolve: ${format(resolveTime)}`);
  const childrenTop = time(200, () => resolver.children('hub.amigos.dev/'));
  console.log(`children("hub.amigos.dev/") (40 folders): ${format(childrenTop)}`);
  const childrenArea = time(200, (index) => resolver.children(`hub.amigos.dev/area${index % 40}/`));
  console.log(`children("hub.amigos.dev/areaN/") (50 packages): ${format(childrenArea)}`);
  const fileTime = time(2000, (index) => resolver.packageOfFile(files[(index * 13) % files.length]));
  console.log(`packageOfFile: ${format(fileTime)}`);
  const listTime = time(50, () => resolver.packages());
  console.log(`packages() (${packageCount}): ${format(listTime)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
