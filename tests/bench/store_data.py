"""A realistic Footholds store for benchmarks: about 20 entries a day, ~7,500 a year.

Each day: about 5 quick logs (feelings, energy, small wins, notes from a few words to a journal
page), 12 reminder events and 3 routine checks; each month a few proofs, thought logs, a goal
and session notes. Files are written with the store's own storage class, so the format is
exactly what the app writes.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import json
import os
import random
import shutil
import tempfile
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path

import footholds.core.store
from footholds.core.atomic import write_atomic
from footholds.core.paths import HOME_ENV, Paths, make_private_dir
from footholds.core.store import (
    Affirmation,
    Goal,
    LogEntry,
    Person,
    Proof,
    Record,
    ReminderEvent,
    RoutineCheck,
    RoutineItem,
    SafetyPlan,
    Session,
    ThoughtLog,
)
from footholds.core.store.storage import SCHEMA_VERSION, AtomicCachedStorage

FEELINGS = [
    "tired",
    "calm",
    "anxious",
    "numb",
    "hopeful",
    "heavy",
    "okay",
    "restless",
    "sad",
    "irritable",
    "lonely",
    "relieved",
    "overwhelmed",
    "content",
    "flat",
    "grateful",
    "foggy",
    "tender",
]
WINS = (
    "drank water",
    "ate something",
    "moved",
    "stepped outside",
    "brushed teeth",
    "reached out",
    "rested",
    "did a step of a goal",
)
SENTENCES = (
    "Slept badly and the morning felt very long.",
    "Got up anyway and made tea, which counts.",
    "The meeting went better than I feared.",
    "Walked to the corner shop and back; the air helped a little.",
    "Could not focus after lunch, so I stopped trying for a while.",
    "Called my sister for ten minutes.",
    "Everything felt grey today, but I ate a proper meal.",
    "Noticed the critic being loud again when the email came in.",
    "Sat by the window in the sun for a bit.",
    "Did the dishes, just the cups, and left the rest for tomorrow.",
    "My chest was tight in the afternoon; slow breathing took the edge off.",
    "I said no to something and did not apologise for it.",
    "It rained all day and I stayed in, and that was fine.",
    "Finished one small task on the list I had been avoiding.",
    "Felt a flicker of something like interest while reading.",
    "Too tired to cook, so toast and fruit it was.",
)
PARTS = ("the critic", "the hopeless part", "the numb part", "the worrier", "")
ITEMS = [
    "shoulder-rolls",
    "neck-stretch",
    "stand-and-reach",
    "wrist-circles",
    "ankle-circles",
    "slow-breathing",
    "eyes-off-screen",
    "sip-of-water",
    "step-outside",
    "muscle-release",
]
STORE_YEARS = 10.0  # the history every "at ten years" figure is measured on
QUICK_YEARS = 0.2  # --quick: a tiny store, built fresh each run
OUTCOMES = ("shown", "done", "snoozed", "skipped", "deferred", "faded")
OUTCOME_WEIGHTS = (30, 35, 10, 15, 7, 3)
REASONS = ("fullscreen", "meeting", "away", "quiet-hours", "screen-locked")


def note(rng: random.Random) -> str:
    """Half the notes are empty; most others a line or two; a few are a journal page."""
    roll = rng.random()
    count = 0 if roll < 0.5 else rng.randint(1, 2) if roll < 0.85 else rng.randint(3, 8)
    if roll > 0.97:
        count = rng.randint(12, 40)
    return " ".join(rng.choice(SENTENCES) for _ in range(count))


def _at(day: date, rng: random.Random, hour_from: int = 7, hour_to: int = 23) -> datetime:
    seconds = rng.randint(hour_from * 3600, hour_to * 3600 - 1)
    naive = datetime.combine(day, time()) + timedelta(seconds=seconds)
    return naive.astimezone()  # the local offset of that date, as the app records it


def day_records(day: date, rng: random.Random, routine: list[str]) -> list[Record]:
    """The time-ordered entries of one ordinary day."""
    out: list[Record] = []
    for _ in range(rng.choice((3, 4, 5, 5, 6, 7))):
        entry = LogEntry(
            at=_at(day, rng),
            feelings=rng.sample(FEELINGS, rng.choice((0, 1, 1, 2, 2, 3))),
            energy=rng.choice((None, 1, 2, 2, 3, 3, 4, 5)),
            wins=rng.sample(WINS, rng.choice((0, 0, 1, 1, 2, 3))),
            note=note(rng),
        )
        if rng.random() < 0.1:
            entry.trigger, entry.tried, entry.helped = note(rng), note(rng), note(rng)
            entry.part = rng.choice(PARTS)
        if entry.is_empty():
            entry.wins = [rng.choice(WINS)]
        out.append(entry)
    for _ in range(rng.randint(10, 15)):
        outcome = rng.choices(OUTCOMES, OUTCOME_WEIGHTS)[0]
        out.append(
            ReminderEvent(
                at=_at(day, rng, 8, 22),
                reminder=rng.choice(("movement", "movement", "rest")),
                item_id=rng.choice(ITEMS),
                outcome=outcome,
                reason=rng.choice(REASONS) if outcome == "deferred" else "",
            )
        )
    for item in routine:
        if rng.random() < 0.9:
            out.append(RoutineCheck(at=_at(day, rng), day=day.isoformat(), item_id=item))
    return out


def month_extras(day: date, rng: random.Random) -> list[Record]:
    """The handful of longer-lived entries a month brings."""
    out: list[Record] = []
    for _ in range(rng.randint(1, 3)):
        out.append(Proof(at=_at(day, rng), day=day.isoformat(), text=note(rng) or SENTENCES[1]))
    for _ in range(rng.randint(1, 3)):
        out.append(
            ThoughtLog(
                at=_at(day, rng),
                thought=rng.choice(SENTENCES),
                belief_before=rng.randint(40, 100),
                answers={q: note(rng) for q in ("evidence", "friend", "other_view")},
                traps=rng.sample(["all-or-nothing", "mind reading", "fortune telling"], 2),
                balanced=note(rng),
                belief_after=rng.randint(10, 80),
            )
        )
    steps = [{"text": rng.choice(SENTENCES)[:60]} for _ in range(rng.randint(2, 6))]
    out.append(Goal(at=_at(day, rng), title="Sort out one drawer", steps=steps))
    out.append(Session(at=_at(day, rng), day=day.isoformat(), talk_about=note(rng)))
    return out


def fixed_records(start: date, rng: random.Random) -> tuple[list[Record], list[str]]:
    """Routine steps, people, affirmations and a safety plan, made once."""
    routine = [
        RoutineItem(at=_at(start, rng), text=text, position=n)
        for n, text in enumerate(("Brush teeth", "Drink a glass of water", "Open the curtains"))
    ]
    people = [
        Person(at=_at(start, rng), name=n, how="text", message="Rough day, can we talk?")
        for n in ("Sam", "Alex", "My sister")
    ]
    affirmations = [Affirmation(at=_at(start, rng), text=s) for s in SENTENCES[:8]]
    plan = SafetyPlan(at=_at(start, rng), sections={"signs": note(rng), "calm": note(rng)})
    return [*routine, *people, *affirmations, plan], [r.id for r in routine]


def _when(record: Record) -> datetime:
    return record.at


def write_part(path: Path, kind: str, records: list[Record]) -> int:
    """One store file in the store's exact on-disk format; returns how many entries it holds."""
    make_private_dir(path.parent)
    table = {str(n): r.clean().to_dict() for n, r in enumerate(records, start=1)}
    AtomicCachedStorage(path, None, durable=False).write({kind: table})
    return len(table)


