package main

import (
	"fmt"
	"strings"

	"hub.amigos.dev/amigos"
	tok "hub.amigos.dev/token@v2"
)

import "os"

func main() { fmt.Println(strings.ToUpper(""), amigos.Realm(), tok.Name, os.Args) }
