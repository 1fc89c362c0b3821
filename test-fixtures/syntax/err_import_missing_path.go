package main

import (
	fmt // ERROR "missing import path"
)
