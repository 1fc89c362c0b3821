// Parse speed of vm/syntax on a generated, realistic 5,000-line Go file (types with doc comments,
// methods, loops, switches, closures, composite literals), reported as median and p95 time and
// lines per millisecond against the 20 ms target. The peer in the same process is TypeScript's own
// parser on a TypeScript file of the same shape and size. It also reports the formatter's time.
// It prints figures and asserts nothing.

import ts from 'typescript';
import { formatFile } from '../vm/syntax/format';
import { parseFile } from '../vm/syntax/index';

const targetLines = 5000;

function goUnit(i: number): string {
  return `// Account${i} holds the balance of one holder.
type Account${i} struct {
	Owner   string // who owns it
	Balance int64
	History []int64
	Tags    map[string]bool
}

// Deposit adds amount to the balance and records it.
func (a *Account${i}) Deposit(amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("invalid amount %d", amount)
	}
	a.Balance += amount
	a.History = append(a.History, amount)
	for i, h := range a.History {
		switch {
		case h > 1000 && i%2 == 0:
			a.Tags["big"] = true
		case h < 0:
			a.Tags["negative"] = true
		default:
			continue
		}
	}
	total := func(xs []int64) (sum int64) {
		for _, x := range xs {
			sum += x * 2 / 3
		}
		return
	}(a.History)
	_ = []Account${i}{{Owner: "a", Balance: total}, {Owner: "b"}}
	return nil
}

`;
}

function tsUnit(i: number): string {
  return `// Account${i} holds the balance of one holder.
class Account${i} {
	owner: string = ""; // who owns it
	balance: number = 0;
	history: number[] = [];
	tags: Map<string, boolean> = new Map();

	// Deposit adds amount to the balance and records it.
	deposit(amount: number): Error | null {
		if (amount <= 0) {
			return new Error(\`invalid amount \${amount}\`);
		}
		this.balance += amount;
		this.history.push(amount);
		for (const [i, h] of this.history.entries()) {
			switch (true) {
				case h > 1000 && i % 2 === 0:
					this.tags.set("big", true);
					break;
				default:
					continue;
			}
		}
		const total = ((xs: number[]): number => {
			let sum = 0;
			for (const x of xs) {
				sum += x * 2 / 3;
			}
			return sum;
		})(this.history);
		void [{ owner: "a", balance: total }, { owner: "b" }];
		return null;
	}
}

`;
}

function generate(header: string, unit: (i: number) => string): string {
  let text = header;
  let i = 0;
  while (text.split('\n').length < targetLines) text += unit(i++);
  return text;
}

interface Figures {
  median: number;
  p95: number;
  /** Median CPU time of this process: closer to the intrinsic cost on a busy machine. */
  cpuMedian: number;
}

function measure(run: () => void, iterations: number): Figures {
  for (let i = 0; i < 5; i++) run(); // warm up the JIT
  const times: number[] = [];
  const cpuTimes: number[] = [];
  // Collect garbage between runs (npm run bench passes --expose-gc) so that each run pays for its own.
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < iterations; i++) {
    collect?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const sorted = (values: number[]): number[] => [...values].sort((a, b) => a - b);
  const wall = sorted(times);
  return { median: wall[Math.floor(wall.length / 2)], p95: wall[Math.floor(wall.length * 0.95)], cpuMedian: sorted(cpuTimes)[Math.floor(cpuTimes.length / 2)] };
}

const goText = generate('package bank\n\nimport "fmt"\n\n', goUnit);
const tsText = generate('', tsUnit);
const lines = goText.split('\n').length;
const check = parseFile('bank.go', goText);
if (check.errors.length > 0) console.log(`warning: the generated file has ${check.errors.length} syntax errors`);

const ours = measure(() => parseFile('bank.go', goText), 60);
const peer = measure(() => ts.createSourceFile('bank.ts', tsText, ts.ScriptTarget.ES2022, false), 60);
const format = measure(() => formatFile(goText), 20);

console.log(`syntax: parse ${lines} lines (${(goText.length / 1024).toFixed(0)} KiB): median ${ours.median.toFixed(2)} ms, p95 ${ours.p95.toFixed(2)} ms, CPU median ${ours.cpuMedian.toFixed(2)} ms, ${(lines / ours.median).toFixed(0)} lines/ms (target < 20 ms)`);
console.log(`syntax: peer TypeScript parser, ${tsText.split('\n').length} lines: median ${peer.median.toFixed(2)} ms, p95 ${peer.p95.toFixed(2)} ms, CPU median ${peer.cpuMedian.toFixed(2)} ms; ratio ours/peer ${(ours.median / peer.median).toFixed(2)}x`);
console.log(`syntax: format ${lines} lines: median ${format.median.toFixed(2)} ms, p95 ${format.p95.toFixed(2)} ms, CPU median ${format.cpuMedian.toFixed(2)} ms`);
