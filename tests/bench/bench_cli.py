"""Command-line figures: `footholds log` (the app not running, the shared ten-year store)
beside `python3 -c pass`, in the same run, interleaved so both see the same machine load.
Also `footholds proof list` and `footholds export --format json`. Target: `footholds log`
within 3x of starting Python at all.

    python tests/bench/bench_cli.py [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import Row, Section, median, ms, quick_run, ratio, render
from store_data import QUICK_YEARS, STORE_YEARS, copy_store

import footholds

TARGET_RATIO = 3.0
TITLE = "Command line (app not running)"
SOURCE = str(Path(footholds.__file__).resolve().parents[1])
COMMANDS = {
    "pass": ["-c", "pass"],
    "log": ["-m", "footholds", "log", "--feel", "calm", "--energy", "3", "a bench note"],
    "proof_list": ["-m", "footholds", "proof", "list"],
    "export_json": ["-m", "footholds", "export", "--format", "json"],
}


def once(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child Python."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode()[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(quick: bool) -> dict[str, Any]:
    years = QUICK_YEARS if quick else STORE_YEARS
    runs = 3 if quick else 15
    with tempfile.TemporaryDirectory(prefix="footholds-bench-cli-") as tmp:
        home = Path(tmp) / "home"
        entries = copy_store(years, home)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        # Compiled once, as an installed package is: a checkout run with bytecode writing
        # turned off would measure compiling every module on every run instead.
        env.update(
            FOOTHOLDS_HOME=str(home),
            PYTHONPATH=SOURCE,
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
            QT_QPA_PLATFORM="offscreen",
        )
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in COMMANDS}
        for args in COMMANDS.values():  # compile, and warm the file cache
            once(args, env)
        for _ in range(runs):  # interleaved: a busy moment falls on all of them alike
            for name, args in COMMANDS.items():
                samples[name].append(once(args, env))
    figures: dict[str, Any] = {"years": years, "entries": entries, "runs": runs}
    for name, pairs in samples.items():
        figures[f"{name}_wall_ms"] = median([w for w, _ in pairs]) * 1000
        figures[f"{name}_cpu_ms"] = median([c for _, c in pairs]) * 1000
    figures["log_ratio"] = figures["log_wall_ms"] / figures["pass_wall_ms"]
    figures["log_cpu_ratio"] = figures["log_cpu_ms"] / figures["pass_cpu_ms"]
    return figures


def describe(section: Section, fig: dict[str, Any], quick: bool) -> Section:
    section.figures.update(fig, quick=quick, targets_apply=not quick)
    ok = section.check("log_ratio", fig["log_ratio"], TARGET_RATIO)
    size = f"{fig['years']:g}y"
    base = fig["pass_wall_ms"]
    section.rows += [
        Row(
            "footholds log, wall",
            size,
            ms(fig["log_wall_ms"]),
            f"python3 -c pass {ms(base)}",
            ratio(fig["log_wall_ms"], base),
            f"<= {TARGET_RATIO:g}x",
            ok,
        ),
        Row(
            "  CPU (user+system)",
            size,
            ms(fig["log_cpu_ms"]),
            f"python3 -c pass {ms(fig['pass_cpu_ms'])}",
            ratio(fig["log_cpu_ms"], fig["pass_cpu_ms"]),
        ),
        Row(
            "footholds proof list",
            size,
            ms(fig["proof_list_wall_ms"]),
            f"python3 -c pass {ms(base)}",
            ratio(fig["proof_list_wall_ms"], base),
        ),
        Row(
            "footholds export --format json",
            size,
            ms(fig["export_json_wall_ms"]),
            f"python3 -c pass {ms(base)}",
            ratio(fig["export_json_wall_ms"], base),
        ),
    ]
    section.notes.append(
        f"Median of {fig['runs']} interleaved runs each; every command is a new Python with "
        "this checkout on PYTHONPATH, its bytecode compiled first (as installed); wall time "
        "includes the machine's load."
    )
    if quick:
        quick_run(section)
    return section


def run(quick: bool) -> Section:
    return describe(Section("cli", TITLE), measure(quick), quick)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a tiny store, three runs")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args()
    section = run(args.quick)
    print(render([section]))
    if args.json:
        args.json.write_text(json.dumps(section.figures, indent=1))


if __name__ == "__main__":
    main()
