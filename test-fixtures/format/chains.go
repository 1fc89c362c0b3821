package main

func f(b *builder) {
	b.
		Add(1).
		Add(2)
	s := "a" +
		"b" +
		"c"
	_ = s
	ok := b != nil &&
		b.n > 0
	_ = ok
}

type builder struct{ n int }

func (b *builder) Add(n int) *builder { return b }
