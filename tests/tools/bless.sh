#!/usr/bin/env bash
# Regenerates the expected output of conformance programs with Node (the oracle).
#   tests/tools/bless.sh                 every program under tests/conformance
#   tests/tools/bless.sh FILE.js ...     just these
# For each FILE.js it writes FILE.out (stdout) and, when Node exits non-zero,
# FILE.err (the `Uncaught ...` line); a stale FILE.err is removed otherwise.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ $# -eq 0 ]; then
  mapfile -t files < <(find "$root/tests/conformance" -name '*.js' | sort)
else
  files=("$@")
fi
for f in "${files[@]}"; do
  base="${f%.js}"
  set +e
  node "$here/node_run.js" "$f" >"$base.out" 2>"$base.stderr.tmp"
  status=$?
  set -e
  if [ $status -ne 0 ]; then
    grep '^Uncaught ' "$base.stderr.tmp" | head -n 1 >"$base.err" || true
    if [ ! -s "$base.err" ]; then
      echo "bless: $f: node exited $status without an Uncaught line:" >&2
      cat "$base.stderr.tmp" >&2
      rm -f "$base.stderr.tmp"
      exit 1
    fi
  else
    rm -f "$base.err"
  fi
  rm -f "$base.stderr.tmp"
done
echo "blessed ${#files[@]} program(s)"
