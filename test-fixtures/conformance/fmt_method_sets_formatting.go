package main

import "fmt"

type PtrErr struct{ Code int }

func (e *PtrErr) Error() string { return fmt.Sprintf("ptr error %d", e.Code) }

type ValStr struct{ N int }

func (v ValStr) String() string { return fmt.Sprintf("V(%d)", v.N) }

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("P(%d)", p.N) }

type Holder struct {
	V  ValStr
	P  PtrStr
	PP *PtrStr
	E  PtrErr
	PE *PtrErr
}

func main() {
	fmt.Println(PtrErr{1}, &PtrErr{2})
	fmt.Println(ValStr{3}, &ValStr{4})
	fmt.Println(PtrStr{5}, &PtrStr{6})
	h := Holder{ValStr{1}, PtrStr{2}, &PtrStr{3}, PtrErr{4}, &PtrErr{5}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println(&h)
	fmt.Println([]ValStr{{1}, {2}}, []PtrStr{{3}}, []*PtrStr{{4}})
	fmt.Println(map[string]PtrStr{"k": {5}}, map[string]*PtrStr{"k": {6}})
	fmt.Println([2]ValStr{{7}, {8}}, struct{ X ValStr }{ValStr{9}})
	var s fmt.Stringer = ValStr{10}
	fmt.Println(s)
	s = &ValStr{11}
	fmt.Println(s)
	var err error = &PtrErr{12}
	fmt.Println(err)
	fmt.Printf("%s|%v|%d|%x\n", &PtrStr{13}, PtrStr{14}, &PtrStr{15}, ValStr{16})
}
