package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func ts(name string, s []int) []int {
	trace = append(trace, name)
	return s
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	flush(fmt.Sprint("arith ", x))
	s := []int{0, 0, 0, 0}
	ts("slice", s)[t("index", 1)] = t("value", 5)
	flush(fmt.Sprint("assign ", s))
	m := map[int]int{}
	m[t("key", 1)] = t("val", 10) + t("val2", 1)
	flush(fmt.Sprint("map ", m))
	r := sum(t("arg1", 1), t("arg2", 2), t("arg3", 3))
	flush(fmt.Sprint("call ", r))
	a, b := t("lhs1", 1), t("lhs2", 2)
	flush(fmt.Sprint("multi ", a, b))
	c, d := pair()
	flush(fmt.Sprint("tuple ", c, d))
	ok := t("and1", 0) == 1 && t("and2", 1) == 1
	flush(fmt.Sprint("shortcircuit ", ok))
	ok = t("or1", 1) == 1 || t("or2", 1) == 1
	flush(fmt.Sprint("shortcircuit ", ok))
	arr := [3]int{t("e0", 0), t("e1", 1), t("e2", 2)}
	flush(fmt.Sprint("literal ", arr))
	mm := map[string]int{"x": t("mx", 1), "y": t("my", 2)}
	flush(fmt.Sprint("mapliteral ", len(mm)))
	defer flush("deferred")
	defer fmt.Println("defer args evaluated now:", t("deferarg", 7))
	flush("after defer statements")
	func(p, q int) {}(t("p", 1), t("q", 2))
	flush("closure call")
	var fns = []func() int{func() int { return t("f0", 0) }, func() int { return t("f1", 1) }}
	_ = fns[t("fi", 1)]() + fns[t("fj", 0)]()
	flush("func index")
}
