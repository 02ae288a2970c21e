"""The benchmark runs end to end (quick mode) and reports every figure. Not a timed test."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import footholds

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench.py"
SIZE_FIGURES = {
    "years",
    "entries",
    "tinydb_file_mb",
    "save_median_ms",
    "save_p95_ms",
    "tinydb_save_median_ms",
    "tinydb_save_p95_ms",
    "raw_fsync_median_ms",
    "raw_fsync_p95_ms",
    "save_ratio_vs_tinydb",
    "open_median_ms",
    "open_p95_ms",
    "month_median_ms",
    "month_p95_ms",
    "export_median_ms",
    "export_entries",
}
TARGETS = {
    "save_median_ms",
    "save_ratio_vs_tinydb",
    "open_median_ms",
    "month_median_ms",
    "memory_growth_mb",
}


def run_bench(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(Path(footholds.__file__).resolve().parents[1]))
    return subprocess.run(
        [sys.executable, str(BENCH), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_quick_bench_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = run_bench("--quick", "--json", str(out))
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    assert report["quick"] is True and report["missed"] == []
    store = report["sections"]["store"]
    assert store["quick"] is True and store["targets_apply"] is False
    (size,) = store["sizes"].values()
    assert set(size) == SIZE_FIGURES
    for name, value in size.items():
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, name
    assert 1_000 < size["entries"] == size["export_entries"] < 2_500  # ~0.2 years, ~20 a day
    assert size["tinydb_save_median_ms"] > size["raw_fsync_median_ms"]
    memory = store["memory"]
    assert set(memory) == {"years", "empty_rss_mb", "store_rss_mb", "growth_mb"}
    assert 5 < memory["empty_rss_mb"] <= memory["store_rss_mb"] < 500
    assert set(store["targets"]) == TARGETS
    for target in store["targets"].values():
        assert set(target) == {"value", "limit", "at_least", "pass"}
    # the table shows the same run
    for label in ("save one entry, median", "open + newest 20 logs", "load one month", "memory"):
        assert label in done.stdout
    assert "TinyDB JSONStorage" in done.stdout and "raw write+fsync" in done.stdout


def test_make_store_writes_a_footholds_home(tmp_path: Path) -> None:
    done = run_bench("--make-store", str(tmp_path / "home"), "--years", "0.1")
    assert done.returncode == 0, done.stderr
    store_dir = tmp_path / "home" / "data" / "store"
    assert (store_dir / "meta.json").exists()
    assert list((store_dir / "log").glob("????-??.json"))
    assert (store_dir / "reminder").is_dir() and (store_dir / "routine_check").is_dir()
    assert "entries" in done.stdout
    from footholds.core.store import LogEntry, Store

    store = Store(store_dir, aside_dir=tmp_path / "home" / "data" / "set-aside")
    store.open()
    assert 100 < store.count(LogEntry) < 400 and store.notices == []
