package main

func noBody()

func results() (a, b int, c string) { return }

func unnamed(int, string, ...bool) {}

func variadic(format string, args ...any) {}

func (Recv) noName() {}

func (r *Recv) ptr() {}

func (r Recv) fn() func() func() int { return nil }

type Recv struct{}
