"""`footholds log --slept 23:30-07:10 [--sleep-quality 1-5]`: last night's sleep, roughly.

Anything else given with it (a feeling, a note) is saved as a log entry as usual. The running
app saves it when it is up; otherwise this process opens the store itself.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from footholds.cli.handover import app_or_here, say
from footholds.core.paths import Paths
from footholds.core.unsaved_words import Unsaved

if TYPE_CHECKING:
    from footholds.core.store import Store


def log_sleep(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.data_files import person_today
    from footholds.core import sleep
    from footholds.core.store import InvalidEntry, LogEntry, StoreWriteError

    if args.slept is None:
        say(
            "footholds: --sleep-quality goes with --slept, for example "
            "--slept 23:30-07:10 --sleep-quality 3",
            err=True,
        )
        return 2
    try:
        bed, up = sleep.parse_slept(args.slept)
    except sleep.SleepTimesError as exc:
        say(f"footholds: {exc}", err=True)
        return 2
    night: dict[str, Any] = {
        "bed": bed,
        "up": up,
        "quality": args.sleep_quality,
        # last night ends on the person's today's morning: at 00:30 that is still yesterday's
        "day": person_today(paths).isoformat(),
    }
    entry = LogEntry(
        feelings=args.feel,
        energy=args.energy,
        wins=args.win,
        note=args.note,
        trigger=args.trigger,
        tried=args.tried,
        helped=args.helped,
        part=args.part,
        source="cli",
    )
    extra: dict[str, Any] = {}
    if not entry.is_empty():
        try:
            extra["entry"] = entry.clean().to_dict()
        except InvalidEntry as exc:
            say(f"footholds: {exc}", err=True)
            return 2

    def here(store: Store) -> int:
        saves: list[Callable[[], object]] = [lambda: sleep.save_night(store, night, source="cli")]
        if "entry" in extra:
            saves.append(lambda: store.add(entry))
        refused: StoreWriteError | None = None
        for save in saves:
            try:
                save()
            except (InvalidEntry, sleep.SleepTimesError) as exc:
                say(f"footholds: {exc}", err=True)
                return 2
            except StoreWriteError as exc:  # a night kept keeps its entry company, as in the app
                refused = refused or exc
        if refused is not None:
            raise Unsaved(refused, sleep.SAVED)
        say(sleep.SAVED)
        return 0

    return app_or_here(paths, "log", here, sleep=night, **extra)