def make_store(home: Path, years: float, *, seed: int = 7) -> int:
    """Write a realistic store of `years` years under a FOOTHOLDS_HOME layout; returns entries."""
    paths = Paths.from_env({HOME_ENV: str(home)})
    paths.ensure()
    store_dir = paths.store_dir
    make_private_dir(store_dir)
    write_atomic(store_dir / "meta.json", json.dumps({"schema": SCHEMA_VERSION}).encode())
    rng = random.Random(seed)
    now = datetime.now().astimezone()
    day = now.date() - timedelta(days=max(1, round(years * 365)) - 1)
    fixed, routine = fixed_records(day, rng)
    small: dict[str, list[Record]] = defaultdict(list)
    for record in fixed:
        small[record.KIND].append(record)
    month: dict[str, list[Record]] = defaultdict(list)
    current, total = day.strftime("%Y-%m"), 0
    while day <= now.date():
        if day.strftime("%Y-%m") != current:  # a month is complete: write its files
            total += sum(
                write_part(store_dir / kind / f"{current}.json", kind, sorted(records, key=_when))
                for kind, records in month.items()
            )
            month.clear()
            current = day.strftime("%Y-%m")
        records = day_records(day, rng, routine)
        if day.day == 15:
            records += month_extras(day, rng)
        for record in records:
            if record.at <= now:  # today only up to now
                (month if record.PARTITIONED else small)[record.KIND].append(record)
        day += timedelta(days=1)
    for kind, records in month.items():
        total += write_part(store_dir / kind / f"{current}.json", kind, sorted(records, key=_when))
    for kind, records in small.items():
        total += write_part(store_dir / f"{kind}.json", kind, sorted(records, key=_when))
    return total


