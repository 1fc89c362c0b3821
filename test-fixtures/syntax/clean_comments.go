// Package doc comment.
package main

// Doc for the import.
import "fmt" // line comment

/* block comment before type */
// Doc for T.
type T struct {
	// Doc for A.
	A int // A line comment
	B int /* B block */
}

// Doc for f.
//
// Second paragraph.
func f() {
	// inside
	fmt.Println() // trailing
}

/*
Multi-line block comment.
*/
var v = 1 /* trailing block */ + 2

//go:noinline
func g() {}
