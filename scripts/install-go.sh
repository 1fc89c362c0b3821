#!/bin/sh
# Installs a Go toolchain for regenerating the conformance goldens (scripts/goldens.mjs):
# Debian's `golang-go` package through apt-get, only when no `go` command is found. It changes
# nothing when Go is already there, and it installs nothing else; run it as root (or with sudo).
set -eu

if command -v go >/dev/null 2>&1; then
  echo "go is already installed: $(go version)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-go.sh: apt-get not found; install a Go toolchain by hand (any Go 1.19 or newer)" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

# Another apt-get may hold the package locks for a while: wait for it rather than fail.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends golang-go
echo "installed: $(go version)"
