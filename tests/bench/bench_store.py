"""The store section of the benchmark: saving, opening, one month, export, memory.

Run through bench.py. `python bench_store.py --rss STORE_DIR` is the memory child: it opens a
store, loads what the app shows first and the current month, and prints its VmRSS in kB.
"""

from __future__ import annotations

import gc
import json
import os
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import Row, Section, median, ms, p95, time_ms
from store_data import QUICK_YEARS, STORE_YEARS, copy_store, log_entry, make_store

import footholds
from footholds.core.paths import HOME_ENV, Paths
from footholds.core.store import MODELS, LogEntry, Proof, ReminderEvent, RoutineCheck, Store

TARGET_SAVE_MS = 5  # median, ms, at 10 years
TARGET_RATIO = 50  # times faster than TinyDB's default JSONStorage
TARGET_OPEN_MS = 100
TARGET_MONTH_MS = 20
TARGET_MEMORY_MB = 15


@dataclass(frozen=True)
class Plan:
    """How much to measure: sizes in years and repetitions of each figure."""

    years: tuple[float, ...]
    saves: int
    tinydb_saves: int
    opens: int
    months: int
    exports: int


FULL = Plan(years=(1, 5, STORE_YEARS), saves=100, tinydb_saves=5, opens=20, months=20, exports=3)
QUICK = Plan(years=(QUICK_YEARS,), saves=10, tinydb_saves=2, opens=3, months=3, exports=1)


def size_name(years: float) -> str:
    return f"{years:g}y"


def month_bounds(moment: datetime) -> tuple[datetime, datetime]:
    start = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return start, (start + timedelta(days=32)).replace(day=1)


def store_paths(home: Path) -> tuple[Path, Path]:
    paths = Paths.from_env({HOME_ENV: str(home)})
    return paths.store_dir, paths.aside_dir


def fresh(home: Path) -> Store:
    store_dir, aside = store_paths(home)
    store = Store(store_dir, aside_dir=aside)
    store.open()
    return store


def first_window(home: Path) -> None:
    """What the app reads before its first window: the newest logs and the proof list."""
    store_dir, aside = store_paths(home)
    store = Store(store_dir, aside_dir=aside)
    store.open()
    store.latest(LogEntry, 20)
    store.all(Proof)


def time_month(home: Path, bounds: tuple[datetime, datetime]) -> float:
    """One month of logs from a store just opened (nothing cached yet)."""
    store = fresh(home)
    return time_ms(lambda: store.between(LogEntry, *bounds))


def export(home: Path, target: Path) -> int:
    """The whole history, every kind, as JSON lines; returns how many entries."""
    store, count = fresh(home), 0
    with target.open("w", encoding="utf-8") as out:
        for model in MODELS:
            for record in store.iter_records(model):
                json.dump({"kind": model.KIND, **record.to_dict()}, out, ensure_ascii=False)
                out.write("\n")
                count += 1
    return count


def tinydb_file(home: Path, target: Path) -> None:
    """The same entries in one file, as TinyDB's default JSONStorage keeps them."""
    store = fresh(home)
    with target.open("w", encoding="utf-8") as out:
        out.write("{")
        for n, model in enumerate(MODELS):
            out.write(("," if n else "") + json.dumps(model.KIND) + ":{")
            for i, record in enumerate(store.iter_records(model), start=1):
                out.write(("," if i > 1 else "") + f'"{i}":' + json.dumps(record.to_dict()))
            out.write("}")
        out.write("}")


def time_tinydb_saves(path: Path, count: int, rng: random.Random) -> list[float]:
    from tinydb import TinyDB

    db = TinyDB(path)  # the default: JSONStorage, the whole file read and rewritten each time
    table = db.table(LogEntry.KIND)
    samples = [
        time_ms(lambda: table.insert(log_entry(rng).clean().to_dict())) for _ in range(count)
    ]
    db.close()
    return samples


