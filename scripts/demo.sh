#!/usr/bin/env bash
# The main job: ingest the bundled sample article into ./demo.store, show its facts, and
# ask which countries belong to the SCO.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
rm -f demo.store demo.store.log demo.store.lock
cargo build --release --locked --quiet
./target/release/diplograph --store demo.store ingest --verbose data/samples/scmp-2022-07-28-lavrov-wang-yi.txt
echo
./target/release/diplograph --store demo.store members SCO
