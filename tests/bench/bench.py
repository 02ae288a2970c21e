"""Footholds benchmarks: one run, one table, every figure beside what it is compared with.

    python tests/bench/bench.py [--quick] [--json FILE] [--only store,startup,...]
    python tests/bench/bench.py --make-store DIR --years N

Each section is a module in this folder with `run(quick: bool) -> benchlib.Section`; add a
module name to SECTIONS to add a section. Sections that need the desktop session (start-up)
say "no desktop: skipped" without one; the ten-year store is built once and kept in
~/.cache/footholds-bench (store_data.shared_store). --make-store writes a realistic store of
N years into DIR as a FOOTHOLDS_HOME layout (DIR/data/store/...), e.g. to try the app on ten
years of data.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
try:
    import footholds  # noqa: F401  (PYTHONPATH=desktop, or an installed package)
except ImportError:
    sys.path.insert(1, str(HERE.parents[1] / "desktop"))

from benchlib import Section, render  # noqa: E402

# The order they run and print in; memory and idle both measure the app left running.
SECTIONS = (
    "bench_store",
    "bench_startup",
    "bench_quicklog",
    "bench_export",
    "bench_lock",
    "bench_cli",
    "bench_import",
    "bench_memory",
    "bench_idle",
)


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, or "" where the system has none."""
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except (AttributeError, OSError):
        return ""


def run_section(name: str, quick: bool) -> Section:
    """One section; a section that breaks is reported in the table, not lost with the rest."""
    try:
        section: Section = importlib.import_module(name).run(quick=quick)
        return section
    except Exception as exc:  # any failure: keep the other sections' figures
        section = Section(name.removeprefix("bench_"), f"{name}: could not run")
        section.figures["error"] = f"{type(exc).__name__}: {exc}"
        section.notes.append(f"ERROR {section.figures['error']}")
        traceback.print_exc()
        return section


def main(argv: list[str] | None = None) -> int:
    """Run every section (or make a store) and print the table; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repetitions")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure here")
    parser.add_argument(
        "--only", metavar="NAMES", help="run these sections only, e.g. startup,memory"
    )
    parser.add_argument("--make-store", type=Path, metavar="DIR", help="write a store and stop")
    parser.add_argument("--years", type=float, default=10.0, help="history for --make-store")
    args = parser.parse_args(argv)

    if args.make_store:
        from store_data import make_store

        started = time.perf_counter()
        entries = make_store(args.make_store, args.years)
        took = time.perf_counter() - started
        where = args.make_store
        print(f"Wrote {entries:,} entries ({args.years:g} years) under {where} in {took:.1f} s")
        return 0

    started, load_before = time.perf_counter(), load_average()
    chosen: tuple[str, ...] = SECTIONS
    if args.only:
        wanted = {f"bench_{name.strip()}" for name in args.only.split(",")}
        if wanted - set(SECTIONS):
            parser.error(f"no such section: {', '.join(sorted(wanted - set(SECTIONS)))}")
        chosen = tuple(name for name in SECTIONS if name in wanted)
    sections = [run_section(name, args.quick) for name in chosen]
    took = time.perf_counter() - started
    machine = (
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs"
    )
    load = f"load average {load_before} at start, {load_average()} at end"
    print(
        f"Footholds benchmark{' (quick)' if args.quick else ''}, {date.today().isoformat()}: "
        f"{machine}; {load}; {took:.0f} s\n"
    )
    print(render(sections))
    missed = [
        f"{s.name}.{name}"
        for s in sections
        for name, t in s.figures.get("targets", {}).items()
        if s.figures.get("targets_apply", True) and not t["pass"]
    ]
    errors = [s.name for s in sections if "error" in s.figures]
    print("All targets met." if not missed else f"Targets missed: {', '.join(missed)}")
    if errors:
        print(f"Sections that could not run: {', '.join(errors)}")
    if args.json:
        report = {
            "quick": args.quick,
            "python": platform.python_version(),
            "seconds": round(took, 1),
            "load_average": {"start": load_before, "end": load_average()},
            "sections": {s.name: s.figures for s in sections},
            "missed": missed,
            "errors": errors,
        }
        args.json.write_text(json.dumps(report, indent=2, default=float))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
