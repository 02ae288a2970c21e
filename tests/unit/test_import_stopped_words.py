"""What an import says when it stops part-way, by the person's Cancel or by a full disk: how
many entries came in and are kept, in the right number, and never "your entry" for many."""

from __future__ import annotations

import errno
from collections import Counter

import pytest

from footholds.core.import_words import stopped, write_stopped
from footholds.core.store.failures import why_failed

FULL = OSError(errno.ENOSPC, "No space left on device")
REST = (
    "Once there is space again, import the same file to bring in the rest; nothing is added twice."
)


@pytest.mark.parametrize(
    ("count", "kept"),
    [
        (1, "1 entry from the file came in before that and is kept"),
        (20_001, "20001 entries from the file came in before that and are kept"),
    ],
    ids=["one", "many"],
)
def test_a_full_disk_says_how_many_came_in(count: int, kept: str) -> None:
    said = str(write_stopped(why_failed(FULL), count))
    assert said == (
        f"The disk filled up, so the import stopped part-way. {kept}, and nothing you already "
        f"had was lost. {REST}"
    )
    assert "Your entry" not in said


@pytest.mark.parametrize(
    ("count", "memory"),
    [
        (1, "It is only in memory for now: keep Footholds open, and it will be saved"),
        (500, "The last of them are only in memory for now: keep Footholds open, and they will"),
    ],
    ids=["one", "many"],
)
def test_those_only_in_memory_are_said_to_be_so(count: int, memory: str) -> None:
    said = str(write_stopped(why_failed(FULL, "store.unsaved"), count))
    assert memory in said and said.endswith(REST)


def test_nothing_in_yet_is_not_counted() -> None:
    said = str(write_stopped(why_failed(FULL), 0))
    assert "Nothing from the file came in, and nothing you already had was lost." in said
    assert "0" not in said


def test_other_causes_say_theirs_and_what_brings_the_rest() -> None:
    said = str(write_stopped(why_failed(OSError(errno.EROFS, "Read-only file system")), 3))
    assert said.startswith("The data folder stopped taking writes, so the import stopped")
    assert said.endswith(
        "Once that is sorted, import the same file again to bring in the rest; "
        "nothing is added twice."
    )


@pytest.mark.parametrize(
    ("added", "words"),
    [
        (Counter(log=1), "You stopped the import. 1 entry had come in by then and is kept,"),
        (
            Counter(log=4_000, proof=2),
            "You stopped the import. 4002 entries had come in by then and are kept,",
        ),
        (Counter(), "You stopped the import before anything came in. Nothing was changed."),
    ],
    ids=["one", "many", "none"],
)
def test_cancel_says_what_came_in_and_stays(added: Counter[str], words: str) -> None:
    assert stopped(added).startswith(words)
