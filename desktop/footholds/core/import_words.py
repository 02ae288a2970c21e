"""What an import preview and its summary say, in words a window can translate.

core/importers.py decides what a file holds; this says it. The sentences are marked for
lupdate in the "importers" context. Counted ones go through a `Plural` (core/plural.py),
the others through `Words`, a function translating one sentence; both default to English,
which the command line uses. A window passes Qt's (ui/i18n.counted and
QCoreApplication.translate). Why a row was skipped is said by its code (core/errors) where
it has one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from footholds.core.errors import (
    QT_TRANSLATE_NOOP,
    Explained,
    Notice,
    Said,
    explained,
    said,
    told,
)
from footholds.core.plural import QT_TRANSLATE_N_NOOP, Plural
from footholds.core.plural import english as plural_english

if TYPE_CHECKING:
    from footholds.core.import_read import Skipped
    from footholds.core.importers import ImportPlan

Words = Callable[[str, str], str]  # (context, English sentence) -> the sentence to show
CONTEXT = "importers"
_LEADING_NUMBER = re.compile(r"^\d+\s+")  # "1 log entry" -> "log entry", in any language


def english(_context: str, text: str) -> str:
    return text


# How many of each kind of record, as "%n log entries".
KIND_COUNTS: dict[str, str] = {
    "log": QT_TRANSLATE_N_NOOP("importers", "%n log entries", "%n log entry"),
    "reminder": QT_TRANSLATE_N_NOOP("importers", "%n reminder outcomes", "%n reminder outcome"),
    "proof": QT_TRANSLATE_N_NOOP("importers", "%n proof-list entries", "%n proof-list entry"),
    "affirmation": QT_TRANSLATE_N_NOOP("importers", "%n affirmations", "%n affirmation"),
    "content_mark": QT_TRANSLATE_N_NOOP(
        "importers", "%n hidden or favourite marks", "%n hidden or favourite mark"
    ),
    "own_item": QT_TRANSLATE_N_NOOP(
        "importers", "%n suggestions of your own", "%n suggestion of your own"
    ),
    "thought": QT_TRANSLATE_N_NOOP("importers", "%n thought logs", "%n thought log"),
    "routine_item": QT_TRANSLATE_N_NOOP("importers", "%n routine steps", "%n routine step"),
    "routine_check": QT_TRANSLATE_N_NOOP("importers", "%n routine ticks", "%n routine tick"),
    "goal": QT_TRANSLATE_N_NOOP("importers", "%n micro-goals", "%n micro-goal"),
    "person": QT_TRANSLATE_N_NOOP("importers", "%n people", "%n person"),
    "safety_plan": QT_TRANSLATE_N_NOOP("importers", "%n safety plans", "%n safety plan"),
    "own_line": QT_TRANSLATE_N_NOOP(
        "importers", "%n help lines of your own", "%n help line of your own"
    ),
    "session": QT_TRANSLATE_N_NOOP("importers", "%n sessions", "%n session"),
    "activity": QT_TRANSLATE_N_NOOP(
        "importers", "%n activities of your own", "%n activity of your own"
    ),
    "activity_plan": QT_TRANSLATE_N_NOOP(
        "importers", "%n planned activities", "%n planned activity"
    ),
    "sleep": QT_TRANSLATE_N_NOOP("importers", "%n nights' sleep", "%n night's sleep"),
    "medication_taken": QT_TRANSLATE_N_NOOP(
        "importers", "%n medication ticks", "%n medication tick"
    ),
    "medicine": QT_TRANSLATE_N_NOOP("importers", "%n medicines", "%n medicine"),
    "questionnaire": QT_TRANSLATE_N_NOOP("importers", "%n questionnaires", "%n questionnaire"),
}
# How many items join each of the person's own lists, as "%n feelings".
LIST_COUNTS: dict[str, str] = {
    "lists.feelings": QT_TRANSLATE_N_NOOP("importers", "%n feelings", "%n feeling"),
    "lists.wins": QT_TRANSLATE_N_NOOP("importers", "%n small wins", "%n small win"),
    "lists.parts": QT_TRANSLATE_N_NOOP("importers", "%n parts of you", "%n part of you"),
}
FROM_FOOTHOLDS = QT_TRANSLATE_NOOP("importers", "From a Footholds export ({file}):")
FROM_DAYLIO = QT_TRANSLATE_NOOP("importers", "From a Daylio export ({file}):")
# the preview once an import has run (all of it, or stopped part-way): what is left
AGAIN = QT_TRANSLATE_NOOP("importers", "If you import {file} again:")
TO_ADD = QT_TRANSLATE_NOOP("importers", "{amount} to add")
NOTHING_NEW = QT_TRANSLATE_NOOP("importers", "nothing new to add")
LISTS_TO_ADD = QT_TRANSLATE_NOOP("importers", "{amounts} to add to your lists")
LISTS_ADDED = QT_TRANSLATE_NOOP("importers", "Added to your lists: {amounts}.")
DUPLICATES = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n already in Footholds, left as they are",
    "%n already in Footholds, left as it is",
)
REPEATED = QT_TRANSLATE_N_NOOP(
    "importers", "%n repeated in the file, taken once", "%n repeated in the file, taken once"
)
DIFFERS = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n share an id with another entry but have different words: added as new entries",
    "%n shares an id with another entry but has different words: added as a new entry",
)
# an entry changed in Footholds since the export was made: the file holds its older words
EARLIER = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n are earlier versions of entries you have changed since; your versions stay",
    "%n is an earlier version of an entry you have changed since; your version stays",
)
EARLIER_DONE = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n were earlier versions of entries you have changed since; your versions stay.",
    "%n was an earlier version of an entry you have changed since; your version stays.",
)
TIDIED = QT_TRANSLATE_N_NOOP(
    "importers",
    "invisible characters were taken out of %n entries; their words are kept",
    "invisible characters were taken out of %n entry; its words are kept",
)
CUT = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n notes were longer than Footholds keeps: their start was kept",
    "%n note was longer than Footholds keeps: its start was kept",
)
PLAN_KEPT = QT_TRANSLATE_NOOP(
    "importers", "your current safety plan stays as it is; the one in the file is left out"
)
TRIMMED = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n entries had details this version does not know; left out",
    "%n entry had details this version does not know; left out",
)
UNREADABLE = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n could not be read and will be left out:",
    "%n could not be read and will be left out:",
)
AHEAD = QT_TRANSLATE_N_NOOP(
    "importers",
    "%n are dated ahead of today and will be left out:",
    "%n is dated ahead of today and will be left out:",
)
MORE = QT_TRANSLATE_N_NOOP("importers", "... and %n more", "... and %n more")
NONE_NEW = QT_TRANSLATE_NOOP(
    "importers", "Nothing new to import; everything in the file was already here."
)
IMPORTED = QT_TRANSLATE_NOOP("importers", "Imported {amounts}.")
# Cancel pressed while it imports: what had come in stays (core/importers.apply).
STOPPED = QT_TRANSLATE_N_NOOP(
    "importers",
    "You stopped the import. %n entries had come in by then and are kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.",  # noqa: E501
    "You stopped the import. %n entry had come in by then and is kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.",  # noqa: E501
)
STOPPED_EARLY = QT_TRANSLATE_NOOP(
    "importers", "You stopped the import before anything came in. Nothing was changed."
)


def amount(kind: str, n: int, plural: Plural = plural_english) -> str:
    """ "3 log entries", in the words `plural` speaks."""
    text = KIND_COUNTS.get(kind)
    return plural(CONTEXT, text, n) if text else f"{n} {kind}"


def kind_name(kind: str) -> str:
    """The English name of one record of `kind`: "log entry"."""
    text = KIND_COUNTS.get(kind)
    return plural_english(CONTEXT, text, 1).removeprefix("1 ") if text else kind


def preview_lines(
    plan: ImportPlan,
    plural: Plural = plural_english,
    words: Words = english,
    day: Callable[[str], str] | None = None,
) -> list[str]:
    """A plain preview, one sentence a line. `day` says a "YYYY-MM-DD" date the window's way;
    the command line keeps it as it is."""
    source = FROM_FOOTHOLDS if plan.source == "footholds" else FROM_DAYLIO
    if plan.again:
        source = AGAIN
    out = [words(CONTEXT, source).format(file=plan.name)]
    counts = plan.counts()
    to_add = words(CONTEXT, TO_ADD)
    from footholds.core.store import BY_KIND  # the order the store knows them in

    for kind in BY_KIND:
        if counts[kind]:
            out.append("  " + to_add.format(amount=amount(kind, counts[kind], plural)))
    if +plan.words_new:
        amounts = list_amounts(plan.words_new, plural)
        out.append("  " + words(CONTEXT, LISTS_TO_ADD).format(amounts=amounts))
    elif not counts:
        out.append("  " + words(CONTEXT, NOTHING_NEW))
    dupes = sum(plan.duplicates.values())
    if dupes:
        out.append("  " + plural(CONTEXT, DUPLICATES, dupes))
    repeats = sum(plan.repeated.values())
    if repeats:
        out.append("  " + plural(CONTEXT, REPEATED, repeats))
    differs = sum(plan.differs.values())
    if differs:
        out.append("  " + plural(CONTEXT, DIFFERS, differs))
    older = sum(plan.earlier.values())
    if older:
        out.append("  " + plural(CONTEXT, EARLIER, older))
    if plan.tidied:
        out.append("  " + plural(CONTEXT, TIDIED, plan.tidied))
    if plan.cut:
        out.append("  " + plural(CONTEXT, CUT, plan.cut))
    if plan.kept["safety_plan"]:
        out.append("  " + words(CONTEXT, PLAN_KEPT))
    if plan.trimmed:
        out.append("  " + plural(CONTEXT, TRIMMED, plan.trimmed))
    if plan.skipped_total:
        out.append("  " + plural(CONTEXT, UNREADABLE, plan.skipped_total))
        for s in plan.skipped:
            why = told(s.code, s.values, words) if s.code else s.reason
            out.append(f"    {_where(s, plural, words)}: {why}")
        if plan.skipped_total > len(plan.skipped):
            out.append("    " + plural(CONTEXT, MORE, plan.skipped_total - len(plan.skipped)))
    if plan.ahead_total:
        # read well enough, only dated ahead: the heading says why, each line where and when
        out.append("  " + plural(CONTEXT, AHEAD, plan.ahead_total))
        for s in plan.ahead:
            when = s.values.get("value", "")
            out.append(f"    {_where(s, plural, words)}: {day(when) if day else when}")
        if plan.ahead_total > len(plan.ahead):
            out.append("    " + plural(CONTEXT, MORE, plan.ahead_total - len(plan.ahead)))
    return out


def _where(s: Skipped, plural: Plural, words: Words) -> str:
    """Where a left-out row or entry is in the file: "line 4", "log entry number 2"."""
    if s.line is not None:
        return told("daylio.where", {"line": str(s.line)}, words)
    if s.number is not None and s.kind in KIND_COUNTS:
        kind = _LEADING_NUMBER.sub("", plural(CONTEXT, KIND_COUNTS[s.kind], 1))
        return told("import.entry_where", {"kind": kind, "number": str(s.number)}, words)
    return s.where


def list_amounts(counts: Counter[str], plural: Plural = plural_english) -> str:
    """ "2 feelings, 1 small win": items for the person's lists, by setting name."""
    return ", ".join(
        plural(CONTEXT, text, counts[name]) for name, text in LIST_COUNTS.items() if counts[name]
    )


