"""Idle cost: the real Footholds beside a bare PySide6 tray, left alone in the same desktop.

Both run at the same time, so they see the same machine. After both tray icons are up and a
short settling time, the benchmark reads from /proc, at the start and the end of the idle
window: CPU seconds (utime + stime of /proc/PID/stat, all threads) and wake-ups (voluntary and
involuntary context switches, summed over /proc/PID/task/*/status). Needs the shared desktop
session; `python tests/bench/bench_idle.py [--quick] [--json FILE]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from apprun import NO_DESKTOP, desktop_problem
from bench_startup import BARE_TRAY, ROOT, _tray_children
from benchlib import Row, Section, quick_run, skipped

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
TARGET_CPU_SHARE = 0.001  # "effectively zero": at most 0.1% of one core while idle
TITLE = "Idle: the app left alone beside a bare PySide6 tray (desktop session)"


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of the whole process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime


def wake_ups(pid: int) -> int:
    """Context switches of every thread so far: each one is the process waking or being woken."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "status").read_text()
        except FileNotFoundError:  # a thread ended meanwhile
            continue
        for line in text.splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def sample(pids: dict[str, int]) -> dict[str, tuple[float, int]]:
    return {name: (cpu_seconds(pid), wake_ups(pid)) for name, pid in pids.items()}


def wait_for_icons(env: dict[str, str], count: int, procs: list[subprocess.Popen[bytes]]) -> None:
    end = time.monotonic() + 30
    while _tray_children(env) < count:
        if time.monotonic() > end or any(p.poll() is not None for p in procs):
            raise SystemExit("the tray icons did not appear; is the desktop session running?")
        time.sleep(0.05)


def measure(quick: bool, seconds: float | None = None) -> dict[str, float | None]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(ROOT / "desktop")
    env["FOOTHOLDS_HOME"] = tempfile.mkdtemp(prefix="footholds-idle-")
    idle_s = seconds or (20.0 if quick else 180.0)
    settle_s = 8.0  # past the app's first reminder tick and the end of start-up work
    before = _tray_children(env)
    bare = subprocess.Popen([sys.executable, "-c", BARE_TRAY], env=env, stderr=subprocess.DEVNULL)
    app = subprocess.Popen([sys.executable, "-m", "footholds"], env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for_icons(env, before + 2, [bare, app])
        time.sleep(settle_s)
        pids = {"app": app.pid, "bare": bare.pid}
        first, started = sample(pids), time.monotonic()
        time.sleep(idle_s)
        last, took = sample(pids), time.monotonic() - started
    finally:
        subprocess.run(
            [sys.executable, "-m", "footholds", "quit"], env=env, capture_output=True, timeout=30
        )
        bare.terminate()
        for proc in (app, bare):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
    cpu = {name: round(last[name][0] - first[name][0], 3) for name in pids}
    wakes = {name: round((last[name][1] - first[name][1]) / (took / 60), 1) for name in pids}
    return {
        "idle_seconds": round(took, 1),
        "idle_cpu_app_s": cpu["app"],
        "idle_cpu_bare_s": cpu["bare"],
        "idle_wakeups_app_per_min": wakes["app"],
        "idle_wakeups_bare_per_min": wakes["bare"],
        "idle_cpu_ratio": ratio(cpu["app"], cpu["bare"]),
        "idle_wakeups_ratio": ratio(wakes["app"], wakes["bare"]),
    }


def ratio(app: float, bare: float) -> float | None:
    """app / bare; 1.0 when both are zero; None (no ratio) when only the bare tray is zero."""
    if bare == 0:
        return 1.0 if app == 0 else None
    return round(app / bare, 2)


def run(quick: bool) -> Section:
    """The idle section: skipped, with the reason, when there is no desktop session."""
    section = Section("idle", TITLE)
    why = desktop_problem()
    if why:
        return skipped(section, f"{NO_DESKTOP} ({why})")
    fig = measure(quick)
    section.figures.update(fig, quick=quick, targets_apply=not quick)
    share = (fig["idle_cpu_app_s"] or 0.0) / (fig["idle_seconds"] or 1.0)
    ok = section.check("idle_cpu_share", share, TARGET_CPU_SHARE)

    def shown(value: float | None) -> str:
        return "" if value is None else f"{value:.2f}x"

    section.rows += [
        Row(
            "CPU while idle",
            f"{fig['idle_seconds']:.0f} s",
            f"{fig['idle_cpu_app_s']:.2f} s ({share:.3%})",
            f"bare PySide6 tray {fig['idle_cpu_bare_s']:.2f} s",
            shown(fig["idle_cpu_ratio"]),
            f"<= {TARGET_CPU_SHARE:.1%} of a core",
            ok,
        ),
        Row(
            "wake-ups per minute",
            f"{fig['idle_seconds']:.0f} s",
            f"{fig['idle_wakeups_app_per_min']:.1f}",
            f"bare PySide6 tray {fig['idle_wakeups_bare_per_min']:.1f}",
            shown(fig["idle_wakeups_ratio"]),
        ),
    ]
    section.notes.append("Both run side by side; CPU and context switches read from /proc.")
    if quick:
        quick_run(section)
    return section


def print_table(fig: dict[str, float | None]) -> None:
    def shown(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.2f}"

    print(
        f"idle {fig['idle_seconds']:.0f} s        "
        f"footholds CPU {fig['idle_cpu_app_s']:.2f} s, "
        f"{fig['idle_wakeups_app_per_min']:.1f} wake-ups/min   "
        f"bare PySide6 tray CPU {fig['idle_cpu_bare_s']:.2f} s, "
        f"{fig['idle_wakeups_bare_per_min']:.1f} wake-ups/min   "
        f"ratios {shown(fig['idle_cpu_ratio'])} / {shown(fig['idle_wakeups_ratio'])}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true", help="about 20 s instead of 3 minutes")
    p.add_argument("--seconds", type=float, help="idle for this long instead")
    p.add_argument("--json")
    args = p.parse_args()
    figures = measure(args.quick, args.seconds)
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