def log_entry(rng: random.Random) -> LogEntry:
    """One new quick log, as a person would save it now."""
    return LogEntry(
        feelings=rng.sample(FEELINGS, rng.randint(1, 3)),
        energy=rng.randint(1, 5),
        wins=rng.sample(WINS, rng.randint(0, 2)),
        note=note(rng),
    )


def cache_root() -> Path:
    """Where the ten-year store is kept between runs (~/.cache/footholds-bench)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "footholds-bench"


def _store_key(years: float, seed: int) -> str:
    """Changes with this file, the store's code, the sizes and the day (history ends today)."""
    digest = hashlib.sha256(f"{years}:{seed}:{date.today().isoformat()}".encode())
    digest.update(Path(__file__).read_bytes())
    for source in sorted(Path(footholds.core.store.__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:12]


@functools.cache
def shared_store(years: float, *, seed: int = 7) -> tuple[Path, int]:
    """One store of `years` years for every section; returns its FOOTHOLDS_HOME and entries.

    Ten years are built once and kept in the cache folder, keyed by _store_key; any other size
    is built into a temporary folder, once per run. Sections copy it before changing anything.
    """
    if years != STORE_YEARS:
        home = Path(tempfile.mkdtemp(prefix="footholds-bench-store-"))
        atexit.register(shutil.rmtree, home, ignore_errors=True)
        return home, make_store(home, years, seed=seed)
    root = cache_root()
    name = f"store-{years:g}y"
    home = root / f"{name}-{_store_key(years, seed)}"
    marker = home / "complete"
    if not marker.exists():
        make_private_dir(root)
        for stale in root.glob(f"{name}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        building = root / f"building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        entries = make_store(building, years, seed=seed)
        (building / "complete").write_text(str(entries))
        try:
            building.rename(home)
        except OSError:  # another run finished the same store first
            shutil.rmtree(building, ignore_errors=True)
    return home, int(marker.read_text())


def copy_store(years: float, dest: Path) -> int:
    """A private copy of the shared store of `years` years at `dest`; returns its entries."""
    home, entries = shared_store(years)
    shutil.copytree(home, dest, ignore=shutil.ignore_patterns("complete"))
    return entries
