// The VM against plain JavaScript, in one process (DESIGN.md section 9): fib(30), a ledger of
// accounts (a map of structs with string keys, 1M operations) and string building. Each workload
// is the same algorithm as a Go program run by the VM and as hand-written JavaScript; it prints
// the best of several runs of each and the ratio. Compilation is timed apart. It asserts nothing.
import { performance } from 'node:perf_hooks';
import { compileFile } from '../vm/compile/runFile';

interface Workload {
  name: string;
  go: string;
  js: () => string;
}

const fibGo = `package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(30))
}
`;

function fibJs(): string {
  const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  return String(fib(30));
}

const ledgerGo = `package main

type Account struct {
	Owner   string
	Balance int64
	Nonce   int
}

func main() {
	accounts := map[string]Account{}
	keys := make([]string, 1000)
	for i := range keys {
		name := []byte("acct-")
		n := i
		for {
			name = append(name, byte('0'+n%10))
			n /= 10
			if n == 0 {
				break
			}
		}
		keys[i] = string(name)
		accounts[keys[i]] = Account{Owner: keys[i], Balance: 1000}
	}
	for op := 0; op < 500000; op++ {
		from := keys[op%1000]
		to := keys[(op*7+3)%1000]
		a := accounts[from]
		a.Balance -= 5
		a.Nonce++
		accounts[from] = a
		b := accounts[to]
		b.Balance += 5
		accounts[to] = b
	}
	var total int64
	nonces := 0
	for _, a := range accounts {
		total += a.Balance
		nonces += a.Nonce
	}
	println(total, nonces)
}
`;

function ledgerJs(): string {
  interface Account {
    owner: string;
    balance: number;
    nonce: number;
  }
  const accounts = new Map<string, Account>();
  const keys: string[] = [];
  for (let i = 0; i < 1000; i++) {
    let name = 'acct-';
    let n = i;
    for (;;) {
      name += String.fromCharCode(48 + (n % 10));
      n = Math.trunc(n / 10);
      if (n === 0) break;
    }
    keys.push(name);
    accounts.set(name, { owner: name, balance: 1000, nonce: 0 });
  }
  for (let op = 0; op < 500000; op++) {
    const from = keys[op % 1000];
    const to = keys[(op * 7 + 3) % 1000];
    const a = { ...(accounts.get(from) ?? { owner: '', balance: 0, nonce: 0 }) };
    a.balance -= 5;
    a.nonce++;
    accounts.set(from, a);
    const b = { ...(accounts.get(to) ?? { owner: '', balance: 0, nonce: 0 }) };
    b.balance += 5;
    accounts.set(to, b);
  }
  let total = 0;
  let nonces = 0;
  for (const a of accounts.values()) {
    total += a.balance;
    nonces += a.nonce;
  }
  return `${total} ${nonces}`;
}

const stringsGo = `package main

func main() {
	total := 0
	for round := 0; round < 200; round++ {
		s := ""
		for i := 0; i < 1000; i++ {
			s += string(rune('a' + i%26))
			if i%100 == 99 {
				s += ", "
			}
		}
		words := 0
		for i := 0; i < len(s); i++ {
			if s[i] == ',' {
				words++
			}
		}
		total += len(s) + words
	}
	println(total)
}
`;

function stringsJs(): string {
  let total = 0;
  for (let round = 0; round < 200; round++) {
    let s = '';
    for (let i = 0; i < 1000; i++) {
      s += String.fromCharCode(97 + (i % 26));
      if (i % 100 === 99) s += ', ';
    }
    let words = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 44) words++;
    total += s.length + words;
  }
  return String(total);
}

const workloads: Workload[] = [
  { name: 'fib(30)', go: fibGo, js: fibJs },
  { name: 'ledger (map of structs, 1M map ops)', go: ledgerGo, js: ledgerJs },
  { name: 'string building', go: stringsGo, js: stringsJs },
];

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

for (const w of workloads) {
  const compileStart = performance.now();
  const compiled = compileFile(`${w.name}.go`, w.go);
  const compileMs = performance.now() - compileStart;
  if ('errors' in compiled) {
    console.log(`${w.name}: does not compile:\n${compiled.errors.join('\n')}`);
    continue;
  }
  let vmOut = '';
  const vmMs = best(5, () => {
    vmOut = '';
    const r = compiled.program.run({ host: { stdout: () => undefined, stderr: (s) => (vmOut += s) }, gasLimit: 1e12 });
    if (r.outcome !== 'ok') vmOut = `failed: ${r.outcome}`;
  });
  let jsOut = '';
  const jsMs = best(5, () => {
    jsOut = w.js();
  });
  const same = vmOut.trim() === jsOut ? '' : `  (outputs differ: vm ${vmOut.trim()} js ${jsOut})`;
  console.log(`${w.name.padEnd(40)} vm ${vmMs.toFixed(1).padStart(8)} ms   js ${jsMs.toFixed(1).padStart(8)} ms   ratio ${(vmMs / jsMs).toFixed(2)}x   (compile ${compileMs.toFixed(1)} ms)${same}`);
}
