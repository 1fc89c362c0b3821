package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.v) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Wrapper struct {
	C   Color
	P   *PtrStringer
	V   PtrStringer
	Err error
}

func main() {
	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Printf("%v %s %d %q %x %+v %#v\n", Color(1), Color(1), Color(1), Color(1), Color(1), Color(1), Color(1))
	p := &PtrStringer{3}
	fmt.Println(p, *p)
	fmt.Printf("%v %+v %s\n", p, *p, p)
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	w := Wrapper{C: 1, P: p, V: PtrStringer{4}, Err: errors.New("bad")}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Color{0, 1, 2}, map[Color]int{1: 10, 0: 5})
	fmt.Printf("%v %d\n", []Color{0, 1}, []Color{0, 1})
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %s\n", nilErr, nilErr)
	var nilPS *PtrStringer
	fmt.Printf("%v\n", nilPS == nil)
	fmt.Printf("%s|%v|%10s|%-10v|\n", Color(0), Color(1), Color(0), Color(1))
	fmt.Println(fmt.Sprint(Color(1), Color(0)), fmt.Sprint("a", Color(1), 2, 3, "b", "c"))
	fmt.Println(fmt.Errorf("wrap: %v", Color(1)))
}
