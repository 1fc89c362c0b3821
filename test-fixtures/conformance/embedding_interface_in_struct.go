package main

import "fmt"

type Notifier interface {
	Notify(msg string) string
}

type Email struct{ addr string }

func (e Email) Notify(msg string) string { return "email " + e.addr + ": " + msg }

type Audited struct {
	Notifier
	count int
}

func (a *Audited) Notify(msg string) string {
	a.count++
	return fmt.Sprintf("[%d] %s", a.count, a.Notifier.Notify(msg))
}

type Silent struct{ Notifier }

func main() {
	a := &Audited{Notifier: Email{"x@y.z"}}
	var n Notifier = a
	fmt.Println(n.Notify("hello"))
	fmt.Println(n.Notify("again"))
	s := Silent{Email{"s@t.u"}}
	fmt.Println(s.Notify("quiet"))
	var empty Silent
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(empty.Notifier == nil)
	empty.Notify("boom")
}