def time_raw_appends(folder: Path, count: int) -> list[float]:
    """One JSON line appended and fsynced: the floor for any durable save on this disk."""
    line = (json.dumps(log_entry(random.Random(1)).to_dict()) + "\n").encode()
    fd = os.open(folder / "raw.jsonl", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def append() -> None:
        os.write(fd, line)
        os.fsync(fd)

    try:
        return [time_ms(append) for _ in range(count)]
    finally:
        os.close(fd)


def measure_size(years: float, plan: Plan, work: Path) -> dict[str, Any]:
    home = work / size_name(years)
    shared = years in (STORE_YEARS, QUICK_YEARS)  # the same store the other sections use
    entries = copy_store(years, home) if shared else make_store(home, years)
    rng = random.Random(11)
    figures: dict[str, Any] = {"years": years, "entries": entries}

    opens = [time_ms(lambda: first_window(home)) for _ in range(plan.opens)]
    one_month = month_bounds(datetime.now().astimezone() - timedelta(days=62))
    months = [time_month(home, one_month) for _ in range(plan.months)]
    exports = [time_ms(lambda: export(home, work / "export.jsonl")) for _ in range(plan.exports)]
    exported = sum(1 for _ in (work / "export.jsonl").open(encoding="utf-8"))

    tinydb_path = work / f"tinydb-{size_name(years)}.json"
    tinydb_file(home, tinydb_path)
    tiny = time_tinydb_saves(tinydb_path, plan.tinydb_saves, rng)
    figures["tinydb_file_mb"] = round(tinydb_path.stat().st_size / 1e6, 1)
    tinydb_path.unlink()
    # Building the store leaves tens of MB of unwritten pages; without this the first fsyncs
    # below would pay for writing them back and the save figures would grow with the history.
    os.sync()
    raw = time_raw_appends(work, plan.saves)

    store = fresh(home)
    store.latest(LogEntry, 20)  # the app has the current month in memory already
    saves = [time_ms(lambda: store.add(log_entry(rng))) for _ in range(plan.saves)]
    store.close()

    figures.update(
        save_median_ms=median(saves),
        save_p95_ms=p95(saves),
        tinydb_save_median_ms=median(tiny),
        tinydb_save_p95_ms=p95(tiny),
        raw_fsync_median_ms=median(raw),
        raw_fsync_p95_ms=p95(raw),
        save_ratio_vs_tinydb=median(tiny) / median(saves),
        open_median_ms=median(opens),
        open_p95_ms=p95(opens),
        month_median_ms=median(months),
        month_p95_ms=p95(months),
        export_median_ms=median(exports),
        export_entries=exported,
    )
    return figures


def rss_kb(home: Path) -> int:
    """VmRSS of a fresh child that opens the store at `home` and loads the current month."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(footholds.__file__).resolve().parents[1]), str(Path(__file__).parent)]
    )
    out = subprocess.run(
        [sys.executable, __file__, "--rss", str(home)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return int(out.stdout.strip())


def run(quick: bool) -> Section:
    """Measure every store figure and check the targets against the largest store."""
    plan = QUICK if quick else FULL
    section = Section("store", "Store (TinyDB, month files, atomic cached storage)")
    with tempfile.TemporaryDirectory(prefix="footholds-bench-") as tmp:
        work = Path(tmp)
        sizes = {size_name(y): measure_size(y, plan, work) for y in plan.years}
        largest = size_name(plan.years[-1])
        empty = work / "empty"
        Paths.from_env({HOME_ENV: str(empty)}).ensure()
        base, full = rss_kb(empty), rss_kb(work / largest)
    memory = {
        "years": plan.years[-1],
        "empty_rss_mb": base / 1024,
        "store_rss_mb": full / 1024,
        "growth_mb": (full - base) / 1024,
    }
    section.figures.update(sizes=sizes, memory=memory, quick=quick)
    _rows(section, sizes, largest, memory)
    if quick:  # the targets are for ten years of history: a tiny store proves nothing either way
        section.figures["targets_apply"] = False
        for row in section.rows:
            row.ok = None
        section.notes.append("Quick run: targets are for 10 years and are not judged here.")
    else:
        section.figures["targets_apply"] = True
    return section


def _rows(section: Section, sizes: dict[str, Any], largest: str, memory: dict[str, Any]) -> None:
    big = sizes[largest]
    save_ok = section.check("save_median_ms", big["save_median_ms"], TARGET_SAVE_MS)
    ratio_ok = section.check(
        "save_ratio_vs_tinydb", big["save_ratio_vs_tinydb"], TARGET_RATIO, at_least=True
    )
    open_ok = section.check("open_median_ms", big["open_median_ms"], TARGET_OPEN_MS)
    month_ok = section.check("month_median_ms", big["month_median_ms"], TARGET_MONTH_MS)
    mem_ok = section.check("memory_growth_mb", memory["growth_mb"], TARGET_MEMORY_MB)
    for name, f in sizes.items():
        last = name == largest
        section.rows += [
            Row(
                "entries in the store",
                name,
                f"{f['entries']:,}",
                f"{f['tinydb_file_mb']} MB as one file",
            ),
            Row(
                "save one entry, median",
                name,
                ms(f["save_median_ms"]),
                f"TinyDB JSONStorage {ms(f['tinydb_save_median_ms'])}; "
                f"raw write+fsync {ms(f['raw_fsync_median_ms'])}",
                f"{f['save_ratio_vs_tinydb']:,.0f}x faster; "
                f"{f['save_median_ms'] / f['raw_fsync_median_ms']:.1f}x raw",
                f"<= {TARGET_SAVE_MS} ms, >= {TARGET_RATIO}x" if last else "",
                (save_ok and ratio_ok) if last else None,
            ),
            Row(
                "save one entry, p95",
                name,
                ms(f["save_p95_ms"]),
                f"TinyDB JSONStorage {ms(f['tinydb_save_p95_ms'])}; "
                f"raw write+fsync {ms(f['raw_fsync_p95_ms'])}",
            ),
            Row(
                "open + newest 20 logs + proofs",
                name,
                ms(f["open_median_ms"]),
                f"p95 {ms(f['open_p95_ms'])}",
                "",
                f"<= {TARGET_OPEN_MS} ms" if last else "",
                open_ok if last else None,
            ),
            Row(
                "load one month of logs",
                name,
                ms(f["month_median_ms"]),
                f"p95 {ms(f['month_p95_ms'])}",
                "",
                f"<= {TARGET_MONTH_MS} ms" if last else "",
                month_ok if last else None,
            ),
            Row(
                "read every record, dump as JSON lines",
                name,
                ms(f["export_median_ms"]),
                f"{f['export_entries']:,} entries",
                f"{f['export_median_ms'] * 1000 / max(1, f['export_entries']):.0f} us/entry",
            ),
        ]
    section.rows.append(
        Row(
            "memory: open + current month",
            largest,
            f"+{memory['growth_mb']:.1f} MB",
            f"{memory['store_rss_mb']:.1f} MB; {memory['empty_rss_mb']:.1f} MB with an empty store",
            "",
            f"<= {TARGET_MEMORY_MB} MB",
            mem_ok,
        )
    )
    section.notes.append(
        "TinyDB JSONStorage neither fsyncs nor writes atomically; the store does both."
    )
    section.notes.append("The app's own export (footholds export) is timed in the Export section.")


def _child_rss(home: Path) -> int:
    store_dir, aside = store_paths(home)
    store = Store(store_dir, aside_dir=aside)
    store.open()
    store.latest(LogEntry, 20)
    store.all(Proof)
    start, end = month_bounds(datetime.now().astimezone())
    for model in (LogEntry, ReminderEvent, RoutineCheck):
        store.between(model, start, end)
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


if __name__ == "__main__" and sys.argv[1:2] == ["--rss"]:
    print(_child_rss(Path(sys.argv[2])))
