#!/bin/sh
# Regenerates the .out goldens of ../programs/*.go with the Go toolchain: each file's standard
# output as `go run` prints it. math_* programs run as GOARCH=386, whose Exp and Log are Go's
# portable code (amd64 uses CPU-dependent assembly that can differ in the last bit).
# Run from anywhere: sh vm/run/stdlib/testdata/gen/programs.sh
set -eu
cd "$(dirname "$0")/../programs"
for f in *.go; do
  case "$f" in
    math_*) GOARCH=386 go run "$f" > "${f%.go}.out" ;;
    *) go run "$f" > "${f%.go}.out" ;;
  esac
done
