package main

import (
	"fmt"
	str "strings"
	. "math"
	_ "embed"

	"hub.amigos.dev/token@v2"
)

import "os"

func main() { fmt.Println(str.ToUpper(""), Pi, os.Args) }
