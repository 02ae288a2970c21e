"""What Copy number puts on the clipboard for a number as a person wrote it ("0800 123 456
ext. 12 ask for Sam"): the number alone, to paste into a phone, with the digits, the "+" and
the spaces, hyphens, dots, slashes and brackets a phone keeps between them.

The number first is the one a call dials (core/dial.py), extension and words after it left
out, and the "(0)" not dialled after a country code left out too: pasted, a phone dials it.
Else the first number inside the words ("call 116 123 (free)"), by the rule people's numbers
are found with (core/phone_in_words.py), and whether another follows it, so the window can
say the first was copied. Where neither finds a number, or letters stand for digits
("1-800-273-TALK": cut there, a wrong number), the whole text is copied, as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from footholds.core import phone_in_words
from footholds.core.dial import (
    EXTENSION_WORDS,
    SPACES,
    TRUNK,
    dialled,
    number_part,
    spelled,
    unclear,
)

DASHES = "-\u2010\u2011\u2012\u2013\u2014"
KEPT = "+./()"  # kept as written between the digits
# an extension's word just before a run of digits: "ext. 123456" is no second number
_EXTENSION_BEFORE = re.compile(r"([^\W\d_]+)[\s.:#]*$")


@dataclass(frozen=True)
class ToCopy:
    """What to copy for `written`, and where that number stands in it."""

    written: str  # the words as written, without the spaces round them
    text: str  # what goes on the clipboard
    start: int = 0  # where the number copied stands in `written` (0, 0: the whole is copied)
    end: int = 0
    more: bool = False  # another number follows the one copied

    @property
    def whole(self) -> bool:
        """No number was told from the words: the whole text is copied."""
        return self.end == 0

    @property
    def same(self) -> bool:
        """What is copied is just what is shown: "Copied" says it all."""
        return self.text == self.written


def dialable(number: str) -> str:
    """`number` as a phone takes it pasted: 0-9 for every script's digits, plain spaces and
    hyphens, no "(0)" after a country code, and nothing that is none of those."""
    if number.lstrip().startswith("+"):
        number = TRUNK.sub("", number)
    kept = []
    for char in number:
        if unicodedata.decimal(char, None) is not None:
            kept.append(str(unicodedata.decimal(char)))
        elif char in SPACES:
            kept.append(" ")
        elif char in DASHES:
            kept.append("-")
        elif char in KEPT:
            kept.append(char)
    return re.sub(" {2,}", " ", "".join(kept)).strip()


def _after_extension(text: str, start: int) -> bool:
    """Whether the digits at `start` follow an extension's word ("ext. 123456")."""
    word = _EXTENSION_BEFORE.search(text[:start])
    return word is not None and word.group(1).casefold() in EXTENSION_WORDS


def _numbers_after(text: str, at: int) -> bool:
    """Whether a number stands in `text` from `at` on, not an extension's digits."""
    return any(
        start >= at and not _after_extension(text, start)
        for start, _end in phone_in_words.spans(text)
    )


def to_copy(written: str) -> ToCopy:
    """What Copy number copies for `written`, and where it stands in it."""
    text = written.strip()
    number, rest = number_part(text)
    if number and (spelled(rest) or unclear(number, rest)):
        return ToCopy(text, text)
    if number and dialled(text) is not None:
        start, end = 0, len(number)
    else:
        found = phone_in_words.spans(text)
        if not found:
            return ToCopy(text, text)
        start, end = found[0]
        if unclear(text[start:end], text[end:]):  # hours after it: the words whole
            return ToCopy(text, text)
    return ToCopy(text, dialable(text[start:end]), start, end, _numbers_after(text, end))
