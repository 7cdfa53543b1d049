#!/usr/bin/env python3
"""Compare gungraun's instruction counts with benches/baseline.

Usage: scripts/bench_gate.py [--bless] [--baseline FILE] SUMMARY_DIR

SUMMARY_DIR is a GUNGRAUN_HOME that `cargo bench -- --save-summary=json` has
just written (scripts/bench-gate.sh makes one). Every benchmark is named
GROUP/FUNCTION/ID (e.g. `run/interp/richards`, `whole/interp/startup`) and
counted by callgrind's `Ir` (instructions executed), summed over threads.

Checks, each one failing the gate (exit status 1):
- a benchmark's count grew more than `max_growth_percent` (3) over its
  baseline;
- a benchmark has no baseline, or a baseline entry no longer ran (bless
  after adding, renaming or removing benchmarks);
- `run/jit/ID` is not below `jit_target_ratio` times `run/interp/ID` (the
  in-process runs of the `run` group; the whole-process `whole` group
  includes parsing and start-up, which the JIT does not speed up, so it is
  not held to the ratio). A line `jit_target_ratio/ID R` sets the target of
  one program where it differs from the project's goal (`jit_target_ratio`);
  --bless keeps these lines: changing a target is a reviewed edit.

--bless rewrites the baseline with the current counts, keeping its settings.
Prints a markdown table either way.
"""

import argparse
import json
import os
import sys

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(SCRIPT_DIR)
DEFAULT_BASELINE = os.path.join(REPO_ROOT, "benches", "baseline")

SETTINGS = {"max_growth_percent": 3.0, "jit_target_ratio": 0.2}

HEADER = """\
# Instruction counts (callgrind Ir, all threads) of the gungraun benchmarks
# in benches/engine.rs (group `run`: in-process, setup excluded) and
# benches/whole.rs (group `whole`: whole `protojit run` processes).
#
# scripts/bench-gate.sh (part of scripts/test.sh, so CI) fails when a count
# grows more than max_growth_percent over the number here, and when
# run/jit/ID is not below jit_target_ratio times run/interp/ID (the goal;
# jit_target_ratio/ID lines set a program's own target until it meets it).
#
# Regenerate after an intended change: scripts/bench-gate.sh --bless
"""


def load_baseline(path):
    settings = dict(SETTINGS)
    counts = {}
    targets = {}
    if not os.path.exists(path):
        return settings, counts
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2:
                sys.exit("%s:%d: expected `NAME VALUE`, got %r" % (path, n, raw.rstrip()))
            name, value = parts
            try:
                if name in SETTINGS:
                    settings[name] = float(value)
                elif name.startswith("jit_target_ratio/"):
                    targets[name.split("/", 1)[1]] = float(value)
                else:
                    counts[name] = int(value)
            except ValueError:
                sys.exit("%s:%d: bad number %r" % (path, n, value))
    return settings, counts, targets


def write_baseline(path, settings, counts, targets):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("\n")
        for k in ("max_growth_percent", "jit_target_ratio"):
            f.write("%s %s\n" % (k, ("%g" % settings[k])))
        if targets:
            f.write("\n# Per-program JIT targets where the goal above is not met yet.\n")
            for ident in sorted(targets):
                f.write("jit_target_ratio/%s %g\n" % (ident, targets[ident]))
        f.write("\n")
        width = max((len(k) for k in counts), default=0)
        for name in sorted(counts):
            f.write("%-*s %d\n" % (width, name, counts[name]))


def instructions(summary):
    """Callgrind's total Ir from one summary.json, or None."""
    for profile in summary.get("profiles") or []:
        if profile.get("tool") != "Callgrind":
            continue
        total = (profile.get("data") or {}).get("total") or {}
        metrics = total.get("metrics") or {}
        ir = (metrics.get("Ir") or {}).get("values") or {}
        new = ir.get("new")
        if isinstance(new, int):
            return new
        # Some versions wrap the metrics by tool.
        for v in metrics.values():
            if isinstance(v, dict) and "Ir" in v:
                new = ((v["Ir"] or {}).get("values") or {}).get("new")
                if isinstance(new, int):
                    return new
    return None


