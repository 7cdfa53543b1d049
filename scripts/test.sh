#!/usr/bin/env bash
# The whole test suite: formatting, lints, and every test of every crate
# (the conformance corpus in every execution mode, IR filetests, runtime
# unit tests), then the instruction-count gate (scripts/bench-gate.sh:
# gungraun benchmarks under callgrind against benches/baseline; it installs
# valgrind and gungraun-runner if missing). CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --release -- -D warnings
cargo test --workspace --release
bash ci/aarch64.sh
bash scripts/bench-gate.sh
