#!/usr/bin/env bash
# Runs the test suite (unit tests and the integration-test binary).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
cargo test --locked
