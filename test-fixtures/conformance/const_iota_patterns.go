package main

import "fmt"

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

type State int

const (
	Idle State = iota + 1
	Running
	Stopped = Running * 10
	Failed
)

const (
	A = iota * iota
	B
	C
	D = "str"
	E
	F = iota
)

const (
	mask0, bit0 = 1 << iota, iota
	mask1, bit1
	mask2, bit2
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

func (d Dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }
func (d Dir) Turn() Dir      { return (d + 1) % 4 }

func (s Size) String() string {
	switch {
	case s >= TB:
		return fmt.Sprintf("%.1fTB", float64(s)/float64(TB))
	case s >= GB:
		return fmt.Sprintf("%.1fGB", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fMB", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fKB", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", uint64(s))
}

func main() {
	fmt.Println(uint64(KB), uint64(MB), uint64(GB), uint64(TB))
	fmt.Println(Size(512), Size(1536), Size(5*MB+MB/2), 3*GB, 2*TB)
	fmt.Println(Idle, Running, Stopped, Failed)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(mask0, bit0, mask1, bit1, mask2, bit2)
	d := North
	for i := 0; i < 6; i++ {
		fmt.Print(d, " ")
		d = d.Turn()
	}
	fmt.Println()
	fmt.Printf("%v %d %T\n", West, West, West)
}
