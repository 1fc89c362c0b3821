package main

const N = 4

type A1 [N]int
type A2 [N * 2]int
type A3 [2 * N]byte
type T1[P any] int
type T2[P *int] int
type T3[P *C, C any] int
type T4[P interface{}] int
type T5[P ~int | ~string] int
type S [(N)]int
