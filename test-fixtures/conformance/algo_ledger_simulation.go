package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type Ledger struct {
	balances map[string]int64
	log      []string
}

func (l *Ledger) Transfer(from, to string, amount int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		l.log = append(l.log, fmt.Sprintf("%s->%s %d: %s", from, to, amount, status))
	}()
	if amount <= 0 {
		return fmt.Errorf("invalid amount %d", amount)
	}
	if l.balances[from] < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from, ErrInsufficient)
	}
	l.balances[from] -= amount
	l.balances[to] += amount
	return nil
}

func (l *Ledger) Report() {
	names := make([]string, 0, len(l.balances))
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	var total int64
	for _, n := range names {
		fmt.Printf("%-6s %8d\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Printf("%-6s %8d\n", "total", total)
}

func main() {
	l := &Ledger{balances: map[string]int64{"alice": 1000, "bob": 250}}
	ops := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 300}, {"bob", "carol", 600}, {"bob", "carol", 550}, {"carol", "alice", 0}, {"carol", "dave", 125}, {"dave", "alice", 125}}
	failures := 0
	for _, op := range ops {
		if err := l.Transfer(op.from, op.to, op.amt); err != nil {
			failures++
			fmt.Println("error:", err, errors.Is(err, ErrInsufficient))
		}
	}
	for _, line := range l.log {
		fmt.Println(line)
	}
	fmt.Println("failures", failures)
	l.Report()
	var seed uint64 = 42
	for i := 0; i < 1000; i++ {
		seed = seed*6364136223846793005 + 1
		names := []string{"alice", "bob", "carol", "dave"}
		from := names[seed>>62]
		to := names[(seed>>60)&3]
		l.Transfer(from, to, int64(seed>>54&0xff))
	}
	l.Report()
	fmt.Println(len(l.log))
}
