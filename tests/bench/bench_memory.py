"""Resident memory of the idle running app beside a bare PySide6 tray process.

The app (ten years of history, then an empty store) and a bare tray run side by side; once
both are up and start-up work is over (the app answers on its socket and has built its quick
log ahead), VmRSS of each is read from /proc a few times. In the desktop session both draw on
its X display and sit in its tray; without one both draw offscreen, and the note says so.

    python tests/bench/bench_memory.py [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from apprun import (
    answers,
    child_env,
    desktop_problem,
    find_panel,
    memory_kb,
    returning_home,
    rss_by_mapping,
    send,
    start_app,
    start_bare,
    stop,
    tray_icons,
    wait_for,
)
from benchlib import Row, Section, quick_run, render
from store_data import QUICK_YEARS, STORE_YEARS, copy_store

TARGET_RATIO = 1.2  # the product's number (README, Performance): idle at most 1.2x a bare tray
TARGET_AFTER_CLOSE_MB = 10.0  # every window opened and closed: back within 10 MB of idle
TITLE = "Memory: the idle running app beside a bare PySide6 tray"


def idle_memory(env: dict[str, str], home: Path, samples: int, settle_s: float) -> dict[str, Any]:
    """Median VmRSS, VmHWM, RssAnon, RssFile (MB) of the app at `home` and a bare tray beside
    it, and what the app has resident beyond the bare tray, by mapping."""
    desktop = env["QT_QPA_PLATFORM"] == "xcb"
    panel = find_panel(env) if desktop else ""
    before = tray_icons(env, panel) if desktop else 0
    app_env = {**env, "FOOTHOLDS_HOME": str(home)}
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        procs["bare"] = start_bare(env)
        procs["app"] = start_app(app_env)
        wait_for(lambda: answers(home), "the app answering")
        if desktop:
            wait_for(lambda: tray_icons(env, panel) >= before + 2, "both tray icons")
        time.sleep(settle_s)  # past the quick log's build-ahead (300 ms) and start-up work
        readings: dict[str, list[dict[str, int]]] = {name: [] for name in procs}
        mappings = {name: rss_by_mapping(proc.pid) for name, proc in procs.items()}
        for n in range(samples):
            if n:
                time.sleep(1)
            for name, proc in procs.items():
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with {proc.returncode}")
                readings[name].append(memory_kb(proc.pid))
    finally:
        for name, proc in procs.items():
            stop(proc, app_env if name == "app" else None)
    figures: dict[str, Any] = {
        name: {
            key: statistics.median(r[key] for r in values) / 1024
            for key in ("VmRSS", "VmHWM", "RssAnon", "RssFile")
        }
        for name, values in readings.items()
    }
    extra = mappings["app"] - mappings["bare"]  # kB the app has resident beyond the bare tray
    figures["extra_by_mapping_mb"] = {k: round(v / 1024, 1) for k, v in extra.most_common(8)}
    return figures


def rss_mb(pid: int) -> float:
    return memory_kb(pid)["VmRSS"] / 1024


def windows_memory(env: dict[str, str], home: Path, quick: bool) -> dict[str, Any]:
    """VmRSS (MB) of the app idle, with every window opened, and a while after closing them
    all (60 s; 6 s in a quick run: past the 3 s give-back), a bare tray's beside it."""
    from footholds.ui.shell.registry import names

    settle_s, after_s = (1.5, 6.0) if quick else (5.0, 60.0)
    app_env = {**env, "FOOTHOLDS_HOME": str(home)}
    bare, app = start_bare(env), start_app(app_env)
    try:
        wait_for(lambda: answers(home), "the app answering")
        time.sleep(settle_s)
        figures = {"idle_mb": rss_mb(app.pid), "bare_mb": rss_mb(bare.pid)}
        idle = memory_kb(app.pid)
        for name in names():
            if not send(home, "show", what=name):
                raise RuntimeError(f"the app did not open {name}")
            time.sleep(0.3)
        time.sleep(settle_s)
        figures["open_mb"] = rss_mb(app.pid)
        if not send(home, "close-windows"):
            raise RuntimeError("the app did not close its windows")
        time.sleep(after_s)
        closed = memory_kb(app.pid)
        figures.update(closed_mb=closed["VmRSS"] / 1024, closed_after_s=after_s)
        # what stays: private memory (not given back) or pages of libraries now touched
        figures["closed_anon_extra_mb"] = (closed["RssAnon"] - idle["RssAnon"]) / 1024
        figures["closed_file_extra_mb"] = (closed["RssFile"] - idle["RssFile"]) / 1024
        figures["bare_end_mb"] = rss_mb(bare.pid)
    finally:
        stop(app, app_env)
        stop(bare)
    figures["windows"] = len(names())
    return figures


