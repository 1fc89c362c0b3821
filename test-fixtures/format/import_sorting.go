package main

import (
	"strings"
	"fmt" // printing
	"errors"
	"fmt" // printing

	z "hub.amigos.dev/zeta"
	a `hub.amigos.dev/alpha`
	// Doc for b.
	"bytes"
)

var _ = fmt.Sprint(strings.ToUpper(""), errors.New(""), z.X, a.Y, bytes.MinRead) // trailing space   
