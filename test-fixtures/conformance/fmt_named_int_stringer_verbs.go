package main

import "fmt"

type Status uint8

const (
	Active Status = iota + 1
	Paused
	Closed
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Paused:
		return "paused"
	case Closed:
		return "closed"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

type Account struct {
	ID     int
	Status Status
	Prev   []Status
}

func main() {
	for s := Status(0); s <= 4; s++ {
		fmt.Printf("%v|%s|%d|%x|%q|%08b|%5v|%-8s|%+v|%#v|%T\n", s, s, s, s, s, s, s, s, s, s, s)
	}
	a := Account{7, Paused, []Status{Active, Closed}}
	fmt.Println(a)
	fmt.Printf("%v\n%+v\n%#v\n%d\n", a, a, a, a)
	fmt.Println(fmt.Sprint(Active) + fmt.Sprint(Paused))
	fmt.Println(map[Status]int{Closed: 3, Active: 1})
	var s fmt.Stringer = Closed
	fmt.Println(s, s.String())
}
