package main

func f(m map[string]int, xs []int) (result int, err error) {
	var (
		a = 1
		b int
	)
	const c, d = 1, 2
	type local struct{ x int }
outer:
	for i := range xs {
		for j := 0; j < i; j++ {
			if j == 3 {
				continue outer
			}
			if j == 4 {
				break outer
			}
		}
	}
	for k, v := range m {
		_, _ = k, v
	}
	for range 3 {
	}
	for i := range 10 {
		_ = i
	}
	if x := a + b; x > 0 {
	} else if x < 0 {
	} else {
	}
	switch y := a; y {
	case 1, 2:
	case 3:
		fallthrough
	default:
	}
	switch v := interface{}(a).(type) {
	case int, string:
		_ = v
	case nil:
	}
	switch interface{}(a).(type) {
	}
	goto end
end:
	defer func() { recover() }()
	a, b = b, a
	a += 1
	a <<= 2
	a &^= 1
	{
		nested := true
		_ = nested
	}
	;
	return
}
