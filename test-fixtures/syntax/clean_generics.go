package main

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key   K
	Value V
}

type List[T any] []T

type Tree[T interface{ Less(T) bool }] struct {
	left, right *Tree[T]
}

type Ptr[T any] *T

type A[P *Q, Q any] struct{}

type Alias = Pair[string, int]

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[F, T any](s []F, f func(F) T) []T {
	r := make([]T, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func (p Pair[K, V]) String() string { return "" }

func (t *Tree[_]) Walk() {}

func use() {
	_ = Sum[int]([]int{1, 2})
	_ = Map[int, string](nil, nil)
	_ = Pair[string, int]{Key: "a", Value: 1}
	var _ List[int]
}
