#!/usr/bin/env bash
# Regenerates docs/sample-graph.svg: the graph of the bundled sample article, drawn by
# diplograph itself (Graphviz when installed, else its built-in layout).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
store=$(mktemp -d)/sample.store
cargo build --release --locked --quiet
./target/release/diplograph --store "$store" ingest data/samples/scmp-2022-07-28-lavrov-wang-yi.txt >/dev/null
./target/release/diplograph --store "$store" export --format svg -o docs/sample-graph.svg
echo "wrote docs/sample-graph.svg"
