package main

var s = /* ERROR "raw string literal not terminated" */ `abc
