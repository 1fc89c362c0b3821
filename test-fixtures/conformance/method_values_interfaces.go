package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " woofs" }

type Robot struct{ id int }

func (r *Robot) Speak() string {
	r.id++
	return fmt.Sprint("robot ", r.id)
}

func main() {
	var s Speaker = Dog{"rex"}
	f := s.Speak
	s = Dog{"fido"}
	fmt.Println(f(), s.Speak())
	d := Dog{"max"}
	g := d.Speak
	d.name = "changed"
	fmt.Println(g(), d.Speak())
	r := &Robot{}
	h := r.Speak
	fmt.Println(h(), h(), r.id)
	var sp Speaker = r
	k := sp.Speak
	fmt.Println(k(), r.id)
	expr := Speaker.Speak
	fmt.Println(expr(Dog{"via expr"}), expr(r))
	fmt.Printf("%T\n", expr)
	speakers := []Speaker{Dog{"a"}, &Robot{10}, Dog{"b"}}
	var calls []func() string
	for _, sp := range speakers {
		calls = append(calls, sp.Speak)
	}
	for _, c := range calls {
		fmt.Println(c())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilSpeaker Speaker
	bound := func() (fn func() string) {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("binding panicked:", e)
			}
		}()
		return nilSpeaker.Speak
	}()
	fmt.Println(bound == nil)
	var nilRobot *Robot
	rf := nilRobot.Speak
	fmt.Println("bound a method value on a nil *Robot")
	rf()
}
