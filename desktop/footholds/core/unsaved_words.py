"""What is said when the disk refused a save, wherever the save ran: in the running app or in
a command (log, proof add, session add and remove, import), so both use one set of words.

A save the disk refuses is not always lost. The running app keeps it in memory and in an
unsaved-entries file (core/store/pending.py); a command that opened the store itself keeps it
in that file when it closes the store, and the next start, or the next command that can write,
brings it in. Saying "nothing was saved" then is untrue, and invites the person (or a script)
to send it again, so it would be kept twice. So the answer says it is kept, and succeeds; only
when nothing holds it does it say "Nothing was saved" and fail. A command's own answer, once its
store is closed, is in cli/kept.py.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections import Counter

    from footholds.core.store import StoreWriteError


class Unsaved(Exception):
    """A save the disk refused, raised by a command's work on a store so that it is answered
    where the truth is known: by the running app at once (_in_app), by a command once its own
    store is closed (cli/handover.locked_store sets `kept`, then cli/kept.answer() words it).

    `done` is what the command says when the save works, `count` how many entries that is
    (for "it" or "them"), or `what` names the change; `again` follows the words for a kept
    save, and `stopped` says what happened when nothing could keep it (None: "Nothing was
    saved, because …")."""

    def __init__(
        self,
        error: StoreWriteError,
        done: str,
        *,
        count: int = 1,
        what: str | None = None,
        again: str | None = None,
        stopped: str | None = None,
    ) -> None:
        super().__init__(str(error))
        self.error = error
        self.done = done
        self.count = count
        self.what = what
        self.again = again
        self.stopped = stopped
        self.kept = False  # an unsaved-entries file holds it: set once the store is closed


def held(error: StoreWriteError) -> bool:
    """Whether the store took the change into memory though the disk refused it (a refusal
    before anything changed, a store opened only to read, holds nothing). The code says so:
    store.write.* once an unsaved-entries file has it too, store.unsaved.* while only memory
    does (Store._kept_after)."""
    return error.code.startswith(("store.write.", "store.unsaved."))


def in_file(error: StoreWriteError) -> bool:
    """Whether the save itself also put the change in an unsaved-entries file."""
    return error.code.startswith("store.write.")


def kept_words(
    count: int = 1,
    *,
    what: str | None = None,
    in_memory: bool = False,
    again: str | None = None,
    why: int | None = None,
) -> str:
    """Where a change the disk refused is kept, for `count` entries (or the change `what`
    names, as "the removal"); `again` ends it (by default: no need to send it again, as sending
    it again would keep it twice). `why` is the refusal's errno: a data folder that can't be
    written to is named as such, as the start-up does, never as a disk short of room."""
    from footholds.core.store.failures import cause  # the store only once a save failed

    it, they, are = ("it", "it", "is") if count == 1 else ("them", "they", "are")
    if cause(why) == "read_only":
        folder = f"Footholds' data folder can't be written to, so {'for now ' * in_memory}"
        if in_memory:
            words = (
                f"{folder}{what or they} {are} only in Footholds' memory: keep Footholds open "
                f"and {they} will be saved as soon as the folder can be written to again."
            )
        else:
            words = (
                f"{folder}{what or they} {are} kept safely and will be saved as soon as the "
                "folder can be written to again."
            )
    elif in_memory:
        words = (
            f"The disk can't take {what or it} yet, so for now {they} {are} only in Footholds' "
            f"memory: keep Footholds open and {they} will be saved as soon as the disk allows."
        )
    else:
        words = (
            f"The disk can't take {what or it} yet, so {they} {are} kept safely and will be "
            "saved as soon as the disk allows."
        )
    return f"{words} {f'There is no need to send {it} again.' if again is None else again}"


def in_app(failed: Unsaved) -> tuple[bool, str]:
    """The running app's answer: it holds the change (in memory, and in an unsaved-entries
    file when that could be written), or it did not take it at all."""
    error = failed.error
    if not held(error):
        return False, error.strerror or "Could not save to disk."
    memory = not in_file(error)
    words = kept_words(
        failed.count, what=failed.what, in_memory=memory, again=failed.again, why=error.errno
    )
    return True, f"{failed.done} {words}"


def because(exc: OSError) -> str:
    """Why the disk refused a write, in plain words."""
    from footholds.core.store.failures import cause

    why = cause(exc.errno)
    if why == "disk_full":
        return "the disk is full"
    if why == "read_only":
        return "the data folder can't be written to"
    detail = os.strerror(exc.errno) if exc.errno else "no reason given"
    return f"the disk refused the write ({detail})"


def import_refused(error: StoreWriteError, added: Counter[str]) -> Unsaved:
    """An import the disk refused part-way: the entries it added are kept (or not), and what
    came after them in the file was not added, so importing the file again brings in the rest
    (an import adds nothing twice: core/importers.py)."""
    from footholds.core import importers

    return Unsaved(
        error,
        importers.summary(added),
        count=sum(added.values()),
        again="Once it does, import the file again to bring in anything still missing.",
        stopped=(
            f"Not everything was imported, because {because(error)}. Once that is sorted, "
            "import the file again: nothing is added twice."
        ),
    )
