package main

/* never closed // ERROR "comment not terminated"
