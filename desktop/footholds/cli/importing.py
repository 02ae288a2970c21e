"""`footholds import`: a Footholds JSON export or a Daylio CSV, read and compared here, shown
as a plan, then added through the running app when there is one, else through the instance
lock; rows read so far shown on standard error as it goes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from footholds.cli.data_files import open_for_reading
from footholds.cli.handover import app_or_here, say
from footholds.core.paths import Paths
from footholds.core.store import Store, StoreWriteError
from footholds.core.unsaved_words import import_refused


def cmd_import(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core import import_read, importers

    source = Path(args.file).expanduser().resolve()
    try:  # a file that is not there is said first: no passphrase is asked for nothing
        import_read.check_file(source)
    except importers.ImportFailed as exc:
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    # only read here, to compare (safe beside the running app); with the lock on, it needs
    # the passphrase like every other reading command
    store = open_for_reading(paths)
    reading = Progress("Reading")
    try:
        from footholds.core.own_lists import load_opened

        # the lists as they are now, so the preview says what a Footholds export adds to them
        mine = load_opened(paths.settings_file)
        plan = importers.plan(store, source, progress=reading, settings=mine)
    except importers.ImportFailed as exc:
        reading(-1, 1.0)  # clear the progress line before saying why
        say(f"footholds: {exc} Nothing was changed.", err=True)
        return 1
    finally:
        store.close()
    for line in plan.lines():
        say(line)
    if not plan.has_new():
        say("Nothing new to import; nothing was changed.")
        return 0
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            say(
                "footholds: nothing was imported. To import without being asked, "
                "run this again with --yes.",
                err=True,
            )
            return 1
        try:
            answer = input("Import these? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            say("Nothing was changed.")
            return 0
    # a big file takes the app a while: wait for its answer as long as that may take
    wait_s = max(120.0, 60 + sum(plan.counts().values()) / 10_000)

    def here(direct: Store) -> int:
        from footholds.core.own_lists import load_opened

        importing = Progress("Importing")
        settings = load_opened(paths.settings_file)  # a Footholds export's lists join theirs
        try:
            added = importers.apply(direct, plan, progress=importing, settings=settings)
        except importers.ImportFailed as exc:
            importing(-1, 1.0)
            say(f"footholds: {exc} Nothing was changed.", err=True)
            return 1
        except StoreWriteError as exc:
            importing(-1, 1.0)
            raise import_refused(exc, plan.added) from exc
        say(importers.summary(added, lists=plan.words_added, earlier=plan.earlier.total()))
        return 0

    return app_or_here(
        paths, "import", here, timeout_s=wait_s, path=str(source), digest=plan.digest
    )


class Progress:
    """Rows read so far, on stderr: one line redrawn in place on a terminal, else a line
    every EVERY rows (so a log of a long import shows it moving, without flooding it)."""

    EVERY = 50_000

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.tty = sys.stderr is not None and sys.stderr.isatty()
        self.shown = False

    def __call__(self, rows: int, share: float) -> None:
        if sys.stderr is None:
            return
        if rows < 0:  # done
            if self.shown and self.tty:
                sys.stderr.write("\r\033[K")
                sys.stderr.flush()
            self.shown = False
            return
        if self.tty:
            sys.stderr.write(f"\r{self.verb} the file: {rows:,} rows ({share:.0%})")
        elif rows % self.EVERY == 0:
            sys.stderr.write(f"{self.verb} the file: {rows:,} rows ({share:.0%})\n")
        else:
            return
        sys.stderr.flush()
        self.shown = True
