package main

import 42 // ERROR "import path must be a string"
