package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key, value string
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	evictions  []string
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: map[string]*entry{}, head: &entry{}, tail: &entry{}}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) front(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (string, bool) {
	e, ok := l.items[k]
	if !ok {
		return "", false
	}
	l.unlink(e)
	l.front(e)
	return e.value, true
}

func (l *LRU) Put(k, v string) {
	if e, ok := l.items[k]; ok {
		e.value = v
		l.unlink(e)
		l.front(e)
		return
	}
	if len(l.items) == l.cap {
		old := l.tail.prev
		l.unlink(old)
		delete(l.items, old.key)
		l.evictions = append(l.evictions, old.key)
	}
	e := &entry{key: k, value: v}
	l.items[k] = e
	l.front(e)
}

func (l *LRU) String() string {
	var parts []string
	for e := l.head.next; e != l.tail; e = e.next {
		parts = append(parts, e.key+"="+e.value)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.Put("a", "1")
	c.Put("b", "2")
	c.Put("c", "3")
	fmt.Println(c)
	fmt.Println(c.Get("a"))
	c.Put("d", "4")
	fmt.Println(c, c.evictions)
	fmt.Println(c.Get("b"))
	c.Put("c", "33")
	c.Put("e", "5")
	fmt.Println(c, c.evictions, len(c.items))
	for i := 0; i < 10; i++ {
		c.Put(fmt.Sprint("k", i%4), fmt.Sprint(i))
	}
	fmt.Println(c, c.evictions)
}
