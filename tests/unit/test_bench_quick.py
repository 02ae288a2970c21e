"""The benchmark runs end to end (quick mode) and reports every figure. Not a timed test."""

from __future__ import annotations

import ast
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import footholds

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench.py"


def section_names() -> set[str]:
    """The sections bench.py runs, by the name each reports (its module name less "bench_")."""
    tree = ast.parse(BENCH.read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "SECTIONS":
            return {name.removeprefix("bench_") for name in ast.literal_eval(node.value)}
    raise AssertionError("bench.py has no SECTIONS")


def all_positive(figures: dict[str, Any], names: set[str]) -> None:
    for name in names:
        value = figures[name]
        assert isinstance(value, (int, float)) and math.isfinite(value) and value > 0, name


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


def run_bench(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(env or os.environ, PYTHONPATH=str(Path(footholds.__file__).resolve().parents[1]))
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
    assert report["quick"] is True and report["missed"] == [] and report["errors"] == []
    assert (
        set(report["sections"])
        == section_names()
        >= {
            "store",
            "startup",
            "quicklog",
            "export",
            "memory",
        }
    )
    for figures in report["sections"].values():  # a tiny store proves nothing either way
        assert figures["targets_apply"] is False
    assert "load average" in done.stdout.splitlines()[0]
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
    check_app_sections(report["sections"], done.stdout)


def check_app_sections(sections: dict[str, Any], table: str) -> None:
    """Start-up, quick log, export and memory: every figure there, beside its reference."""
    startup = sections["startup"]
    if "skipped" in startup:
        assert "no desktop: skipped" in startup["skipped"] and "targets" not in startup
        assert "no desktop: skipped" in table
    else:
        all_positive(
            startup,
            {
                "start_to_tray_bare_s",
                "start_to_tray_app_s",
                "start_to_ready_app_s",
                "start_to_tray_10y_s",
                "start_to_ready_10y_s",
                "start_to_tray_ratio",
                "start_to_tray_10y_ratio",
            },
        )
        assert startup["start_to_ready_app_s"] >= startup["start_to_tray_app_s"] * 0.5
        assert set(startup["targets"]) == {"start_to_tray_ratio", "start_to_tray_10y_ratio"}
        assert "start to tray icon" in table and "bare PySide6 tray" in table

    quicklog = sections["quicklog"]
    assert quicklog["opens"] == 30 and quicklog["platform"] in ("xcb", "offscreen")
    all_positive(
        quicklog,
        {
            "open_shown_median_ms",
            "open_shown_p95_ms",
            "open_first_ms",
            "prebuild_ms",
            "save_median_ms",
        },
    )
    assert quicklog["open_shown_median_ms"] <= quicklog["open_shown_p95_ms"]
    assert 100 < quicklog["history_entries"] < quicklog["entries"]  # logs among all entries
    assert set(quicklog["targets"]) == {
        "open_shown_p95_ms",
        "open_first_ms",
        "open_after_let_go_p95_ms",
        "open_after_give_back_p95_ms",
    }
    assert 0 < quicklog["open_after_let_go_median_ms"] <= quicklog["open_after_let_go_p95_ms"]
    assert "tray click to quick log shown" in table and "the first opening after start" in table

    export = sections["export"]
    assert export["export_json_records"] == export["json_floor_records"] == export["entries"]
    all_positive(export, {"export_json_s", "json_floor_s", "export_csv_s", "checkin_pdf_s"})
    assert set(export["targets"]) == {"export_json_s"} and "full JSON export" in table

    cli = sections["cli"]
    all_positive(cli, {"pass_wall_ms", "log_wall_ms", "proof_list_wall_ms", "log_ratio"})
    assert set(cli["targets"]) == {"log_ratio"} and "footholds log, wall" in table

    imported = sections["import"]  # a Daylio export, beside the csv module reading it
    assert imported["rows"] == imported["added"] == imported["duplicates"] == 5_000
    all_positive(imported, {"csv_s", "plan_s", "apply_s", "plan_again_s", "total_s", "months"})
    assert set(imported["targets"]) == {"total_s", "growth_mb"}
    assert "plan + import" in table and "csv module reading it" in table

    memory = sections["memory"]
    assert memory["platform"] == ("offscreen" if memory["no_desktop"] else "xcb")
    assert 5 < memory["bare_rss_mb"] < memory["app_rss_mb"] < 1000
    assert memory["app_anon_mb"] + memory["app_file_mb"] <= memory["app_rss_mb"] + 1
    assert memory["extra_by_mapping_mb"]
    assert set(memory["targets"]) == {"idle_ratio", "after_close_extra_mb"}
    all_positive(memory, {"windows_idle_mb", "windows_open_mb", "windows_closed_mb"})
    assert memory["windows_open_mb"] > memory["windows_idle_mb"]
    assert "after closing them" in table
    assert "resident memory (VmRSS), idle" in table


def test_without_a_desktop_app_sections_say_so(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    done = run_bench("--quick", "--only", "startup,memory", "--json", str(out), env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    assert set(report["sections"]) == {"startup", "memory"} and report["missed"] == []
    startup = report["sections"]["startup"]
    assert startup["skipped"].startswith("no desktop: skipped") and "targets" not in startup
    assert "no desktop: skipped" in done.stdout
    assert report["sections"]["memory"]["platform"] == "offscreen"
    assert "offscreen: no DISPLAY" in done.stdout


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
