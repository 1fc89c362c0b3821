package main

func f() {}

import "fmt" // ERROR "imports must appear before other declarations"
