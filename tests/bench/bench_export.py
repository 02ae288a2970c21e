"""Export and check-in figures on a ten-year store (about 75,000 log entries and related records).

Times a full JSON export, a full CSV export, a 14-day check-in summary (gathered, as Markdown,
as HTML and as PDF), the insights week and month, and planning a Daylio import against the
store. Target: the ten-year full JSON export in under 2 seconds.
`python tests/bench/bench_export.py [--quick] [--json FILE] [--keep DIR]`
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from footholds.core.atomic import write_atomic  # noqa: E402
from footholds.core.paths import make_private_dir  # noqa: E402
from footholds.core.store import (  # noqa: E402
    LogEntry,
    Proof,
    Record,
    ReminderEvent,
    RoutineCheck,
    Session,
    Store,
    ThoughtLog,
)
from footholds.core.store.storage import SCHEMA_VERSION  # noqa: E402

FEELINGS = ["tired", "calm", "heavy", "hopeful", "anxious", "flat", "numb", "okay", "sad"]
WINS = ["drank water", "ate something", "moved", "stepped outside", "rested", "reached out"]
HELPED = ["a walk", "music", "talking to Sam", "a shower", "tea", "", "", ""]
TARGET_EXPORT_S = 2.0


def make_records(years: int, seed: int = 7) -> list[Record]:
    """About 20 log entries a day (75,000 over ten years), with reminders and the rest."""
    rnd = random.Random(seed)
    end = datetime(2026, 11, 20, 20, 0).astimezone()
    start = end - timedelta(days=365 * years)
    out: list[Record] = []
    day = start
    n = 0
    while day < end:
        for _ in range(rnd.randint(15, 26)):
            n += 1
            at = day.replace(hour=rnd.randint(7, 22), minute=rnd.randint(0, 59))
            out.append(
                LogEntry(
                    id=f"log{n:07d}",
                    at=at,
                    feelings=rnd.sample(FEELINGS, rnd.randint(1, 3)),
                    energy=rnd.choice((None, 1, 2, 3, 4, 5)),
                    wins=rnd.sample(WINS, rnd.randint(0, 2)),
                    note=rnd.choice(("", "", "A slow day, but I got up and made tea.")),
                    trigger=rnd.choice(("", "", "", "work email")),
                    helped=rnd.choice(HELPED),
                )
            )
        for k in range(rnd.randint(2, 8)):
            out.append(
                ReminderEvent(
                    id=f"rem{n:07d}{k}",
                    at=day.replace(hour=9 + k, minute=k),
                    reminder=rnd.choice(("movement", "movement", "rest", "winddown")),
                    outcome=rnd.choice(("done", "done", "skipped", "snoozed", "shown")),
                )
            )
        if rnd.random() < 0.5:
            out.append(
                RoutineCheck(id=f"rc{n:07d}", at=day, day=day.date().isoformat(), item_id="r1")
            )
        if rnd.random() < 0.03:
            out.append(
                ThoughtLog(
                    id=f"th{n:07d}", at=day, thought="I always mess up.", balanced="Not always."
                )
            )
        if rnd.random() < 0.02:
            out.append(
                Proof(id=f"pr{n:07d}", at=day, day=day.date().isoformat(), text="Got through it.")
            )
        if day.weekday() == 2 and day.isocalendar()[1] % 2 == 0:
            out.append(Session(id=f"se{n:07d}", at=day, day=day.date().isoformat()))
        day += timedelta(days=1)
    return out


def write_store(folder: Path, records: list[Record]) -> None:
    """Write records straight into the store's on-disk layout (much faster than 10^5 saves)."""
    files: dict[Path, dict[str, dict[str, object]]] = {}
    for record in records:
        record.clean()
        relative = (
            f"{record.KIND}/{record.month}.json" if record.PARTITIONED else f"{record.KIND}.json"
        )
        table = files.setdefault(folder / relative, {})
        table[str(len(table) + 1)] = record.to_dict()
    for path, table in files.items():
        make_private_dir(path.parent)
        kind = path.parent.name if path.parent != folder else path.stem
        data = {kind: table, "_meta": {"1": {"schema": SCHEMA_VERSION}}}
        write_atomic(path, json.dumps(data, separators=(",", ":")).encode(), durable=False)
    write_atomic(
        folder / "meta.json", json.dumps({"schema": SCHEMA_VERSION}).encode(), durable=False
    )


