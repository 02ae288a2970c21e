"""The passphrase lock beside the plain store, in the same run (issue 20).

Two copies of the shared store: one plain, one turned locked (every file AES-GCM). For each:
save one entry, open + newest 20 logs, one month, a full JSON export. For the locked one also
the unlock (scrypt at the cost tuned for this machine) and opening including it.
Targets at ten years: save <= 5 ms median, open <= 150 ms with the key derivation, one month
<= 30 ms, full export <= 3 s.

    python tests/bench/bench_lock.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchlib import Row, Section, median, ms, quick_run, render, time_ms
from store_data import QUICK_YEARS, STORE_YEARS, copy_store, log_entry

from footholds.core.paths import HOME_ENV, Paths
from footholds.core.store import LogEntry, Proof, Store, storage

TITLE = "Passphrase lock (encrypted store) beside the plain store"
TARGET_SAVE_MS = 5.0
TARGET_OPEN_MS = 150.0
TARGET_MONTH_MS = 30.0
TARGET_EXPORT_S = 3.0
PASS = "correct horse battery staple"


def opened(home: Path) -> Store:
    paths = Paths.from_env({HOME_ENV: str(home)})
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    return store


def first_window(home: Path) -> None:
    store = opened(home)
    store.latest(LogEntry, 20)
    store.all(Proof)
    store.close()


def figures_for(home: Path, runs: int, saves: int) -> dict[str, Any]:
    from footholds.core import export

    start = (datetime.now().astimezone() - timedelta(days=62)).replace(
        day=1, hour=0, minute=0, second=0, microsecond=0
    )
    bounds = (start, (start + timedelta(days=32)).replace(day=1))

    def month() -> float:
        store = opened(home)
        spent = time_ms(lambda: store.between(LogEntry, *bounds))
        store.close()
        return spent

    def full_export() -> None:
        store = opened(home)
        export.write_json(store, io.StringIO())
        store.close()

    rng = random.Random(20)
    store = opened(home)
    store.latest(LogEntry, 20)  # the app has the current month in memory already
    saved = [time_ms(lambda: store.add(log_entry(rng))) for _ in range(saves)]
    store.close()
    return {
        "save_median_ms": median(saved),
        "open_median_ms": median([time_ms(lambda: first_window(home)) for _ in range(runs)]),
        "month_median_ms": median([month() for _ in range(runs)]),
        "export_median_s": median([time_ms(full_export) for _ in range(max(1, runs // 3))]) / 1000,
    }


def measure(quick: bool) -> dict[str, Any]:
    from footholds.core.lock import switch
    from footholds.core.lock.keys import Header, create, tune_scrypt

    years = QUICK_YEARS if quick else STORE_YEARS
    runs, saves = (3, 10) if quick else (15, 100)
    with tempfile.TemporaryDirectory(prefix="footholds-bench-lock-") as tmp:
        plain, locked = Path(tmp) / "plain", Path(tmp) / "locked"
        entries = copy_store(years, plain)
        copy_store(years, locked)
        n = tune_scrypt()
        header, keys, _ = create(PASS, n)
        data_dir = Paths.from_env({HOME_ENV: str(locked)}).data_dir
        enable_ms = time_ms(lambda: switch.enable(data_dir, header, keys))
        header = Header.load(data_dir / "lock.json")
        storage.codec = None
        out: dict[str, Any] = {"years": years, "entries": entries, "scrypt_n": n}
        out["plain"] = figures_for(plain, runs, saves)
        unlocks = [time_ms(lambda: header.open(PASS)) for _ in range(3 if quick else 5)]
        storage.codec = keys
        try:
            out["locked"] = figures_for(locked, runs, saves)
        finally:
            storage.codec = None
    out["unlock_median_ms"] = median(unlocks)
    out["enable_ms"] = enable_ms
    out["locked"]["open_with_unlock_ms"] = out["unlock_median_ms"] + out["locked"]["open_median_ms"]
    return out


def describe(section: Section, f: dict[str, Any], quick: bool) -> Section:
    section.figures.update(f, quick=quick, targets_apply=not quick)
    plain, locked = f["plain"], f["locked"]
    size = f"{f['years']:g}y"
    checks: list[tuple[str, str, float, float, Callable[[float], str], str]] = [
        ("save_median_ms", "save one entry, median", locked["save_median_ms"], TARGET_SAVE_MS,
         ms, ms(plain["save_median_ms"])),
        ("open_with_unlock_ms", "open + newest 20 logs, with the unlock",
         locked["open_with_unlock_ms"], TARGET_OPEN_MS, ms, ms(plain["open_median_ms"])),
        ("month_median_ms", "load one month", locked["month_median_ms"], TARGET_MONTH_MS, ms,
         ms(plain["month_median_ms"])),
        ("export_median_s", "full JSON export", locked["export_median_s"], TARGET_EXPORT_S,
         lambda s: f"{s:.2f} s", f"{plain['export_median_s']:.2f} s"),
    ]  # fmt: skip
    for name, label, value, limit, show, beside in checks:
        ok = section.check(name, value, limit)
        section.rows.append(
            Row(label, size, show(value), f"plain {beside}", "", f"<= {show(limit)}", ok)
        )
    section.rows += [
        Row("open + newest 20 logs, unlocked", size, ms(locked["open_median_ms"]),
            f"plain {ms(plain['open_median_ms'])}"),
        Row("unlock (scrypt)", size, ms(f["unlock_median_ms"]), f"n = {f['scrypt_n']}, r = 8"),
        Row("turn the lock on (convert all)", size, ms(f["enable_ms"]),
            f"{f['entries']:,} entries"),
    ]  # fmt: skip
    if quick:
        quick_run(section)
    return section


def run(quick: bool) -> Section:
    return describe(Section("lock", TITLE), measure(quick), quick)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a tiny store, few runs")
    args = p.parse_args()
    print(render([run(args.quick)]))


if __name__ == "__main__":
    main()
