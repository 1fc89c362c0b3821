package main

var x = ﻿1 // ERROR "illegal byte order mark"