def opened(folder: Path) -> Store:
    store = Store(folder / "store", aside_dir=folder / "aside", durable=False)
    store.open()
    return store


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(quick: bool, keep: str | None) -> dict[str, float]:
    from footholds.core import checkin, checkin_render, export, importers, insights

    years = 1 if quick else 10
    runs = 1 if quick else 3
    folder = Path(keep or tempfile.mkdtemp(prefix="footholds-bench-export-"))
    records = make_records(years)
    write_store(folder / "store", records)
    logs = sum(isinstance(r, LogEntry) for r in records)
    figures: dict[str, float] = {"years": years, "records": len(records), "log_entries": logs}

    def full_json() -> int:
        store = opened(folder)  # a cold store each time, as `footholds export` sees it
        try:
            return export.write_json(store, io.StringIO())
        finally:
            store.close()

    def full_csv() -> int:
        store = opened(folder)
        try:
            return export.write_csv_zip(store, io.BytesIO())
        finally:
            store.close()

    figures["export_json_s"], count = timed(full_json, runs)
    figures["export_json_records"] = float(count)  # type: ignore[arg-type]
    figures["export_csv_s"], _ = timed(full_csv, runs)

    today = date(2026, 11, 20)
    store = opened(folder)
    first, last = today - timedelta(days=13), today

    def summary() -> checkin.Report:
        return checkin.gather(opened(folder), first, last, made=today, day_start_hour=4)

    figures["checkin_gather_14d_s"], report = timed(summary, runs)
    figures["checkin_markdown_s"], _ = timed(lambda: checkin_render.to_markdown(report), runs)
    figures["checkin_html_s"], _ = timed(lambda: checkin_render.to_html(report), runs)
    figures["checkin_pdf_s"] = _pdf_time(report, runs)
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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from footholds.ui.checkin_print import pdf_bytes

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    seconds, _ = timed(lambda: pdf_bytes(report), runs)  # type: ignore[arg-type]
    del app
    return seconds


def print_table(fig: dict[str, float]) -> None:
    verdict = "under" if fig["export_json_s"] < TARGET_EXPORT_S else "OVER"
    print(
        f"store: {fig['years']:.0f} years, {fig['records']:,.0f} records "
        f"({fig['log_entries']:,.0f} log entries)"
    )
    print(
        f"full JSON export        {fig['export_json_s'] * 1000:8.0f} ms   "
        f"({verdict} the {TARGET_EXPORT_S:.0f} s target)"
    )
    print(f"full CSV export (zip)   {fig['export_csv_s'] * 1000:8.0f} ms")
    print(
        f"check-in, 14 days       {fig['checkin_gather_14d_s'] * 1000:8.1f} ms gather (cold store)"
    )
    print(
        f"  as Markdown / HTML    {fig['checkin_markdown_s'] * 1000:8.2f} ms / "
        f"{fig['checkin_html_s'] * 1000:.2f} ms"
    )
    print(f"  as PDF                {fig['checkin_pdf_s'] * 1000:8.0f} ms")
    print(
        f"insights week / month   {fig['insights_week_s'] * 1000:8.1f} ms / "
        f"{fig['insights_month_s'] * 1000:.1f} ms"
    )
    print(f"plan a Daylio import    {fig['import_plan_daylio_s'] * 1000:8.1f} ms")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true", help="one year, one run")
    p.add_argument("--json", help="also write the figures here")
    p.add_argument("--keep", help="build the store in this folder and keep it")
    args = p.parse_args()
    figures = run(args.quick, args.keep)
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
