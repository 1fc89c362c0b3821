package main

func f() int {
	x := 1
	x++
	x--
	if x > 0 { return x }
	for {
		break
	}
	for {
		continue
	}
	switch {
	case true:
		fallthrough
	default:
	}
	return x /* a comment keeps the pending semicolon */
}

func g() (int, int) { return 1, 2 }; func h() {}

func k() {
	a := []int{
		1,
		2,
	}
	_ = a[
		0]
	_ = f(
		1,
	)
}
