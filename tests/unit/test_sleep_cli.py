"""`footholds log --slept 23:30-07:10 [--sleep-quality 1-5]`, as a person would type it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from footholds.cli.parser import build_parser
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, SleepEntry, Store
from support import child_env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(),
        stdin=subprocess.DEVNULL,
    )


def saved() -> tuple[list[SleepEntry], list[LogEntry]]:
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    try:
        return store.all(SleepEntry), store.all(LogEntry)
    finally:
        store.close()


def test_parse_slept_and_quality() -> None:
    args = build_parser().parse_args(["log", "--slept", "23:30-07:10", "--sleep-quality", "4"])
    assert (args.slept, args.sleep_quality) == ("23:30-07:10", 4)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["log", "--slept", "23:30-07:10", "--sleep-quality", "6"])


def test_slept_saves_the_night_and_nothing_else() -> None:
    done = run_cli("log", "--slept", "23:30-07:10", "--sleep-quality", "3")
    assert done.returncode == 0, done.stderr
    assert "Noted how you slept" in done.stdout
    nights, logs = saved()
    assert [(n.bed, n.up, n.quality, n.source) for n in nights] == [("23:30", "07:10", 3, "cli")]
    assert logs == []


def test_slept_with_a_feeling_saves_both() -> None:
    done = run_cli("log", "--slept", "00:15-08:00", "--feel", "tired")
    assert done.returncode == 0, done.stderr
    nights, logs = saved()
    assert [(n.bed, n.up, n.quality) for n in nights] == [("00:15", "08:00", None)]
    assert [e.feelings for e in logs] == [["tired"]]


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--slept", "late"], "like 23:30-07:10"),
        (["--slept", "07:10-23:30"], "swapped"),
        (["--slept", "26:00-07:00"], "isn't on the clock"),
        (["--sleep-quality", "3"], "goes with --slept"),
    ],
)
def test_nonsense_is_refused_with_one_clear_line(argv: list[str], says: str) -> None:
    done = run_cli("log", *argv)
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert saved() == ([], [])
