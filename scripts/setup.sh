#!/usr/bin/env bash
# Installs what diplograph needs on a fresh Debian/Ubuntu machine: a Rust toolchain (if
# cargo is missing) and Graphviz (used for SVG pictures and by one test, if available).
set -euo pipefail
if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
fi
if ! command -v dot >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  $SUDO apt-get install -y -qq graphviz >/dev/null 2>&1 || echo "note: graphviz could not be installed; DOT rendering checks are skipped"
fi
