package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrBalance   = errors.New("insufficient balance")
	ErrAllowance = errors.New("insufficient allowance")
	ErrOverflow  = errors.New("supply overflow")
)

type Token struct {
	Name       string
	Decimals   uint8
	supply     uint64
	balances   map[string]uint64
	allowances map[string]map[string]uint64
	events     []string
}

func NewToken(name string, decimals uint8) *Token {
	return &Token{Name: name, Decimals: decimals, balances: map[string]uint64{}, allowances: map[string]map[string]uint64{}}
}

func (t *Token) emit(format string, args ...interface{}) {
	t.events = append(t.events, fmt.Sprintf(format, args...))
}

func (t *Token) Mint(to string, amount uint64) error {
	if t.supply+amount < t.supply {
		return fmt.Errorf("mint %d to %s: %w", amount, to, ErrOverflow)
	}
	t.supply += amount
	t.balances[to] += amount
	t.emit("Mint(%s, %d)", to, amount)
	return nil
}

func (t *Token) Transfer(from, to string, amount uint64) error {
	if t.balances[from] < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from, ErrBalance)
	}
	t.balances[from] -= amount
	t.balances[to] += amount
	t.emit("Transfer(%s, %s, %d)", from, to, amount)
	return nil
}

func (t *Token) Approve(owner, spender string, amount uint64) {
	if t.allowances[owner] == nil {
		t.allowances[owner] = map[string]uint64{}
	}
	t.allowances[owner][spender] = amount
	t.emit("Approve(%s, %s, %d)", owner, spender, amount)
}

func (t *Token) TransferFrom(spender, from, to string, amount uint64) error {
	if t.allowances[from][spender] < amount {
		return fmt.Errorf("%s spending %d of %s: %w", spender, amount, from, ErrAllowance)
	}
	if err := t.Transfer(from, to, amount); err != nil {
		return err
	}
	t.allowances[from][spender] -= amount
	return nil
}

func (t *Token) format(v uint64) string {
	s := fmt.Sprintf("%0*d", int(t.Decimals)+1, v)
	cut := len(s) - int(t.Decimals)
	return strings.TrimRight(strings.TrimRight(s[:cut]+"."+s[cut:], "0"), ".")
}

func (t *Token) Render() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "# %s (supply %s)\n", t.Name, t.format(t.supply))
	names := make([]string, 0, len(t.balances))
	for n := range t.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&sb, "- %-6s %12s\n", n, t.format(t.balances[n]))
	}
	return sb.String()
}

func main() {
	t := NewToken("AMI", 6)
	check := func(err error) {
		if err != nil {
			fmt.Println("error:", err, "| balance:", errors.Is(err, ErrBalance), "allowance:", errors.Is(err, ErrAllowance))
		}
	}
	check(t.Mint("alice", 1000000000))
	check(t.Mint("bob", 2500000))
	check(t.Transfer("alice", "carol", 123456789))
	check(t.Transfer("bob", "carol", 2500001))
	t.Approve("alice", "dave", 5000000)
	check(t.TransferFrom("dave", "alice", "erin", 4000000))
	check(t.TransferFrom("dave", "alice", "erin", 1000001))
	check(t.Mint("zed", 18446744073709551615))
	fmt.Print(t.Render())
	for i, e := range t.events {
		fmt.Println(i, e)
	}
}
