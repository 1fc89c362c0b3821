package main

import "fmt"

type Incrementer interface{ Inc() }
type Getter interface{ Get() int }
type Both interface {
	Incrementer
	Getter
}

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type Wrapper struct{ Counter }
type PtrWrapper struct{ *Counter }

func main() {
	c := Counter{}
	var g Getter = c
	var b Both = &c
	b.Inc()
	b.Inc()
	fmt.Println(g.Get(), b.Get(), c.n)
	var g2 Getter = &c
	c.n = 10
	fmt.Println(g.Get(), g2.Get())
	w := Wrapper{}
	var wb Both = &w
	wb.Inc()
	var wg Getter = w
	fmt.Println(wb.Get(), wg.Get(), w.n)
	pw := PtrWrapper{&Counter{5}}
	var pb Both = pw
	pb.Inc()
	fmt.Println(pb.Get(), pw.n, pw.Get())
	var items []Getter
	for i := 0; i < 3; i++ {
		items = append(items, Counter{i * 10}, &Counter{i})
	}
	for _, it := range items {
		if inc, ok := it.(Incrementer); ok {
			inc.Inc()
		}
		fmt.Print(it.Get(), " ")
	}
	fmt.Println()
	_, ok := interface{}(c).(Incrementer)
	_, okp := interface{}(&c).(Incrementer)
	fmt.Println(ok, okp)
}
