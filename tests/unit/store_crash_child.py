"""Child process for test_store_crash.py: saves entries until it is killed.

Usage: python store_crash_child.py STORE_DIR ASIDE_DIR SEED

Prints "ready" once the store is open, then one line per saved entry ("log <id>" or
"proof <id>"), each only after add() has returned, flushed at once.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from footholds.core.store import LogEntry, Proof, Store

FEELINGS = ["tired", "calm", "anxious", "flat", "hopeful", "heavy", "okay", "restless"]
WINS = ["drank water", "ate something", "moved", "stepped outside", "rested", "reached out"]


def main() -> None:
    folder, aside, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    store = Store(folder, aside_dir=aside)
    store.open()
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    n = 0
    while True:
        n += 1
        zone = timezone(timedelta(minutes=15 * rng.randint(-48, 56)))
        at = (start + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 2))).astimezone(zone)
        if rng.random() < 0.25:  # a quarter of the saves go to the small proof file
            record = store.add(
                Proof(
                    day=at.date().isoformat(),
                    text=f"got through day {seed}-{n} " * rng.randint(1, 8),
                    at=at,
                )
            )
            out.write(f"proof {record.id}\n")
        else:
            entry = LogEntry(
                at=at,
                feelings=rng.sample(FEELINGS, rng.randint(0, 3)),
                energy=rng.randint(1, 5),
                wins=rng.sample(WINS, rng.randint(0, 2)),
                note="a few words about today " * rng.randint(0, 20),
            )
            logged = store.add(entry)
            out.write(f"log {logged.id}\n")
        out.flush()


if __name__ == "__main__":
    main()
