"""Bring entries in from Footholds' own JSON export or a Daylio CSV export. No Qt.

Importing is two steps: `plan()` reads the file and compares it with the store without
changing anything, so the person can see what would happen; `apply()` then reads it again and
adds only the new records, a batch at a time with one save per month file. Neither keeps the
file's records in memory (a Daylio export is read a row at a time), so a 200,000-row file
takes seconds and little memory. Records are matched by id, so importing the same file twice
adds nothing the second time. Daylio rows get an id made from the row's own content for the
same reason. Reading the file itself (the Daylio and JSON readers) is core/import_read.py's.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from footholds.core import import_words
from footholds.core.import_pace import STOP_EVERY, Asked, Stop, no_collection
from footholds.core.import_read import (
    AHEAD_CODE,
    Progress,
    Skipped,
    digest_of,
    failed,
    read_records,
)
from footholds.core.import_read import ImportFailed as ImportFailed  # plan() and apply() raise
from footholds.core.import_words import Words, english
from footholds.core.plural import Plural
from footholds.core.plural import english as plural_english
from footholds.core.store import Record, SafetyPlan, Store, StoreWriteError
from footholds.core.store.earlier import words_digest

if TYPE_CHECKING:
    from footholds.core.settings import Settings

log = logging.getLogger(__name__)
BATCH = 20_000  # records compared or saved at once: bounds memory, keeps saves per file few


@dataclass
class ImportPlan:
    """What importing a file would do. Nothing has been changed yet."""

    source: str  # "footholds" or "daylio"
    name: str
    digest: str  # the file's sha256, so the write can check it is the file that was previewed
    path: Path | None = None
    tz: tzinfo | None = None
    # entries dated after this are left out: the preview's moment, kept so that importing
    # after it leaves out the same ones (set on the first read when None)
    until: datetime | None = None
    new: Counter[str] = field(default_factory=Counter)  # new records per kind
    added: Counter[str] = field(default_factory=Counter)  # what apply() has added so far
    duplicates: Counter[str] = field(default_factory=Counter)  # already in the store
    repeated: Counter[str] = field(default_factory=Counter)  # twice in the file itself
    # sharing an id with another entry (in the file or in the store) but not its words:
    # added as new entries under an id of their own (`fresh_id`), so no words are lost
    differs: Counter[str] = field(default_factory=Counter)
    # sharing an id with an entry changed since in Footholds, and holding words it had before
    # (Record.earlier): an older version of the person's own, left out
    earlier: Counter[str] = field(default_factory=Counter)
    # the ids given while reading to entries whose id another in the file had first
    renamed: set[str] = field(default_factory=set, repr=False)
    tidied: int = 0  # Daylio rows whose invisible characters were taken out
    cut: int = 0  # Daylio notes longer than the store keeps: their start is kept
    kept: Counter[str] = field(default_factory=Counter)  # kinds where yours stays (safety plan)
    skipped: list[Skipped] = field(default_factory=list)  # the first SKIPPED_KEPT of them
    skipped_total: int = 0
    # entries read but dated ahead (AHEAD past `until`), kept apart from the unreadable ones
    ahead: list[Skipped] = field(default_factory=list)  # the first SKIPPED_KEPT of them
    ahead_total: int = 0
    trimmed: int = 0  # entries with details this version does not know, left out
    # a Footholds export's own lists (feelings, wins, parts) by setting name: apply() adds
    # what the person's lists lack (own_lists.add_missing)
    lists: dict[str, list[str]] = field(default_factory=dict)
    # list items by setting name: those the person's lists lack (the preview's, when given
    # their settings), and those apply() added
    words_new: Counter[str] = field(default_factory=Counter)
    words_added: Counter[str] = field(default_factory=Counter)
    stopped: bool = False  # `stop` said so part-way: what was added (if any) stays
    again: bool = False  # what the same file would do now, after an import (`after`)

    def counts(self) -> Counter[str]:
        """New records per kind."""
        return +self.new

    def has_new(self) -> bool:
        """Whether importing would change anything: new records, or list items to add."""
        return bool(self.counts() or +self.words_new)

    def after(self, *, whole: bool) -> ImportPlan:
        """What importing the same file again would do now that apply() has run: all of
        it (`whole`), or stopped part-way (Cancel, a full disk). What came in counts as
        already in Footholds; the rest is still to add."""
        came = self.new if whole else self.added
        return replace(
            self,
            new=+(self.new - came),
            added=Counter(),
            duplicates=self.duplicates + came,
            differs=Counter(),
            # what was tidied came in with it; stopped part-way, the rest may hold more
            tidied=0 if whole else self.tidied,
            cut=0 if whole else self.cut,
            words_new=+(self.words_new - self.words_added),
            words_added=Counter(),
            stopped=False,
            again=True,
        )

    def skip(self, item: Skipped) -> None:
        if item.code == AHEAD_CODE:
            self.ahead_total += 1
            if len(self.ahead) < SKIPPED_KEPT:
                self.ahead.append(item)
            return
        self.skipped_total += 1
        if len(self.skipped) < SKIPPED_KEPT:
            self.skipped.append(item)

    def lines(
        self,
        plural: Plural = plural_english,
        words: Words = english,
        day: Callable[[str], str] | None = None,
    ) -> list[str]:
        """A plain preview, one sentence a line (in English unless told how to say it); `day`
        says a "YYYY-MM-DD" date as the window shows dates (as it is without one)."""
        return import_words.preview_lines(self, plural, words, day)


SKIPPED_KEPT = 50


# -- reading ---------------------------------------------------------------------------------


def plan(
    store: Store,
    path: Path,
    *,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
    settings: Settings | None = None,
    stop: Stop | None = None,
) -> ImportPlan:
    """Read a file and compare it with the store, and its lists with those in `settings`
    (what apply() would add to them); changes nothing. When `stop` says so part-way, the
    plan is left unfinished, with `stopped` set."""
    out = ImportPlan("", path.name, "", path=path, tz=tz)
    has_plan = bool(store.all(SafetyPlan))
    with no_collection():
        for batch in _batches(path, out, progress, stop=Asked(stop)):
            existing, differ, older = _settle(store, batch, out)
            for record in batch:
                if record.id in older:
                    out.earlier[record.KIND] += 1
                elif record.id in existing:
                    out.duplicates[record.KIND] += 1
                elif isinstance(record, SafetyPlan) and has_plan:
                    out.kept[record.KIND] += 1
                else:
                    out.new[record.KIND] += 1
                    if record.id in differ:
                        out.differs[record.KIND] += 1
    if settings is not None and out.lists:
        from footholds.core.own_lists import missing

        out.words_new = Counter(
            {name: len(new) for name, new in missing(settings, out.lists).items()}
        )
    return out


def _batches(
    path: Path, out: ImportPlan, progress: Progress | None, *, check: bool = True, stop: Asked
) -> Iterator[list[Record]]:
    """The file's records in batches, each record once; fills in what `out` says of the file.
    check=False leaves validating Daylio rows to the store (apply: the preview did it once).
    Ends early, with out.stopped set, when `stop` says so."""
    seen: dict[str, str] = {}  # id: its words' fingerprint (Daylio's ids are their words)
    batch: list[Record] = []
    for count, item in enumerate(read_records(path, out, progress, check, stop), 1):
        if count % STOP_EVERY == 0 and stop():
            break
        if isinstance(item, Skipped):
            out.skip(item)
            continue
        words = words_digest(item) if out.source == "footholds" else ""
        if item.id in seen and seen[item.id] != words and _own_id(item):
            # the same id, other words: kept as an entry of its own, never dropped
            item.id = fresh_id(item.id, words)
            out.renamed.add(item.id)
        if item.id in seen:
            out.repeated[item.KIND] += 1
        else:
            seen[item.id] = words
            batch.append(item)
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if stop():
        out.stopped = True
    elif batch:
        yield batch


def _own_id(record: Record) -> bool:
    """Whether `record` may come in under an id of its own when its id is taken by other
    words: not a safety plan (yours stays), nor a kind one a day (a morning's sleep, a
    day's tick), where a second one would stand beside the first."""
    return not record.ONE_PER and not isinstance(record, SafetyPlan)


def fresh_id(record_id: str, words: str) -> str:
    """The id of an entry whose own id another entry with other words has: made from both,
    so importing the same file again finds it already in."""
    return "imp-" + hashlib.sha256(f"{record_id}\x1f{words}".encode()).hexdigest()[:32]


def _settle(
    store: Store, batch: list[Record], out: ImportPlan
) -> tuple[set[str], set[str], set[str]]:
    """The ids of `batch` already in the store with the same words; those to be added as new
    because their id was another entry's (in the file or the store) with other words; and
    those whose words the entry with their id had before it was changed here (left out, as
    the store has them). An entry whose id the store has with other words, none of them its
    earlier ones, gets an id of its own here."""
    held = store.saved_records(batch)
    existing: set[str] = set()
    older: set[str] = set()
    differ = {r.id for r in batch if r.id in out.renamed}
    if out.source != "footholds":  # a Daylio row's id is made from its words
        return set(held), differ, older
    moved: list[Record] = []
    for record in batch:
        mine = held.get(record.id)
        if mine is None:
            continue
        words = words_digest(record)
        if words == words_digest(mine) or not _own_id(record):
            existing.add(record.id)
        elif words in mine.earlier:  # changed since: the person's newer words stay
            existing.add(record.id)
            older.add(record.id)
        else:
            record.id = fresh_id(record.id, words)
            moved.append(record)
    there = store.saved_ids(moved)  # came in with an earlier import of the same file
    existing |= there
    differ |= {r.id for r in moved}
    return existing, differ - existing, older


# -- writing ---------------------------------------------------------------------------------


def apply(
    store: Store,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    settings: Settings | None = None,
    stop: Stop | None = None,
) -> Counter[str]:
    """Read the previewed file again and add its new records, a batch at a time (one atomic
    save per month file), and to `settings` the list items a Footholds export holds that the
    person's lists lack (never removing or renaming theirs; Daylio files have none). Returns
    how many of each kind were added, also kept in plan.added.
    When `stop` says so part-way, it stops between two files (each saved whole or not at
    all), sets plan.stopped and keeps what was added; the same file again adds the rest.
    A record that appeared in the meantime is left as it is. Raises ImportFailed, changing
    nothing, when the file is not the one previewed; StoreWriteError propagates after what
    was already added (on disk, or kept in memory to be written)."""
    if plan.path is None:
        raise failed("import.which_file")
    asked = Asked(stop)
    digest = digest_of(plan.path, asked)
    if asked():
        plan.stopped = True
        return +plan.added
    if digest != plan.digest:
        raise failed("import.changed", file=plan.name)
    has_plan = bool(store.all(SafetyPlan))
    again = ImportPlan("", plan.name, "", path=plan.path, tz=plan.tz, until=plan.until)
    # a kill or power cut part-way leaves this behind, for the next start to say so
    # (core/store/opening.py): what was added stays, and the same file again adds the rest
    from footholds.core.import_running import mark_running

    running = mark_running(store.folder.parent, plan.name)
    try:
        with no_collection():
            _add_all(store, plan, again, has_plan, progress, asked)
    finally:
        if running is not None:
            running.unlink(missing_ok=True)
    plan.stopped = asked.said
    if settings is not None and again.lists and not plan.stopped:
        _add_words(settings, plan, again.lists)
    return +plan.added


def _add_all(
    store: Store,
    plan: ImportPlan,
    again: ImportPlan,
    has_plan: bool,
    progress: Progress | None,
    asked: Asked,
) -> None:
    """Add the new records of `plan`'s file, a batch at a time, counting them in plan.added;
    stops early when `asked` says so."""
    assert plan.path is not None
    for batch in _batches(plan.path, again, progress, check=False, stop=asked):
        # a plan saved in another window while the import let it stays the one
        has_plan = has_plan or bool(store.all(SafetyPlan))
        if has_plan:
            batch = [r for r in batch if not isinstance(r, SafetyPlan)]
        # entries whose id is taken by others with other words get their own, as previewed
        _settle(store, batch, again)
        # rows the preview listed as unreadable are left out here the same way
        try:
            saved = store.add_many(batch, skip_invalid=True, stop=asked)
        except StoreWriteError as exc:
            plan.added.update(record.KIND for record in exc.saved)
            raise
        plan.added.update(record.KIND for record in saved)
        if asked():
            break


def _add_words(settings: Settings, plan: ImportPlan, lists: dict[str, list[str]]) -> None:
    """The export's list items the person's lists lack, added and saved. The entries are in
    already: a settings file that cannot be written leaves them standing."""
    from footholds.core.own_lists import add_missing

    plan.words_added = +add_missing(settings, lists)
    if plan.words_added:
        try:
            settings.save()
        except OSError as exc:
            log.warning("the imported list items were not saved: %s", exc.strerror)


def summary(
    added: Counter[str],
    plural: Plural = plural_english,
    words: Words = english,
    lists: Counter[str] | None = None,
    earlier: int = 0,
) -> str:
    """One warm sentence about what was imported, one about the list items added to the
    person's lists (`lists`, by setting name) when there were any, and one about the `earlier`
    versions of entries changed since that were left out."""
    return import_words.summary(added, plural, words, lists, earlier)
