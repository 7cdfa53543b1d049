#!/usr/bin/env python3
"""The conformance corpus outside `cargo test`: runs every
tests/conformance/**/*.js with a given protojit binary (optionally through
an emulator such as qemu-aarch64) in every execution mode, with exactly the
rules of tests/conformance.rs:

- stdout must equal FILE.out byte for byte;
- a program with FILE.err must exit 1 and print that file's first line as
  the first line of stderr; every other program must exit 0;
- tests/known_failures.txt lists `<mode> <program>  # reason` entries that
  may fail; a listed entry that passes is an error (the list only shrinks).

Prints `<label>: N passed, M failed` per mode and exits 1 on any unexpected
failure or unexpected pass.

    ci/conformance.py --bin PATH [--runner "qemu-aarch64 -L ..."]
                      [--jobs 2] [--timeout 300] [--label NAME] [--mode M ...]
"""

import argparse
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Same names and flags as MODES in tests/conformance.rs.
MODES = [
    ("interp", ["--interp"]),
    ("gc-stress", ["--interp", "--gc-stress"]),
    ("jit", ["--jit"]),
    ("jit-sync", ["--jit", "--jit-sync"]),
    ("jit-eager", ["--jit", "--jit-threshold=0"]),
    ("jit-gc-stress", ["--jit", "--jit-threshold=0", "--gc-stress"]),
]


def programs():
    out = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, "tests/conformance")):
        dirnames.sort()
        for f in filenames:
            if f.endswith(".js"):
                out.append(os.path.join(dirpath, f))
    out.sort()
    return out


def known_failures():
    path = os.path.join(ROOT, "tests/known_failures.txt")
    known = set()
    if not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                parts = line.split()
                known.add((parts[0], parts[1]))
    return known


def first_line(text):
    lines = text.splitlines()
    return lines[0] if lines else ""


def check(file, stdout, stderr, status, timed_out, timeout):
    """Why a run does not match Node's, or None (as check() in conformance.rs)."""
    if timed_out:
        return f"timed out after {timeout}s"
    base = file[: -len(".js")]
    try:
        with open(base + ".out", "rb") as fh:
            expected = fh.read()
    except FileNotFoundError:
        expected = b""
    expected_err = None
    if os.path.exists(base + ".err"):
        with open(base + ".err", encoding="utf-8", errors="replace") as fh:
            expected_err = fh.read()
    expected_status = 1 if expected_err is not None else 0
    problems = []
    if status != expected_status:
        problems.append(
            f"exit status {status}, expected {expected_status} (stderr: {first_line(stderr)})"
        )
    if stdout != expected:
        got = stdout.decode("utf-8", "replace").splitlines()
        want = expected.decode("utf-8", "replace").splitlines()
        i = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
        problems.append(
            f"stdout differs at line {i + 1}:\n      got:  {got[i] if i < len(got) else '<end>'!r}"
            f"\n      want: {want[i] if i < len(want) else '<end>'!r}"
        )
    if expected_err is not None:
        want = first_line(expected_err)
        got = first_line(stderr)
        if got != want:
            problems.append(f"stderr first line:\n      got:  {got!r}\n      want: {want!r}")
    return "\n    ".join(problems) if problems else None


def run_one(runner, binary, flags, file, timeout):
    cmd = runner + [binary, "run"] + flags + [file]
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return check(file, b"", "", None, True, timeout)
    # A signal death has no exit code in Rust's Output::status.code(): None.
    status = p.returncode if p.returncode >= 0 else None
    return check(file, p.stdout, p.stderr.decode("utf-8", "replace"), status, False, timeout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--runner", default="", help="command prefix, e.g. an emulator")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--label", default="corpus")
    ap.add_argument("--mode", action="append", help="run only these modes")
    args = ap.parse_args()

    runner = shlex.split(args.runner)
    binary = os.path.abspath(args.bin)
    files = programs()
    if len(files) < 200:
        print(f"the corpus has only {len(files)} programs", file=sys.stderr)
        return 1
    known = known_failures()
    modes = [m for m in MODES if not args.mode or m[0] in args.mode]
    if args.mode and len(modes) != len(args.mode):
        print(f"unknown mode in {args.mode}", file=sys.stderr)
        return 2

    bad = False
    total_passed = total_failed = 0
    for mode, flags in modes:
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(
                pool.map(lambda f: (f, run_one(runner, binary, flags, f, args.timeout)), files)
            )
        failures, unexpected_passes = [], []
        passed = 0
        for file, problem in results:
            rel = os.path.relpath(file, ROOT)
            is_known = (mode, rel) in known
            if problem is None:
                passed += 1
                if is_known:
                    unexpected_passes.append(rel)
            elif not is_known:
                failures.append(f"[{mode}] {rel}\n    {problem}")
        for f in failures:
            print(f, flush=True)
        for rel in unexpected_passes:
            print(f"[{mode}] {rel}: a known failure now passes; "
                  "remove it from tests/known_failures.txt", flush=True)
        print(f"{args.label} [{mode}]: {passed} passed, {len(results) - passed} failed", flush=True)
        bad = bad or bool(failures) or bool(unexpected_passes)
        total_passed += passed
        total_failed += len(results) - passed
    print(f"corpus: {total_passed} passed, {total_failed} failed", flush=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
