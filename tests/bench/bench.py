"""Footholds benchmarks: one run, one table, every figure beside what it is compared with.

    python tests/bench/bench.py [--quick] [--json FILE]
    python tests/bench/bench.py --make-store DIR --years N

Each section is a module in this folder with `run(quick: bool) -> benchlib.Section`; add a
module name to SECTIONS to add a section. --make-store writes a realistic store of N years into
DIR as a FOOTHOLDS_HOME layout (DIR/data/store/...), e.g. to try the app on ten years of data.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
try:
    import footholds  # noqa: F401  (PYTHONPATH=desktop, or an installed package)
except ImportError:
    sys.path.insert(1, str(HERE.parents[1] / "desktop"))

from benchlib import Section, render  # noqa: E402

SECTIONS = ("bench_store",)


def main(argv: list[str] | None = None) -> int:
    """Run every section (or make a store) and print the table; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repetitions")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure here")
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

    started = time.perf_counter()
    sections: list[Section] = []
    for name in SECTIONS:
        module = importlib.import_module(name)
        sections.append(module.run(quick=args.quick))
    took = time.perf_counter() - started
    machine = f"Python {platform.python_version()} on {platform.system()} {platform.machine()}"
    print(f"Footholds benchmark{' (quick)' if args.quick else ''}: {machine}, {took:.0f} s\n")
    print(render(sections))
    missed = [
        f"{s.name}.{name}"
        for s in sections
        for name, t in s.figures.get("targets", {}).items()
        if s.figures.get("targets_apply", True) and not t["pass"]
    ]
    print("All targets met." if not missed else f"Targets missed: {', '.join(missed)}")
    if args.json:
        report = {
            "quick": args.quick,
            "python": platform.python_version(),
            "seconds": round(took, 1),
            "sections": {s.name: s.figures for s in sections},
            "missed": missed,
        }
        args.json.write_text(json.dumps(report, indent=2, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
