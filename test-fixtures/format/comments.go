// Package main is a test.
package main

// Doc for T.
type T int // trailing

/* block */
func f() { // after brace
	// leading
	x := 1 // trailing one
	y := 22 // trailing two
	_ = x + y /* inline */ + 1



	// after blank lines
}

// Last comment.
