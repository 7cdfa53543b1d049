#!/usr/bin/env bash
# The instruction-count gate: runs the gungraun benchmarks (benches/engine.rs,
# benches/whole.rs) under callgrind and compares every count with
# benches/baseline (scripts/bench_gate.py says what fails). Part of
# scripts/test.sh, so CI runs it.
#
#   scripts/bench-gate.sh            run the benchmarks and check them
#   scripts/bench-gate.sh --bless    run them and rewrite benches/baseline
#   scripts/bench-gate.sh --check    check the last run again, without running
#                                    (with --bless: bless the last run)
#   scripts/bench-gate.sh --setup    only install valgrind and gungraun-runner
#
# Needs valgrind and gungraun-runner 0.20.0 (the version of the gungraun
# dev-dependency). Missing ones are installed: valgrind with apt-get,
# gungraun-runner with `cargo install` into .tools/ inside this clone (~5
# minutes, once). Results go to target/bench-gate/ (GUNGRAUN_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNNER_VERSION=0.20.0
TOOLS="$PWD/.tools"
HOME_DIR="$PWD/target/bench-gate"

mode=check
run=1
for arg in "$@"; do
    case "$arg" in
    --bless) mode=bless ;;
    --check) run=0 ;;
    --setup) mode=setup ;;
    *)
        echo "usage: $0 [--bless] [--check] | --setup" >&2
        exit 2
        ;;
    esac
done

setup() {
    if ! command -v valgrind >/dev/null 2>&1; then
        echo "bench gate: installing valgrind (apt-get)"
        local sudo=""
        if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq valgrind >/dev/null
    fi
    if ! "$TOOLS/bin/gungraun-runner" --version 2>/dev/null | grep -qx "gungraun-runner $RUNNER_VERSION"; then
        echo "bench gate: installing gungraun-runner $RUNNER_VERSION into .tools/ (takes a few minutes)"
        cargo install gungraun-runner --version "$RUNNER_VERSION" --locked --root "$TOOLS" --force --quiet
    fi
    export PATH="$TOOLS/bin:$PATH"
}

if [ "$mode" = setup ] || [ "$run" = 1 ]; then
    setup
fi
if [ "$mode" = setup ]; then
    exit 0
fi

if [ "$run" = 1 ]; then
    rm -rf "$HOME_DIR"
    GUNGRAUN_HOME="$HOME_DIR" cargo bench --bench engine --bench whole -- --save-summary=json
fi

args=("$HOME_DIR")
if [ "$mode" = bless ]; then args+=(--bless); fi
exec python3 scripts/bench_gate.py "${args[@]}"
