"""Where a search's words are in a text as shown, found the way the search finds them
(core/list_words.fold: case, accents and spacing aside), so what was found can be marked.

The search compares folded texts; folding changes lengths ("É" is two characters taken
apart, "ß" becomes "ss", a run of spaces one), so each folded character remembers the
character of the shown text it came from."""

from __future__ import annotations

from footholds.core.list_words import fold

ZERO_WIDTH = "\u200b"  # the break points a long run is drawn with (ui/common/breaks.py)


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """`text` folded as `fold` does, and for each folded character the index in `text` of
    the character it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char == ZERO_WIDTH:
            continue  # not a character of the words: a match runs across it
        if char.isspace():
            if out and out[-1] != " ":  # a run of spacing is one space, as in fold
                out.append(" ")
                origin.append(index)
            continue
        for folded in fold(char):  # case and accents aside, one character at a time
            out.append(folded)
            origin.append(index)
    return "".join(out), origin


def found_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """The places in `text` (start, end: end not included) where the folded `needle` is, in
    order and not overlapping; [] for an empty needle."""
    if not needle:
        return []
    folded, origin = _folded_with_origin(text)
    spans: list[tuple[int, int]] = []
    start = folded.find(needle)
    while start >= 0:
        last = start + len(needle) - 1
        spans.append((origin[start], origin[last] + 1))
        start = folded.find(needle, start + len(needle))
    return spans
