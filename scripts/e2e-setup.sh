#!/usr/bin/env bash
# Installs what the end-to-end rig needs (see e2e/README.md): Debian packages for code-server's
# native modules, ripgrep and Chromium, then e2e/package.json (code-server + playwright-core) with
# `npm ci` from e2e/package-lock.json. The npm install lives in a cache folder outside the work tree,
# keyed by the lockfile's hash, and e2e/node_modules links to it: a fresh clone on the same machine
# reuses it, and a second run with everything present only checks and returns.
#
# It does not touch the extension's own node_modules, and it downloads nothing but Debian and npm
# packages (the ripgrep binary that @vscode/ripgrep would fetch is packed from Debian's `rg`).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
e2e="$root/e2e"
cache_root="${AMIGOS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/amigos-e2e}"
lock_hash="$(cat "$e2e/package.json" "$e2e/package-lock.json" | sha256sum | cut -c1-16)"
cache="$cache_root/$lock_hash"

log() { echo "e2e-setup: $*"; }

install_debian_packages() {
  local wanted=(libkrb5-dev pkg-config python3 make g++ ripgrep chromium)
  local missing=()
  for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

ripgrep_target() {
  case "$(uname -m)" in
    x86_64) echo x86_64-unknown-linux-musl ;;
    aarch64 | arm64) echo aarch64-unknown-linux-musl ;;
    *) echo "unsupported architecture $(uname -m)" >&2; return 1 ;;
  esac
}

# @vscode/ripgrep's postinstall downloads rg from the internet unless its asset is already in
# $TMPDIR/vscode-ripgrep-cache-<its version>/. Its version comes from code-server's shrinkwrap.
seed_ripgrep_cache() {
  local shrinkwrap="$cache/node_modules/code-server/lib/vscode/npm-shrinkwrap.json"
  local version
  version="$(node -p "require('$shrinkwrap').packages['node_modules/@vscode/ripgrep'].version")"
  # The rg release that @vscode/ripgrep 1.15.x pins (its lib/postinstall.js, VERSION).
  local asset="ripgrep-v13.0.0-10-$(ripgrep_target).tar.gz"
  local directory="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$version"
  mkdir -p "$directory"
  [ -s "$directory/$asset" ] || tar czf "$directory/$asset" -C "$(dirname "$(command -v rg)")" rg
}

install_node_modules() {
  if [ -f "$cache/.complete" ] && [ -d "$cache/node_modules/code-server/lib/vscode/node_modules" ]; then
    return 0
  fi
  log "installing code-server and playwright-core into $cache (a few minutes, once)"
  rm -rf "$cache"
  mkdir -p "$cache"
  cp "$e2e/package.json" "$e2e/package-lock.json" "$cache/"
  (cd "$cache" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  seed_ripgrep_cache
  # code-server's postinstall builds native modules and refuses to run as root without
  # unsafe_perm; node-pty's runs `npx node-gyp`, which would wait for a yes.
  (cd "$cache" && npm_config_unsafe_perm=true npm_config_yes=true npm rebuild --no-audit --no-fund --loglevel=error)
  touch "$cache/.complete"
}

link_node_modules() {
  local link="$e2e/node_modules"
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$cache/node_modules" ]; then return 0; fi
  rm -rf "$link"
  ln -s "$cache/node_modules" "$link"
}

install_debian_packages
install_node_modules
link_node_modules
log "ready: code-server $(node -p "require('$e2e/node_modules/code-server/package.json').version"), $(chromium --version 2>/dev/null)"
