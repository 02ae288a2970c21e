"""`footholds doctor` reports and exits 0, with or without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import child_env


def _doctor(**env: str) -> subprocess.CompletedProcess[str]:
    full = child_env(**env)
    for key in [k for k, v in env.items() if v == ""]:
        full.pop(key, None)
    return subprocess.run(
        [sys.executable, "-m", "footholds", "doctor"],
        capture_output=True,
        text=True,
        env=full,
        timeout=60,
    )


def test_doctor_without_a_display_reports_and_exits_0() -> None:
    result = _doctor(DISPLAY="", WAYLAND_DISPLAY="", QT_QPA_PLATFORM="")
    assert result.returncode == 0, result.stderr
    for label in (
        "Footholds:",
        "Data folder:",
        "System tray:",
        "Idle time:",
        "Entries:",
        "Last backup:",
    ):
        assert label in result.stdout
    assert "no graphical session" in result.stdout


def test_doctor_offscreen_reports_the_tray_and_entries(footholds_home: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "footholds", "log", "--feel", "calm"],
        check=True,
        env=child_env(),
        stdin=subprocess.DEVNULL,  # a pipe would hold the note: this log has none
        capture_output=True,
        timeout=60,
    )
    result = _doctor(QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "Entries:                 1 (log 1)" in result.stdout
    assert "Do not disturb:" in result.stdout and "Notifications:" in result.stdout


def test_doctor_restores_a_damaged_month_from_the_backup_not_hides_it(footholds_home: Path) -> None:
    from footholds.cli.doctor import store_rows
    from footholds.core.paths import Paths
    from footholds.core.store import LogEntry, Store
    from footholds.core.store.backups import Backups

    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(note="one").clean())
    store.add(LogEntry(note="two").clean())
    store.close()
    Backups(paths.backup_dir, paths.store_dir, paths.aside_dir).create("manual")
    month = next(paths.store_dir.glob("log/*.json"))
    month.write_bytes(month.read_bytes()[:20])  # a torn write
    rows = dict(store_rows(paths))
    assert rows["Entries"].startswith("2 ")
