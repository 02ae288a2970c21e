"""Export and check-in figures on the shared ten-year store (about 75,000 entries).

Times a full JSON export beside the floor for the same bytes (every store file parsed and
dumped again with the json module, no records made), a full CSV export, a 14-day check-in
summary (gathered, as Markdown, as HTML and as PDF), the insights week and month, and planning
a Daylio import against the store. Target: the ten-year full JSON export in under 2 seconds.

    python tests/bench/bench_export.py [--quick] [--json FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchlib import Row, Section, median, ms, quick_run, ratio, render
from store_data import QUICK_YEARS, STORE_YEARS, copy_store

from footholds.core.paths import HOME_ENV, Paths
from footholds.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
TARGET_EXPORT_S = 2.0
TITLE = "Export and check-in summary"
_QT: list[object] = []  # this process's one Qt application, kept alive once made


def opened(home: Path) -> Store:
    """The store at `home`, opened cold (nothing cached), without fsyncs."""
    paths = Paths.from_env({HOME_ENV: str(home)})
    store = Store(paths.store_dir, aside_dir=paths.aside_dir, durable=False)
    store.open()
    return store


def timed(fn: Callable[[], object], runs: int) -> tuple[float, Any]:
    """Median seconds of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return median(times), result


def json_floor(home: Path) -> int:
    """Every store file parsed and written out again as JSON: the export's lower bound."""
    out, count = io.StringIO(), 0
    for path in sorted(Paths.from_env({HOME_ENV: str(home)}).store_dir.rglob("*.json")):
        for name, table in json.loads(path.read_bytes()).items():
            if name.startswith("_") or not isinstance(table, dict):
                continue
            for record in table.values():
                out.write(json.dumps(record, ensure_ascii=False))
                count += 1
    return count


def measure(quick: bool, source: Path | None = None) -> dict[str, Any]:
    """Every figure, on a copy of the shared store (or of the FOOTHOLDS_HOME `source`)."""
    years = QUICK_YEARS if quick else STORE_YEARS
    with tempfile.TemporaryDirectory(prefix="footholds-bench-export-") as tmp:
        home = Path(tmp) / "home"  # a copy: opening a store may repair or migrate it
        if source is None:
            entries = copy_store(years, home)
        else:
            shutil.copytree(source, home)
            entries, years = -1, 0
        figures = _measure(home, 1 if quick else 3)
    figures.update(years=years, entries=entries)
    return figures


def _measure(home: Path, runs: int) -> dict[str, Any]:
    from footholds.core import checkin, checkin_html, checkin_render, export, importers, insights

    figures: dict[str, Any] = {"runs": runs}

    def full_json() -> int:
        store = opened(home)  # a cold store each time, as `footholds export` sees it
        try:
            return export.write_json(store, io.StringIO())
        finally:
            store.close()

    def full_csv() -> int:
        store = opened(home)
        try:
            return export.write_csv_zip(store, io.BytesIO())
        finally:
            store.close()

    figures["export_json_s"], figures["export_json_records"] = timed(full_json, runs)
    figures["json_floor_s"], figures["json_floor_records"] = timed(lambda: json_floor(home), runs)
    figures["export_csv_s"], _ = timed(full_csv, runs)

    today = date.today()  # the shared store's history ends today
    first = today - timedelta(days=13)

    def summary() -> Any:
        store = opened(home)
        try:
            return checkin.gather(store, first, today, made=today, day_start_hour=4)
        finally:
            store.close()

    figures["checkin_gather_14d_s"], report = timed(summary, runs)
    figures["checkin_markdown_s"], _ = timed(lambda: checkin_render.to_markdown(report), runs)
    figures["checkin_html_s"], _ = timed(lambda: checkin_html.to_html(report), runs)
    figures["checkin_pdf_s"] = _pdf_time(report, runs)
    store = opened(home)
    week = insights.span_days(today, "week")
    month = insights.span_days(today, "month")
    figures["insights_week_s"], _ = timed(
        lambda: insights.build(store, *week, day_start_hour=4), runs
    )
    figures["insights_month_s"], _ = timed(
        lambda: insights.build(store, *month, day_start_hour=4), runs
    )
    sample = ROOT / "tests" / "unit" / "data" / "daylio_sample.csv"
    figures["import_plan_daylio_s"], _ = timed(lambda: importers.plan(store, sample), runs)
    store.close()
    return figures


def _pdf_time(report: object, runs: int) -> float:
    """Seconds to print the check-in to PDF; offscreen, in this process's one Qt application."""
    from PySide6.QtGui import QGuiApplication

    from footholds.render.paper import pdf_bytes

    if QGuiApplication.instance() is None:
        _QT.append(QGuiApplication([sys.argv[0], "-platform", "offscreen"]))
    seconds, _ = timed(lambda: pdf_bytes(report), runs)  # type: ignore[arg-type]
    return seconds


def describe(section: Section, fig: dict[str, Any], quick: bool) -> Section:
    """Rows, the target and notes for the figures of measure()."""
    section.figures.update(fig, quick=quick, targets_apply=not quick)
    ok = section.check("export_json_s", fig["export_json_s"], TARGET_EXPORT_S)
    size = f"{fig['years']:g}y" if fig["years"] else "given"
    export_ms, floor_ms = fig["export_json_s"] * 1000, fig["json_floor_s"] * 1000
    records = fig["export_json_records"]
    section.rows += [
        Row(
            "full JSON export",
            size,
            ms(export_ms),
            f"json parse+dump of the files {ms(floor_ms)}",
            f"{ratio(export_ms, floor_ms)} the floor",
            f"<= {TARGET_EXPORT_S:g} s",
            ok,
        ),
        Row("  records exported", size, f"{records:,}", f"{fig['json_floor_records']:,} in files"),
        Row("full CSV export (zip)", size, ms(fig["export_csv_s"] * 1000)),
        Row("check-in, 14 days: gather", size, ms(fig["checkin_gather_14d_s"] * 1000), "cold"),
        Row(
            "  as Markdown / HTML",
            size,
            f"{ms(fig['checkin_markdown_s'] * 1000)} / {ms(fig['checkin_html_s'] * 1000)}",
        ),
        Row("  as PDF", size, ms(fig["checkin_pdf_s"] * 1000)),
        Row(
            "insights: week / month",
            size,
            f"{ms(fig['insights_week_s'] * 1000)} / {ms(fig['insights_month_s'] * 1000)}",
        ),
        Row("plan a Daylio import", size, ms(fig["import_plan_daylio_s"] * 1000), "sample file"),
    ]
    section.notes.append(
        f"Median of {fig['runs']} run(s), each on a store opened cold; check-in and insights "
        "end today."
    )
    if quick:
        quick_run(section)
    return section


def run(quick: bool) -> Section:
    """The export section, on a copy of the store every section shares."""
    return describe(Section("export", TITLE), measure(quick), quick)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a tiny store, one run")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--home", type=Path, help="measure a copy of this FOOTHOLDS_HOME instead")
    args = p.parse_args()
    section = describe(Section("export", TITLE), measure(args.quick, args.home), args.quick)
    print(render([section]))
    if args.json:
        args.json.write_text(json.dumps(section.figures, indent=1))


if __name__ == "__main__":
    main()
