package main

import "a b" // ERROR "invalid import path"
