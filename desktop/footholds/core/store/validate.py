"""Checks at the store's boundary. Every message is a plain sentence for the person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from footholds.core import errors
from footholds.core.errors import Explained

NOTE_LIMIT = 20_000  # a long journal page, far below anything that would slow the store
SHORT_LIMIT = 500
WORD_LIMIT = 80
LIST_LIMIT = 30
YEAR_MIN, YEAR_MAX = 1970, 2200
# Control characters other than newline and tab (C0, DEL, C1) have no place in what a person
# writes; they come from binary pastes and break exports.
_C0_C1 = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
_CONTROL = re.compile(f"[{_C0_C1}]")
# The direction embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069) are as
# invisible, and they turn what follows around: "evil\u202etxt.exe" shows as "evilexe.txt".
# Hebrew, Arabic and emoji need none of them: the marks U+200E/U+200F and the zero-width
# joiners, which they do use, stay welcome.
_DIRECTION = "\u202a-\u202e\u2066-\u2069"
# Unicode's noncharacters (U+FDD0-U+FDEF and the last two of every plane, U+FFFF...) are no
# letters at all: a paste brings them and they show as an empty box. Refused like the direction
# controls, words kept before still read.
_NONCHARACTER = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
)
_INVISIBLE = f"{_DIRECTION}{_NONCHARACTER}"
# Everything a person's words must not hold: the windows leave it out of a paste (ui/common).
CONTROL = re.compile(f"[{_C0_C1}{_INVISIBLE}]")
# Lone surrogates (from a broken paste or a bad decode) cannot be written as UTF-8 at all: let
# through, they would make every later save of the same file fail.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# all in one pass: every stored text is checked each time a month is read
_UNWANTED = re.compile(f"[{_C0_C1}{_INVISIBLE}\ud800-\udfff]")
# Direction controls and noncharacters were kept before they were refused: words already
# stored are read with them (`stored`), or a month holding one would be set aside as damaged.
_STORED: ContextVar[bool] = ContextVar("stored", default=False)
_IDENT = re.compile(r"[A-Za-z0-9_.:-]{1,64}")


class InvalidEntry(Explained, ValueError):
    """An entry that cannot be saved as it is; str(exc) says why, kindly. Raised here with a
    `code` and `values` (core/errors), so the UI can say it in the interface language."""


def invalid(code: str, **values: Any) -> InvalidEntry:
    """An InvalidEntry saying the sentence `code` (core/errors) with `values`; a `field`
    value is the part's English name, one of core/field_names.FIELDS."""
    return InvalidEntry(errors.english(code, **values)).explain(code, **values)


def text(value: Any, label: str, *, limit: int = SHORT_LIMIT, required: bool = False) -> str:
    """A piece of text: newlines normalised, no control characters, within `limit`."""
    if value is None or value == "":  # the most common case by far: nothing written
        if required:
            raise invalid("entry.empty", field=label)
        return ""
    if not isinstance(value, str):
        raise invalid("entry.not_text", field=label)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _UNWANTED.search(value):
        if _CONTROL.search(value):
            raise invalid("entry.control", field=label)
        if _SURROGATE.search(value):
            raise invalid("entry.broken", field=label)
        if not _STORED.get():  # only direction controls and noncharacters are left
            raise invalid("entry.control", field=label)
    if len(value) > limit:
        raise invalid("entry.too_long", field=label, length=f"{len(value):,}", limit=f"{limit:,}")
    if required and not value.strip():
        raise invalid("entry.empty", field=label)
    return value if type(value) is str else str(value)


@contextmanager
def stored() -> Iterator[None]:
    """Read words already kept: direction controls in them are let through (new words are
    refused them), as a month written before they were refused must still read whole."""
    token = _STORED.set(True)
    try:
        yield
    finally:
        _STORED.reset(token)


def words(value: Any, label: str, *, limit: int = LIST_LIMIT) -> list[str]:
    """A short list of short, distinct labels (feelings, wins, tags)."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise invalid("entry.not_list", field=label)
    out: list[str] = []
    kept = _STORED.get()  # part of the cache's key: a word let through as stored is not new
    for item in value:
        clean = _word(item, label, kept) if type(item) is str else _word_uncached(item, label)
        if clean and clean not in out:
            out.append(clean)
    if len(out) > limit:
        raise invalid("entry.too_many", field=label, limit=limit)
    return out


def _word_uncached(item: Any, label: str, kept: bool = False) -> str:
    # `kept` only keys the cache: text() reads it from _STORED itself
    return " ".join(text(item, label, limit=WORD_LIMIT).split())


# Feelings, wins and tags come from a small vocabulary repeated across thousands of entries
# (a 200,000-row import, or every month read): each distinct one is checked once. A word that
# fails raises every time, as exceptions are never cached.
_word = lru_cache(maxsize=4096)(_word_uncached)


def number(value: Any, label: str, low: int, high: int, *, optional: bool = True) -> int | None:
    """A whole number in [low, high], or None when optional."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise invalid("entry.not_whole", field=label, low=low, high=high)
    if not low <= value <= high:
        raise invalid("entry.out_of_bounds", field=label, low=low, high=high)
    return value


