package main

type T struct{ x int }

func f() {
	if (T{}) == (T{x: 1}) {
	}
	for _, t := range []T{{1}, {2}} {
		_ = t
	}
	switch (T{}) {
	case T{}:
	}
	if x := (T{1}); x.x > 0 {
	}
	for i := 0; i < len([]int{1}); i++ {
	}
	if f := func() bool { return T{} == T{} }; f() {
	}
}
