package main

func short() int { return 1 }

func long(a int, b string) (int, error) { if a > 0 { return a, nil }; return 0, nil }

func (p *point) Len() int { return 0 }
func (p *point) Swap(i, j int) { }

type point struct{}

func params(
	a int,
	b string,
) {
}

func results() (x int) { return }

func literal() {
	f := func(x int) int { return x * 2 }
	g := func() {
		f(1)
	}
	g()
	defer func() { recover() }()
}
