"""Invisible break points in a person's long unbroken runs (a pasted web address, a key held
down), so a label or a list row can wrap them; and the words back as written. No Qt: any
building block may use it without importing another's module."""

from __future__ import annotations

import re
from collections.abc import Callable

_LONG_RUN = re.compile(r"\S{30,}")
RUN = 10  # letters between the invisible break points in a long run


def _joins(char: str) -> bool:
    """Whether `char` belongs to the letter before it (an accent, a joiner, a skin tone), so a
    break point never lands between them."""
    import unicodedata

    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")  # (imported only for a long run)
        or char in "\u200d\ufe0e\ufe0f"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
    )


HYPHENS = "-\u2010"  # Qt breaks a line after these of its own accord, never before them
_AFTER_HYPHEN = re.compile(f"(?<=[{HYPHENS}])")


def _break_piece(piece: str) -> str:
    pieces, start, at = [], 0, RUN
    while at < len(piece):
        while at < len(piece) and (
            _joins(piece[at]) or piece[at - 1] == "\u200d" or piece[at] in HYPHENS
        ):
            at += 1  # move past the whole letter, and past a hyphen (a line never starts with one)
        pieces.append(piece[start:at])
        start, at = at, at + RUN
    pieces.append(piece[start:])
    return "\u200b".join(piece for piece in pieces if piece)


def _break_run(run: str) -> str:
    """A long run with break points only in its own long pieces: a hyphenated name of short
    words ("Montgomery-Wolfeschlegelsteinhausen") breaks after its hyphen, as Qt would, where
    a break point every ten letters put "-Wolfeschl…" at the start of the next line."""
    return "".join(
        _break_piece(piece) if _LONG_RUN.fullmatch(piece) else piece
        for piece in _AFTER_HYPHEN.split(run)
    )


def breakable(text: str) -> str:
    """Text whose long unbroken runs (a pasted web address, a key held down) may wrap, for
    display only: a zero-width space every ten letters, so a row never pushes its window
    sideways. A word wrap alone cannot break a run with no spaces in it."""
    return _LONG_RUN.sub(lambda run: _break_run(run[0]), text)


ENDING = ".,;:!?…-–—"  # left off the end of a cut start, which then ends in one "…"


def shortened(text: str, at: int) -> str:
    """The start of `text`, at most `at` characters and with "…" when it goes on: ending
    at the end of a word ("by the…", never "by the riv…"), unless that would leave less
    than half of it (one long word), and never inside a letter (an accent, a joined emoji).
    What it ended with (a comma, a full stop, "…") gives way to the one "…": "the….", four
    dots, was said when a sentence's own stop came after a cut."""
    if at >= len(text):
        return text
    while at > 0 and (_joins(text[at]) or text[at - 1] == "\u200d"):
        at -= 1  # back to where the whole letter starts
    if not text[at].isspace():
        space = text.rfind(" ", 0, at + 1)
        if space > at // 2:
            at = space  # back to the end of the last whole word
    start = text[:at].rstrip()
    while start and start[-1] in ENDING:
        start = start[:-1].rstrip()
    return (start or text[:at].rstrip()) + "…"


def longest_fitting(text: str, fits: Callable[[str], bool]) -> str:
    """`text` whole when it `fits`, else the longest of its starts (`shortened`, with "…")
    that does: "…" alone when none does. `fits` judges the words as they would be shown
    (the Undo strip's sentence in its lines, a StatusLine's sentence naming them); halving
    the letters each try, a long text costs a few measures, not one a letter."""
    if fits(text):
        return text
    good, over = 0, len(text)  # the most letters that fit, and the fewest that do not
    while over - good > 1:
        middle = (good + over) // 2
        if fits(shortened(text, middle)):
            good = middle
        else:
            over = middle
    return shortened(text, good)


def ends_sentence(text: str) -> bool:
    """Whether `text` ends as a sentence does ("…", ".", "!", "?"): a sentence naming it
    adds no stop of its own after it."""
    return text.rstrip().endswith((".", "…", "!", "?"))


def written(text: str) -> str:
    """Text as the person wrote it, without the break points `breakable` added."""
    return text.replace("\u200b", "")