def summary(
    added: Counter[str],
    plural: Plural = plural_english,
    words: Words = english,
    lists: Counter[str] | None = None,
    earlier: int = 0,
) -> str:
    """One warm sentence about what was imported, one about what joined the person's lists
    (`lists`, by setting name) when anything did, and one about the `earlier` versions of
    entries changed since, left out, when there were any."""
    joined = (
        words(CONTEXT, LISTS_ADDED).format(amounts=list_amounts(lists, plural))
        if lists and +lists
        else ""
    )
    if not +added:
        said = joined or words(CONTEXT, NONE_NEW)
    else:
        parts = [amount(kind, n, plural) for kind, n in added.items() if n]
        said = words(CONTEXT, IMPORTED).format(amounts=", ".join(parts))
        said = f"{said} {joined}" if joined else said
    return f"{said} {plural(CONTEXT, EARLIER_DONE, earlier)}" if earlier else said


def stopped(added: Counter[str], plural: Plural = plural_english, words: Words = english) -> str:
    """What a person who pressed Cancel part-way is told: how many entries had come in and
    stay (none: that nothing changed)."""
    count = sum(added.values())
    return plural(CONTEXT, STOPPED, count) if count else words(CONTEXT, STOPPED_EARLY)


# The cause of a refused write (the end of a store.write.* or store.unsaved.* code) that an
# import names in its own words.
_CAUSES = ("disk_full", "read_only", "not_a_file", "refused")


def write_stopped(error: Explained, count: int) -> Notice:
    """What an import the disk stopped part-way says (the window's words: the command line
    has its own, core/unsaved_words.py): why it stopped, how many entries had come in
    (`count`, on disk or held in memory) and are kept, and what brings in the rest. Those only
    in memory (a store.unsaved.* code) are said to be so, with what keeps them."""
    held = error.code.startswith(("store.write.", "store.unsaved."))
    cause = error.code.rpartition(".")[2]
    why = (
        Said(f"import.stopped.{cause}", dict(error.values))
        if held and cause in _CAUSES
        else explained(error)
    )
    parts = [why, said("import.kept", count) if count else said("import.kept_none")]
    if count and error.code.startswith("store.unsaved."):
        parts.append(said("import.in_memory", count))
    parts.append(said("import.rest.disk_full" if cause == "disk_full" else "import.rest"))
    return Notice(*parts)
