"""Tray click to quick log shown, with ten years of history in the store.

Opens the quick log many times through the same path a tray click takes
(ctx.windows.show("quick-log", near=<icon rect>)) and times each opening until the window is
exposed and until its first paint. Also times saving from the quick log and the journal's
first page, a scroll and a search through all the years, on the same store.

    python tests/bench/bench_quicklog.py [--quick] [--json FILE] [--platform offscreen|xcb]

The 10-year store (75,000 realistic LogEntry records written through Store) is built once and
kept in the temporary folder; --quick uses a smaller one and fewer openings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

FEELINGS = ["heavy", "numb", "tired", "anxious", "sad", "flat", "restless", "calm", "okay"]
WINS = ["drank water", "ate something", "moved", "stepped outside", "rested", "reached out"]
PARTS = ["the hopeless part", "the numb part", "the inner critic", "the worried part"]
SENTENCES = [
    "Slept badly and woke up before the alarm.",
    "Got out for ten minutes at lunch, which helped more than I expected.",
    "The meeting went on too long and I felt invisible in it.",
    "Made soup. Small thing, but I did it.",
    "Called my sister; we talked about nothing much and that was fine.",
    "Everything felt far away this afternoon.",
    "I noticed the critic again: you should be further along by now.",
]
STORE_FORMAT = 1  # bump when the generated data changes, so an old cached store is rebuilt


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def make_entry(rng: random.Random, at: datetime):  # -> LogEntry
    from footholds.core.store import LogEntry

    note = " ".join(rng.sample(SENTENCES, rng.choice([0, 0, 1, 1, 2, 3])))
    if rng.random() < 0.02:
        note = (note + " ") * 20  # now and then a long page
    if rng.random() < 0.001:
        note += " Walked down to the lighthouse."  # rare words for the search to find
    journal = rng.random() < 0.1
    note = note.strip()
    if not note and not journal:
        note = rng.choice(SENTENCES)  # an entry always holds something
    return LogEntry(
        at=at,
        feelings=rng.sample(FEELINGS, rng.choice([0, 1, 1, 2, 3])),
        energy=rng.choice([None, 1, 2, 3, 4, 5]),
        wins=rng.sample(WINS, rng.choice([0, 0, 1, 2])),
        note=note,
        trigger=rng.choice(SENTENCES) if journal else "",
        tried=rng.choice(SENTENCES) if journal else "",
        helped=rng.choice(SENTENCES) if journal else "",
        part=rng.choice(PARTS) if journal else "",
        source=rng.choice(["quick-log", "quick-log", "quick-log", "cli", "reminder"]),
    )


def build_store(home: Path, count: int) -> float:
    """Write `count` entries spread over ten years (fewer for small counts) through Store."""
    from footholds.core.paths import Paths
    from footholds.core.store import Store

    marker = home / f"complete-{STORE_FORMAT}"
    if marker.exists():
        return 0.0
    shutil.rmtree(home, ignore_errors=True)
    os.environ["FOOTHOLDS_HOME"] = str(home)
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir, durable=False)
    store.open()
    rng = random.Random(2016)
    days = min(3650, max(30, count // 20))
    end = datetime.now().astimezone().replace(hour=22, minute=0, second=0, microsecond=0)
    start = end - timedelta(days=days)
    step = (end - start) / count
    began = time.perf_counter()
    for number in range(count):
        at = start + step * number + timedelta(seconds=rng.randint(0, 600))
        store.add(make_entry(rng, at))
        if number % 5000 == 4999:
            print(f"  building the store: {number + 1:,} of {count:,}", file=sys.stderr)
    store.close()
    marker.write_text(str(count))
    return time.perf_counter() - began


def measure(home: Path, opens: int, saves: int) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtWidgets import QApplication

    from footholds.app import build, make_qapp
    from footholds.core.paths import Paths
    from footholds.core.store import LogEntry
    from footholds.instance import take_lock

    os.environ["FOOTHOLDS_HOME"] = str(home)
    paths = Paths.from_env()
    lock = take_lock(paths.lock_file)
    if lock is None:
        raise SystemExit(f"another Footholds is using {home}")
    app = make_qapp([])
    ctx = build(app, paths, lock)
    history = sum(1 for _ in ctx.store.iter_records(LogEntry))

    class PaintWatch(QObject):
        painted = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = time.perf_counter()
            return False

    began = time.perf_counter()
    ctx.windows.prebuild("quick-log")
    prebuild_s = time.perf_counter() - began
    window = ctx.windows.get("quick-log")
    watch = PaintWatch()
    window.installEventFilter(watch)
    for _ in range(5):
        app.processEvents()  # the warm-up runs on the event loop, as after start-up
    icon = QRect(window.screen().availableGeometry().right() - 30, 2, 24, 24)

    exposed, painted = [], []
    for _ in range(opens):
        watch.painted = 0.0
        started = time.perf_counter()
        ctx.windows.show("quick-log", near=icon)  # exactly what a tray click calls
        handle = window.windowHandle()
        while not (handle is not None and handle.isExposed()):
            app.processEvents()
            handle = window.windowHandle()
        exposed.append(time.perf_counter() - started)
        deadline = started + 2
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()
        painted.append((watch.painted or time.perf_counter()) - started)
        window.discard()  # Esc
        while handle.isExposed():
            app.processEvents()

    save_times, store_times = [], []
    real_add = ctx.store.add

    def timed_add(record):  # the store's own share of a save
        began = time.perf_counter()
        try:
            return real_add(record)
        finally:
            store_times.append(time.perf_counter() - began)

    ctx.store.add = timed_add  # type: ignore[method-assign]
    for number in range(saves):
        ctx.windows.show("quick-log", near=icon)
        window.form.note.set_text(f"bench entry {number}")
        window.form.feelings.pick("tired")
        started = time.perf_counter()
        window.form.submit.emit()  # Enter: validate, write durably, show the thank-you line
        save_times.append(time.perf_counter() - started)
        window.put_away()
        app.processEvents()

    ctx.store.add = real_add  # type: ignore[method-assign]
    shown = [max(e, p) for e, p in zip(exposed, painted, strict=True)]

    journal = ctx.windows.get("journal")
    started = time.perf_counter()
    ctx.windows.show("journal")
    app.processEvents()
    journal_open = time.perf_counter() - started
    first_page = journal.model.entry_count()
    started = time.perf_counter()
    before = journal.model.entry_count()
    journal.view.scrollToBottom()
    while journal.model.entry_count() == before and journal.more_to_read():
        app.processEvents()
    journal_scroll = time.perf_counter() - started
    journal.search.setText("lighthouse")
    started = time.perf_counter()
    journal._on_typing_paused()  # the search starts after a short pause in typing
    while journal.reader.isActive():
        journal.view.scrollToBottom()  # read on to the oldest month
        app.processEvents()
    journal_search = time.perf_counter() - started
    found = journal.model.entry_count()

    ctx.windows.close_all()
    ctx.store.close()
    lock.unlock()
    QApplication.processEvents()
    return {
        "platform": QApplication.platformName(),
        "history_entries": history,
        "opens": opens,
        "prebuild_ms": prebuild_s * 1000,
        "open_shown_median_ms": statistics.median(shown) * 1000,
        "open_shown_p95_ms": percentile(shown, 0.95) * 1000,
        "open_shown_max_ms": max(shown) * 1000,
        "open_exposed_median_ms": statistics.median(exposed) * 1000,
        "open_exposed_p95_ms": percentile(exposed, 0.95) * 1000,
        "open_painted_median_ms": statistics.median(painted) * 1000,
        "open_painted_p95_ms": percentile(painted, 0.95) * 1000,
        "save_median_ms": statistics.median(save_times) * 1000 if save_times else 0.0,
        "save_p95_ms": percentile(save_times, 0.95) * 1000 if save_times else 0.0,
        "save_store_median_ms": statistics.median(store_times) * 1000 if store_times else 0.0,
        "journal_open_ms": journal_open * 1000,
        "journal_first_page_entries": first_page,
        "journal_scroll_month_ms": journal_scroll * 1000,
        "journal_search_all_years_ms": journal_search * 1000,
        "journal_search_found": found,
    }


def print_table(fig: dict[str, float]) -> None:
    print(f"quick log, {fig['history_entries']:,} entries in the store ({fig['platform']})")
    print(
        f"  tray click to quick log shown   median {fig['open_shown_median_ms']:6.1f} ms   "
        f"p95 {fig['open_shown_p95_ms']:6.1f} ms   max {fig['open_shown_max_ms']:.1f} ms   "
        f"({fig['opens']} opens; shown = exposed and painted)"
    )
    print(
        f"    exposed                       median {fig['open_exposed_median_ms']:6.1f} ms   "
        f"p95 {fig['open_exposed_p95_ms']:6.1f} ms"
    )
    print(
        f"    first paint                   median {fig['open_painted_median_ms']:6.1f} ms   "
        f"p95 {fig['open_painted_p95_ms']:6.1f} ms"
    )
    print(f"  build ahead (prebuild)          {fig['prebuild_ms']:6.1f} ms, once after start-up")
    print(
        f"  Enter to saved, thank-you shown median {fig['save_median_ms']:6.1f} ms   "
        f"p95 {fig['save_p95_ms']:6.1f} ms   (the store's durable write: "
        f"{fig['save_store_median_ms']:.1f} ms of it)"
    )
    print(
        f"  journal open                    {fig['journal_open_ms']:6.1f} ms "
        f"({fig['journal_first_page_entries']} entries on the first page)"
    )
    print(f"  journal scroll to next month    {fig['journal_scroll_month_ms']:6.1f} ms")
    print(
        f"  journal search, all the years   {fig['journal_search_all_years_ms']:6.0f} ms "
        f"({fig['journal_search_found']:,} found; read a month per event-loop turn)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smaller store, fewer openings")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform
    count = 5_000 if args.quick else 75_000
    cached = Path(tempfile.gettempdir()) / f"footholds-bench-quicklog-{count}"
    took = build_store(cached, count)
    if took:
        print(f"built a store of {count:,} entries in {took:.0f} s", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="footholds-bench-"))
    try:
        shutil.copytree(cached, work / "home")  # saving must not grow the cached store
        figures = measure(work / "home", 30 if args.quick else 200, 5 if args.quick else 30)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