def load_results(home):
    results = {}
    problems = []
    for root, _dirs, files in os.walk(home):
        if "summary.json" not in files:
            continue
        path = os.path.join(root, "summary.json")
        try:
            with open(path, encoding="utf-8") as f:
                s = json.load(f)
        except (OSError, ValueError) as e:
            problems.append("unreadable %s: %s" % (path, e))
            continue
        name = "%s/%s/%s" % (s.get("group"), s.get("function_name"), s.get("id") or "-")
        ir = instructions(s)
        if ir is None:
            problems.append("no callgrind instruction count in %s" % path)
            continue
        if name in results:
            problems.append("benchmark %s reported twice (stale %s?)" % (name, home))
        results[name] = ir
    return results, problems


def pct(new, old):
    return 100.0 * (new - old) / old if old else float("inf")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("summary_dir")
    ap.add_argument("--baseline", default=DEFAULT_BASELINE)
    ap.add_argument("--bless", action="store_true",
                    help="write the current counts to the baseline")
    args = ap.parse_args()

    settings, baseline, targets = load_baseline(args.baseline)
    results, problems = load_results(args.summary_dir)
    if not results:
        problems.append("no benchmark summaries under %s" % args.summary_dir)

    limit = settings["max_growth_percent"]
    ratio_target = settings["jit_target_ratio"]
    failures = list(problems)

    print("| benchmark | baseline | current | change | status |")
    print("|---|---:|---:|---:|---|")
    for name in sorted(set(results) | set(baseline)):
        new = results.get(name)
        old = baseline.get(name)
        if new is None:
            status = "NOT RUN"
            if not args.bless:
                failures.append("%s is in the baseline but did not run" % name)
            change = "—"
        elif old is None:
            status = "NEW (no baseline)"
            if not args.bless:
                failures.append("%s has no baseline" % name)
            change = "—"
        else:
            d = pct(new, old)
            change = "%+.2f%%" % d
            if d > limit:
                status = "FAIL (> +%g%%)" % limit
                if not args.bless:
                    failures.append("%s: %d instructions, %+.2f%% over its baseline %d"
                                    % (name, new, d, old))
            elif d < -limit:
                status = "ok (faster: bless to lock it in)"
            else:
                status = "ok"
        print("| `%s` | %s | %s | %s | %s |" % (
            name, "{:,}".format(old) if old is not None else "—",
            "{:,}".format(new) if new is not None else "—", change, status))
    print()

    jit = sorted(n for n in results if n.startswith("run/jit/"))
    if jit:
        print("JIT / interpreter instruction ratios (goal: below %g)" % ratio_target)
        print()
        print("| program | interp | jit | ratio | target | status |")
        print("|---|---:|---:|---:|---:|---|")
        for name in jit:
            ident = name[len("run/jit/"):]
            interp = results.get("run/interp/" + ident)
            if interp is None:
                failures.append("%s has no run/interp/%s to compare with" % (name, ident))
                continue
            r = results[name] / interp
            target = targets.get(ident, ratio_target)
            ok = r < target
            if not ok:
                failures.append("%s: jit/interp = %.3f, not below the target %g"
                                % (name, r, target))
            print("| %s | %s | %s | %.3f | %g | %s |" % (
                ident, "{:,}".format(interp), "{:,}".format(results[name]), r, target,
                "ok" if ok else "FAIL"))
        print()

    if args.bless:
        write_baseline(args.baseline, settings, results, targets)
        print("bench gate: wrote %d counts to %s" % (len(results), os.path.relpath(args.baseline)))
        for p in problems:
            print("bench gate: warning: " + p)
        return 1 if problems else 0

    checked = len(set(results) | set(baseline)) + len(jit)
    if failures:
        print("bench gate: FAILED")
        for f in failures:
            print("- " + f)
        print("(if the change is intended: scripts/bench-gate.sh --bless, and commit "
              "benches/baseline)")
    else:
        print("bench gate: every count within +%g%% of benches/baseline" % limit)
    # The plain closing line CI's log reader understands.
    print("bench-gate: %d passed, %d failed" % (max(checked - len(failures), 0), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
