package main

type Number interface {
	~int | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Value V
}

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs { s += x }
	return
}

var p = Pair[string, int]{Key: "a", Value: 1}

type A[P *Q, Q any] struct{}
