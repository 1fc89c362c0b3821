package main

import "fmt"

type Task struct {
	Priority int
	Seq      int
	Name     string
}

type Heap struct{ items []Task }

func less(a, b Task) bool {
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.Seq < b.Seq
}

func (h *Heap) Push(t Task) {
	h.items = append(h.items, t)
	i := len(h.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !less(h.items[i], h.items[parent]) {
			break
		}
		h.items[i], h.items[parent] = h.items[parent], h.items[i]
		i = parent
	}
}

func (h *Heap) Pop() Task {
	top := h.items[0]
	last := len(h.items) - 1
	h.items[0] = h.items[last]
	h.items = h.items[:last]
	i := 0
	for {
		l, r, best := 2*i+1, 2*i+2, i
		if l < len(h.items) && less(h.items[l], h.items[best]) {
			best = l
		}
		if r < len(h.items) && less(h.items[r], h.items[best]) {
			best = r
		}
		if best == i {
			break
		}
		h.items[i], h.items[best] = h.items[best], h.items[i]
		i = best
	}
	return top
}

func main() {
	h := &Heap{}
	names := []string{"write", "test", "deploy", "review", "merge", "lint", "bench", "doc"}
	for i, n := range names {
		h.Push(Task{Priority: (i * 5) % 4, Seq: i, Name: n})
	}
	for len(h.items) > 0 {
		t := h.Pop()
		fmt.Printf("%d %d %s\n", t.Priority, t.Seq, t.Name)
	}
	nums := &Heap{}
	for i := 0; i < 20; i++ {
		nums.Push(Task{Priority: (i * 7919) % 31, Seq: i})
	}
	var out []int
	for len(nums.items) > 0 {
		out = append(out, nums.Pop().Priority)
	}
	fmt.Println(out)
}
