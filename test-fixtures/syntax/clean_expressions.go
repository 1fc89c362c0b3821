package main

func exprs(a, b int, s []int, m map[int]int, p *int) {
	_ = a + b*2 - (a-b)/3%4
	_ = a<<2 | b>>1 ^ a&b &^ 3
	_ = a == b || a != b && a < b || a <= b && a > b || a >= b
	_ = -a + +b - ^a
	_ = !true
	_ = *p + *&a
	_ = s[1:] 
	_ = s[:2]
	_ = s[1:2:3]
	_ = s[:2:3]
	_ = s[:]
	_ = m[a]
	_ = interface{}(a).(int)
	_ = struct{ x int }{1}.x
	_ = []int{1, 2, 3}[0]
	_ = len("abc")
	_ = append(s, s...)
	_ = (a + b)
	_ = func() {}
	x, ok := m[1]
	_, _ = x, ok
}
