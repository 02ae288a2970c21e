"""Start to tray icon: the real Footholds beside a bare PySide6 tray, in the same desktop.

Both are timed the same way: from process launch until a new icon is embedded in the tray
(read from the X server with xwininfo, as a person would see it). The app is also timed until
it answers on its instance socket (the store is open, commands work), with an empty store and
with ten years of history. Launches are interleaved so all three see the same machine.
Needs the shared desktop session; without it the section says so and records nothing.

    python tests/bench/bench_startup.py [--quick] [--home DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from apprun import (
    BARE_TRAY,  # noqa: F401  (bench_idle imports it from here)
    NO_DESKTOP,
    ROOT,  # noqa: F401  (bench_idle imports it from here)
    answers,
    child_env,
    desktop_problem,
    find_panel,
    returning_home,
    start_app,
    start_bare,
    stop,
    tray_icons,
)
from benchlib import Row, Section, ms, quick_run, ratio, render, skipped
from store_data import QUICK_YEARS, STORE_YEARS, copy_store

TARGET_RATIO = 1.5  # "close to a bare PySide6 tray": at most half as long again
LIMIT_S = 30
TITLE = "Start-up: launch to tray icon (desktop session, X11 tray)"


def _tray_children(env: dict[str, str]) -> int:
    """How many icons the tray holds now (finds the tray each time)."""
    return tray_icons(env, find_panel(env))


def time_to_tray(
    env: dict[str, str], panel: str, home: Path | None = None
) -> tuple[float, float | None]:
    """Seconds from launch to a new tray icon, and for the app (home given) to answering."""
    before = tray_icons(env, panel)
    if home is not None:
        env = {**env, "FOOTHOLDS_HOME": str(home)}
    started = time.perf_counter()
    proc = start_bare(env) if home is None else start_app(env)
    tray: float | None = None
    ready: float | None = None
    try:
        while tray is None or (home is not None and ready is None):
            if tray is None and tray_icons(env, panel) > before:
                tray = time.perf_counter() - started
            if home is not None and ready is None and answers(home):
                ready = time.perf_counter() - started
            if proc.poll() is not None:
                raise RuntimeError(f"exited with {proc.returncode} before its tray icon")
            if time.perf_counter() - started > LIMIT_S:
                raise RuntimeError(f"no tray icon after {LIMIT_S} s")
            time.sleep(0.005)
        return tray, ready
    finally:
        stop(proc, env if home is not None else None)
        end = time.monotonic() + LIMIT_S
        while tray_icons(env, panel) > before and time.monotonic() < end:
            time.sleep(0.02)


def measure(quick: bool, home: Path | None = None) -> dict[str, float]:
    """Median seconds to the tray for the bare tray, the app empty and the app at 10 years."""
    env = child_env(None, "xcb")
    panel = find_panel(env)
    years = QUICK_YEARS if quick else STORE_YEARS
    runs = 1 if quick else 7
    with tempfile.TemporaryDirectory(prefix="footholds-bench-start-") as tmp:
        empty = returning_home(Path(tmp) / "empty")
        if home is None:
            home = Path(tmp) / "history"
            entries = copy_store(years, home)
            returning_home(home)
        else:
            entries = -1  # someone else's store: not counted
        samples: dict[str, list[float]] = {
            k: [] for k in ("bare", "app", "ready", "big", "big_ready")
        }
        for n in range(runs + (0 if quick else 1)):  # one warm-up round first, not counted
            bare, _ = time_to_tray(env, panel)
            app, ready = time_to_tray(env, panel, empty)
            big, big_ready = time_to_tray(env, panel, home)
            if n or quick:
                for key, value in zip(samples, (bare, app, ready, big, big_ready), strict=True):
                    samples[key].append(float(value or 0))
    med = {key: statistics.median(values) for key, values in samples.items()}
    return {
        "runs": runs,
        "years": years,
        "entries": entries,
        "start_to_tray_bare_s": med["bare"],
        "start_to_tray_app_s": med["app"],
        "start_to_ready_app_s": med["ready"],
        "start_to_tray_10y_s": med["big"],
        "start_to_ready_10y_s": med["big_ready"],
        "start_to_tray_ratio": med["app"] / med["bare"],
        "start_to_tray_10y_ratio": med["big"] / med["bare"],
    }


def run(quick: bool) -> Section:
    """The start-up section: skipped, with the reason, when there is no desktop session."""
    section = Section("startup", TITLE)
    why = desktop_problem()
    if why:
        return skipped(section, f"{NO_DESKTOP} ({why})")
    return describe(section, measure(quick), quick)


def describe(section: Section, fig: dict[str, float], quick: bool) -> Section:
    """Rows, targets and notes for the figures of measure()."""
    section.figures.update(fig, quick=quick)
    size = f"{fig['years']:g}y" if fig["entries"] >= 0 else "given"
    bare = fig["start_to_tray_bare_s"] * 1000
    beside = f"bare PySide6 tray {ms(bare)}"
    ok_empty = section.check("start_to_tray_ratio", fig["start_to_tray_ratio"], TARGET_RATIO)
    ok_big = section.check("start_to_tray_10y_ratio", fig["start_to_tray_10y_ratio"], TARGET_RATIO)
    target = f"<= {TARGET_RATIO:g}x bare"
    app, big = fig["start_to_tray_app_s"] * 1000, fig["start_to_tray_10y_s"] * 1000
    section.rows += [
        Row("start to tray icon", "empty", ms(app), beside, ratio(app, bare), target, ok_empty),
        Row("start to tray icon", size, ms(big), beside, ratio(big, bare), target, ok_big),
        Row("start to ready (answers a command)", "empty", ms(fig["start_to_ready_app_s"] * 1000)),
        Row(
            "start to ready (answers a command)",
            size,
            ms(fig["start_to_ready_10y_s"] * 1000),
            f"{fig['entries']:,} entries" if fig["entries"] >= 0 else "",
        ),
    ]
    section.figures["targets_apply"] = not quick
    section.notes.append(
        f"Median of {fig['runs']} interleaved launches"
        f"{'' if quick else ' after one warm-up round'}; the icon is read from the X server."
    )
    if quick:
        quick_run(section)
    return section


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="one launch each, a tiny store")
    p.add_argument("--home", type=Path, help="start with this FOOTHOLDS_HOME as the history")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args()
    why = desktop_problem()
    if why:
        sys.exit(f"{NO_DESKTOP}: {why}")
    section = Section("startup", TITLE)
    describe(section, measure(args.quick, args.home), args.quick)
    print(render([section]))
    if args.json:
        args.json.write_text(json.dumps(section.figures, indent=1))


if __name__ == "__main__":
    main()