def measure(quick: bool) -> dict[str, Any]:
    """Idle memory with ten years of history and with an empty store, each beside a bare tray."""
    why = desktop_problem()
    env = child_env(None, "offscreen" if why else "xcb")
    years = QUICK_YEARS if quick else STORE_YEARS
    samples, settle_s = (1, 1.5) if quick else (5, 5.0)
    with tempfile.TemporaryDirectory(prefix="footholds-bench-memory-") as tmp:
        history = Path(tmp) / "history"
        entries = copy_store(years, history)
        history_mb = idle_memory(env, returning_home(history), samples, settle_s)
        empty_mb = idle_memory(env, returning_home(Path(tmp) / "empty"), samples, settle_s)
        opened = windows_memory(env, returning_home(history), quick)
    return {
        "platform": env["QT_QPA_PLATFORM"],
        "no_desktop": why,
        "years": years,
        "entries": entries,
        "samples": samples,
        "app_rss_mb": history_mb["app"]["VmRSS"],
        "bare_rss_mb": history_mb["bare"]["VmRSS"],
        "extra_rss_mb": history_mb["app"]["VmRSS"] - history_mb["bare"]["VmRSS"],
        "app_peak_mb": history_mb["app"]["VmHWM"],
        "bare_peak_mb": history_mb["bare"]["VmHWM"],
        "app_anon_mb": history_mb["app"]["RssAnon"],
        "bare_anon_mb": history_mb["bare"]["RssAnon"],
        "app_file_mb": history_mb["app"]["RssFile"],
        "bare_file_mb": history_mb["bare"]["RssFile"],
        "extra_by_mapping_mb": history_mb["extra_by_mapping_mb"],
        "empty_app_rss_mb": empty_mb["app"]["VmRSS"],
        "empty_bare_rss_mb": empty_mb["bare"]["VmRSS"],
        "empty_extra_rss_mb": empty_mb["app"]["VmRSS"] - empty_mb["bare"]["VmRSS"],
        "windows_idle_mb": opened["idle_mb"],
        "windows_open_mb": opened["open_mb"],
        "windows_closed_mb": opened["closed_mb"],
        "windows_closed_after_s": opened["closed_after_s"],
        "windows_bare_mb": opened["bare_end_mb"],
        "windows_count": opened["windows"],
        "after_close_extra_mb": opened["closed_mb"] - opened["idle_mb"],
        "after_close_anon_extra_mb": opened["closed_anon_extra_mb"],
        "after_close_file_extra_mb": opened["closed_file_extra_mb"],
    }


def describe(section: Section, fig: dict[str, Any], quick: bool) -> Section:
    """Rows, the target and notes for the figures of measure()."""
    section.figures.update(fig, quick=quick, targets_apply=not quick)
    ratio = fig["app_rss_mb"] / fig["bare_rss_mb"]
    ok = section.check("idle_ratio", ratio, TARGET_RATIO)
    back = section.check("after_close_extra_mb", fig["after_close_extra_mb"], TARGET_AFTER_CLOSE_MB)
    size = f"{fig['years']:g}y"
    section.rows += [
        Row(
            "resident memory (VmRSS), idle",
            size,
            f"{fig['app_rss_mb']:.1f} MB",
            f"bare PySide6 tray {fig['bare_rss_mb']:.1f} MB",
            f"+{fig['extra_rss_mb']:.1f} MB; {ratio:.2f}x",
            f"<= {TARGET_RATIO:g}x bare",
            ok,
        ),
        Row(
            "resident memory (VmRSS), idle",
            "empty",
            f"{fig['empty_app_rss_mb']:.1f} MB",
            f"bare PySide6 tray {fig['empty_bare_rss_mb']:.1f} MB",
            f"+{fig['empty_extra_rss_mb']:.1f} MB",
        ),
        Row(
            "  of it private (RssAnon)",
            size,
            f"{fig['app_anon_mb']:.1f} MB",
            f"bare PySide6 tray {fig['bare_anon_mb']:.1f} MB",
            f"+{fig['app_anon_mb'] - fig['bare_anon_mb']:.1f} MB",
        ),
        Row(
            "  of it mapped files (RssFile)",
            size,
            f"{fig['app_file_mb']:.1f} MB",
            f"bare PySide6 tray {fig['bare_file_mb']:.1f} MB",
            f"+{fig['app_file_mb'] - fig['bare_file_mb']:.1f} MB",
        ),
        Row(
            f"every window ({fig['windows_count']}) open",
            size,
            f"{fig['windows_open_mb']:.1f} MB",
            f"idle {fig['windows_idle_mb']:.1f} MB",
            f"+{fig['windows_open_mb'] - fig['windows_idle_mb']:.1f} MB",
        ),
        Row(
            f"  {fig['windows_closed_after_s']:g} s after closing them",
            size,
            f"{fig['windows_closed_mb']:.1f} MB",
            f"idle {fig['windows_idle_mb']:.1f} MB; bare tray {fig['windows_bare_mb']:.1f} MB",
            f"{fig['after_close_extra_mb']:+.1f} MB",
            f"<= +{TARGET_AFTER_CLOSE_MB:g} MB",
            back,
        ),
        Row(
            "peak resident memory (VmHWM)",
            size,
            f"{fig['app_peak_mb']:.1f} MB",
            f"bare PySide6 tray {fig['bare_peak_mb']:.1f} MB",
            f"+{fig['app_peak_mb'] - fig['bare_peak_mb']:.1f} MB",
        ),
    ]
    where = (
        "in the desktop session (xcb)"
        if fig["platform"] == "xcb"
        else f"offscreen: {fig['no_desktop']}"
    )
    section.notes.append(
        f"Both processes run side by side {where}; median of {fig['samples']} reading(s) "
        f"of /proc/PID/status once start-up is over; {fig['entries']:,} entries in the store."
    )
    section.notes.append(
        f"After closing every window: {fig['after_close_anon_extra_mb']:+.1f} MB private, "
        f"{fig['after_close_file_extra_mb']:+.1f} MB of mapped files (library pages now in "
        "use) beside idle."
    )
    largest = ", ".join(f"{k} {v:g}" for k, v in fig["extra_by_mapping_mb"].items())
    section.notes.append(f"Largest extras beyond the bare tray, MB: {largest}.")
    if quick:
        quick_run(section)
    return section


def run(quick: bool) -> Section:
    """The memory section; runs offscreen when there is no desktop session."""
    return describe(Section("memory", TITLE), measure(quick), quick)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a tiny store, one reading")
    p.add_argument("--json", type=Path, help="also write the figures here")
    args = p.parse_args()
    section = run(args.quick)
    print(render([section]))
    if args.json:
        args.json.write_text(json.dumps(section.figures, indent=1))


if __name__ == "__main__":
    main()
