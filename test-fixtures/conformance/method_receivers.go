package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Value(), c)
	c.Add(10).Add(5).Inc()
	fmt.Println(c.n)
	p := &c
	p.IncCopy()
	p.Inc()
	fmt.Println(p.Value(), *p, p)
	cs := []Counter{{name: "a"}, {name: "b"}}
	cs[0].Inc()
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].Value())
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), List{4, 5}.Sum())
}
