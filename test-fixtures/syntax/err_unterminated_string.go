package main

var s = /* ERROR "string literal not terminated" */ "abc
