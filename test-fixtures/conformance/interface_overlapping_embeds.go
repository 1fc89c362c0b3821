package main

import "fmt"

type Reader interface {
	Read() string
	Close() error
}

type Writer interface {
	Write(s string)
	Close() error
}

type ReadWriteCloser interface {
	Reader
	Writer
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) { f.data = append(f.data, s) }

func (f *File) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func use(rwc ReadWriteCloser) {
	rwc.Write("one")
	rwc.Write("two")
	fmt.Println(rwc.Read())
	var r Reader = rwc
	var w Writer = rwc
	w.Write("three")
	fmt.Println(r.Read(), r.Read())
	fmt.Println(r.Close(), w.Close())
}

func main() {
	f := &File{}
	use(f)
	var x interface{} = f
	_, isR := x.(Reader)
	_, isRWC := x.(ReadWriteCloser)
	_, isStringer := x.(fmt.Stringer)
	fmt.Println(isR, isRWC, isStringer)
	var r Reader = f
	rwc, ok := r.(ReadWriteCloser)
	fmt.Println(ok, rwc.Read() == "")
}
