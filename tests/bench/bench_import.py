"""Importing a big Daylio export: 200,000 rows planned and imported, beside Python's csv module
reading the same file (the floor for any CSV import), and the memory it takes.

Each figure is measured in a fresh child Python, so its peak memory is the import's own and
not what earlier sections left behind. The rows span about 37 years, so the import writes
about 450 month files. Target: plan + import of 200,000 rows in under 20 s, with resident
memory growing by less than 150 MB.

    python tests/bench/bench_import.py [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import Row, Section, ms, quick_run, ratio, render

ROWS = 200_000
QUICK_ROWS = 5_000
TARGET_S = 20.0
TARGET_GROWTH_MB = 150.0
TITLE = "Importing a Daylio export"
MOODS = ("rad", "good", "meh", "bad", "awful")

# The child: csv floor, plan into an empty store, import, plan again (all already there).
CHILD = r"""
import csv, json, resource, sys, time
from pathlib import Path
from footholds.core import importers
from footholds.core.store import LogEntry, Store

source, folder = Path(sys.argv[1]), Path(sys.argv[2])

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

start = time.perf_counter()
with open(source, newline="", encoding="utf-8") as f:
    rows = sum(1 for _ in csv.reader(f)) - 1
csv_s = time.perf_counter() - start
store = Store(folder / "store", aside_dir=folder / "aside")  # durable: fsync, as for real
store.open()
base = peak_mb()
start = time.perf_counter()
plan = importers.plan(store, source)
plan_s = time.perf_counter() - start
start = time.perf_counter()
added = importers.apply(store, plan)
apply_s = time.perf_counter() - start
start = time.perf_counter()
again = importers.plan(store, source)
again_s = time.perf_counter() - start
print(json.dumps({
    "rows": rows, "csv_s": csv_s, "plan_s": plan_s, "apply_s": apply_s,
    "plan_again_s": again_s, "added": sum(added.values()),
    "duplicates": sum(again.duplicates.values()), "months": len(store.months(LogEntry)),
    "base_rss_mb": base, "peak_rss_mb": peak_mb(),
}))
"""


def write_daylio(path: Path, rows: int) -> int:
    """A Daylio-shaped export, newest first, one entry every ~97 minutes; returns its bytes."""
    start = datetime(2026, 11, 30, 21, 0)
    with open(path, "w", newline="", encoding="utf-8") as out:
        out.write("full_date,date,weekday,time,mood,activities,note_title,note\n")
        for n in range(rows):
            at = start - timedelta(minutes=97 * n)
            note = "" if n % 3 else f'"Row {n}, a note with a comma<br>and a second line"'
            out.write(
                f"{at:%Y-%m-%d},{at:%B %d},{at:%A},{at:%I:%M %p},{MOODS[n % 5]},"
                f"walk | tea,,{note}\n"
            )
    return path.stat().st_size


def measure(quick: bool) -> dict[str, Any]:
    rows = QUICK_ROWS if quick else ROWS
    with tempfile.TemporaryDirectory(prefix="footholds-bench-import-") as tmp:
        source = Path(tmp) / "daylio.csv"
        size = write_daylio(source, rows)
        env = dict(os.environ)
        code = str(Path(__file__).resolve().parents[2] / "desktop")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [code, env.get("PYTHONPATH", "")]))
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(source), tmp],
            capture_output=True,
            text=True,
            env=env,
            timeout=900,
            check=True,
        )
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    figures.update(file_mb=size / (1 << 20), quick=quick)
    figures["total_s"] = figures["plan_s"] + figures["apply_s"]
    figures["growth_mb"] = figures["peak_rss_mb"] - figures["base_rss_mb"]
    return figures


def describe(section: Section, fig: dict[str, Any], quick: bool) -> Section:
    section.figures.update(fig, targets_apply=not quick)
    ok_time = section.check("total_s", fig["total_s"], TARGET_S)
    ok_memory = section.check("growth_mb", fig["growth_mb"], TARGET_GROWTH_MB)
    size = f"{fig['rows']:,} rows"
    csv_ms = fig["csv_s"] * 1000
    section.rows += [
        Row(
            "plan + import",
            size,
            ms(fig["total_s"] * 1000),
            f"csv module reading it {ms(csv_ms)}",
            f"{ratio(fig['total_s'] * 1000, csv_ms)} the floor",
            f"<= {TARGET_S:g} s",
            ok_time,
        ),
        Row("  plan (preview)", size, ms(fig["plan_s"] * 1000)),
        Row("  import", size, ms(fig["apply_s"] * 1000), f"{fig['months']:,} month files"),
        Row("  plan again, all there", size, ms(fig["plan_again_s"] * 1000)),
        Row(
            "  memory growth (peak RSS)",
            size,
            f"{fig['growth_mb']:.0f} MB",
            f"file {fig['file_mb']:.0f} MB",
            "",
            f"<= {TARGET_GROWTH_MB:g} MB",
            ok_memory,
        ),
    ]
    section.notes.append("One run in a fresh child Python, durable saves (fsync) as in the app.")
    if quick:
        quick_run(section)
    return section


def run(quick: bool) -> Section:
    """The import section."""
    return describe(Section("import", TITLE), measure(quick), quick)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args()
    section = run(args.quick)
    print(render([section]))
    if args.json:
        args.json.write_text(json.dumps(section.figures, indent=1))


if __name__ == "__main__":
    main()