def moment(value: Any, label: str = "The time") -> datetime:
    """An aware datetime within a sane range; ISO text is accepted."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise invalid("entry.unclear_moment", field=label) from None
    if not isinstance(value, datetime):
        raise invalid("entry.not_moment", field=label)
    offset = value.utcoffset() if value.tzinfo is not None else None
    if offset is None:
        raise invalid("entry.no_zone", field=label)
    if offset.microseconds:  # no real zone has one; ISO text does not bring it back intact
        raise invalid("entry.odd_zone", field=label)
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise _out_of_years(value.date(), label)
    return value


def not_after(value: datetime, until: datetime, label: str = "The time") -> datetime:
    """`value` when it is no later than `until`. An entry brought in from elsewhere dated
    ahead of now (another device's clock, a wrong export) would sit at the top of every list
    for good; it is refused, naming its date."""
    if value > until:
        raise invalid("entry.ahead", field=label, value=value.date().isoformat())
    return value


def day(value: Any, label: str = "The date", *, optional: bool = False) -> str:
    """A calendar day as YYYY-MM-DD text."""
    if value in (None, "") and optional:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise invalid("entry.not_date", field=label)
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise invalid("entry.not_date", field=label) from None
    if not YEAR_MIN <= parsed.year <= YEAR_MAX:
        raise _out_of_years(parsed, label)
    return parsed.isoformat()


def _out_of_years(day: date, label: str) -> InvalidEntry:
    # The date itself and the years kept, as the command line's dates say it: the year
    # alone read as a time "out of range", and an imported row's date had to be guessed.
    return invalid("entry.year", field=label, value=day.isoformat(), low=YEAR_MIN, high=YEAR_MAX)


_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def clock(value: Any, label: str, *, optional: bool = False) -> str:
    """A time of day as "HH:MM" (24-hour)."""
    if value in (None, "") and optional:
        return ""
    if not isinstance(value, str) or not _CLOCK.fullmatch(value):
        raise invalid("entry.not_clock", field=label)
    return value


def choice(value: Any, label: str, options: tuple[str, ...]) -> str:
    if value not in options:
        raise invalid("entry.not_choice", field=label, options=", ".join(options))
    return str(value)


def flag(value: Any, label: str) -> bool:
    """A yes or no: only a real boolean (the text "false" must not become True)."""
    if not isinstance(value, bool):
        raise invalid("entry.not_flag", field=label)
    return value


def ident(value: Any) -> str:
    """A record id: short, printable, no slashes."""
    if not isinstance(value, str) or not _IDENT.fullmatch(value):
        raise invalid("entry.bad_id")
    return value


def idents(value: Any, label: str) -> list[str]:
    """A short list of distinct content ids (options a person ticked), in their order."""
    if value is None:
        return []
    if not isinstance(value, (list, tuple)):
        raise invalid("entry.not_list", field=label)
    out: list[str] = []
    for item in value:
        if not isinstance(item, str) or not _IDENT.fullmatch(item):
            raise invalid("entry.choice_name", field=label)
        if item not in out:
            out.append(item)
    if len(out) > LIST_LIMIT:
        raise invalid("entry.too_many_choices", field=label)
    return out


def mapping(
    value: Any, label: str, keys: tuple[str, ...] | None = None, *, limit: int = NOTE_LIMIT
) -> dict[str, str]:
    """A small dict of text answers, e.g. thought-log answers or safety-plan sections."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid("entry.not_answers", field=label)
    out: dict[str, str] = {}
    for key, answer in value.items():
        # parts are named by content ids: a key of any other shape (a control character, a
        # lone surrogate that would make the file unwritable) is refused like an unknown one
        if not isinstance(key, str) or not _IDENT.fullmatch(key):
            raise invalid("entry.part_name", field=label)
        if keys is not None and key not in keys:
            raise invalid("entry.unknown_part", field=label, part=repr(key))
        if len(out) >= LIST_LIMIT:
            raise invalid("entry.too_many_parts", field=label)
        out[key] = text(answer, label, limit=limit)
    return out
