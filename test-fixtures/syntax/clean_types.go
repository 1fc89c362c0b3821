package main

type (
	Point struct {
		X, Y float64 "tag"
		name string `json:"name,omitempty"`
		*Embedded
		pkg.Other
		fmt.Stringer
		Generic[int]
	}
	Fn       func(int, ...string) (bool, error)
	Named    func(a, b int, c ...interface{}) (ok bool)
	Iface    interface {
		fmt.Stringer
		Method(x int) string
		Other()
	}
	Arr      [...]int
	Slice    [][]*map[string]chan<- int
	Empty    struct{}
	EmptyI   interface{}
	Fns      []func()
)

var p = &Point{X: 1, Y: 2}
var fs = [...]func() int{func() int { return 1 }}
var m = map[string][]int{"a": {1, 2}, "b": nil}
var nested = [][]Point{{{X: 1}}, {}}
var ptrs = []*Point{{X: 1}}
var conv = (*Point)(nil)
var f = func(x int) int { return x * x }(3)
