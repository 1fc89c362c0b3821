// The debug hooks of a compiled program (the instrumented variant): a step callback before every
// statement with file, line, column and depth; the call stack, locals and package variables at a
// stop; a deterministic step counter, so that a replay can stop at step N; and a stop that ends
// the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileFile } from './runFile';
import type { StopContext } from '../run/runtime';

const source = `package main

var counter = 10

type Point struct{ X, Y int }

func scale(p Point, k int) Point {
	q := Point{p.X * k, p.Y * k}
	return q
}

func main() {
	p := Point{1, 2}
	for i := 0; i < 2; i++ {
		p = scale(p, 2)
		counter++
	}
	println(p.X, counter)
}
`;

function compileDebug() {
	const compiled = compileFile('dbg.amigo', source, { debug: true });
	if ('errors' in compiled) throw new Error(compiled.errors.join('\n'));
	return compiled.program;
}

const quiet = { stdout: () => undefined, stderr: () => undefined };

test('every statement is a step with its position and depth', () => {
	const steps: string[] = [];
	const result = compileDebug().run({ host: quiet, debug: { onStep: (c) => void steps.push(`${c.step} ${c.line}:${c.col} d${c.depth}`) } });
	assert.equal(result.outcome, 'ok');
	assert.deepEqual(steps.slice(0, 6), ['1 13:2 d1', '2 14:2 d1', '3 15:3 d1', '4 8:2 d2', '5 9:2 d2', '6 16:3 d1']);
	assert.equal(steps.length, 11);
});

test('a stop shows the stack, the locals and the package variables', () => {
	let seen: { stack: string[]; locals: string[]; globals: string[] } | null = null;
	const capture = (c: StopContext): void | 'stop' => {
		if (c.line !== 9 || seen !== null) return;
		seen = {
			stack: c.stack().map((f) => `${f.func} ${f.file}:${f.line}`),
			locals: c.locals(0).map((v) => `${v.name} ${v.type}`),
			globals: c.globals('main').map((v) => `${v.name} ${v.type} ${String(v.value)}`),
		};
		return 'stop';
	};
	const result = compileDebug().run({ host: quiet, debug: { onStep: capture } });
	assert.equal(result.outcome, 'stopped');
	assert.deepEqual(seen, {
		stack: ['main.scale dbg.amigo:9', 'main.main dbg.amigo:15'],
		locals: ['p main.Point', 'k int', 'q main.Point'],
		globals: ['counter int 10'],
	});
});

test('replaying to step N stops at the same place with the same values', () => {
	const at = (n: number) => {
		let where = '';
		compileDebug().run({
			host: quiet,
			debug: {
				onStep: (c) => {
					if (c.step !== n) return;
					const p = c.locals(c.depth - 1).find((v) => v.name === 'p');
					where = `${c.line}:${c.col} ${JSON.stringify(p?.value)}`;
					return 'stop';
				},
			},
		});
		return where;
	};
	assert.equal(at(9), at(9));
	assert.equal(at(9), '9:2 {"X":2,"Y":4}');
});
