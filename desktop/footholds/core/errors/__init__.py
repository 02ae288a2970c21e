"""Errors a person may read: a stable code and the values its sentence needs.

Core has no Qt and no idea of the interface language, so an error raised here carries its
`code` and `values` beside the English sentence (str(exc), for the command line and logs).
The UI translates by code: ui/i18n.error_text() looks the code's English sentence up in the
"errors" translation context and fills the same named values, so a translator may reorder
(`told`, which also translates the values that are words: a part's or a setting's name).
Raise one with `error(Kind, code, **values)`, Kind mixing in Explained.

The sentences themselves are kept by area, each module its own MESSAGES: saving and opening
the store (store.py), a damaged store file read around (recovery.py), importing and reading a
file (imports.py), backups (backups.py), an entry and sleep times (entries.py), settings
(settings.py). Here they are one table, by code, MESSAGES: read from those modules the first
time a sentence is wanted (messages()), so an app that never says one keeps none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from typing import Any, Self, TypeVar

from footholds.core.errors.mark import QT_TRANSLATE_NOOP
from footholds.core.plural import Plural
from footholds.core.plural import english as plural_english

__all__ = [
    "MESSAGES",
    "QT_TRANSLATE_NOOP",
    "TRANSLATED_VALUES",
    "Explained",
    "Notice",
    "Said",
    "Words",
    "english",
    "error",
    "explained",
    "messages",
    "said",
    "say",
    "told",
]

_AREAS = ("store", "imports", "backups", "entries", "settings", "recovery")


@cache
def messages() -> dict[str, str]:
    """Every sentence by its code (MESSAGES), the areas' modules imported the first time."""
    areas = [import_module(f"{__name__}.{area}") for area in _AREAS]
    return {code: text for area in areas for code, text in area.MESSAGES.items()}


def __getattr__(name: str) -> Any:
    if name == "MESSAGES":
        return messages()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Values that are themselves words to translate: a value's name, and the context its
# translation is in. A setting's label is translated where the Settings window shows it.
TRANSLATED_VALUES: dict[str, str] = {"field": "fields", "setting": "settings"}

Words = Callable[[str, str], str]  # (context, English sentence) -> the sentence to show


def _same(_context: str, text: str) -> str:
    return text


class Explained:
    """Mixed into an exception a person may read: which sentence (`code`) with which values.

    Set with `explain`; an exception raised without one keeps code "" and the UI shows
    str(exc) as it is.
    """

    code: str = ""
    values: Mapping[str, str] = {}

    def explain(self, code: str, **values: Any) -> Self:
        """Name the sentence and its values; returns the exception, to raise it in one go."""
        self.code = code
        self.values = {name: str(value) for name, value in values.items()}
        return self


E = TypeVar("E", bound=Explained)


def error(kind: type[E], code: str, **values: Any) -> E:
    """An exception of `kind` saying the sentence `code` with `values`, in English for str()
    and explained for the UI; raise it."""
    return kind(english(code, **values)).explain(code, **values)  # type: ignore[call-arg]


def english(code: str, **values: Any) -> str:
    """The English sentence for `code`, filled."""
    return messages()[code].format(**{name: str(value) for name, value in values.items()})


def told(code: str, values: Mapping[str, str], words: Words = _same) -> str:
    """The sentence for `code` in the language `words` speaks (English by default), filled
    with `values`, those named in TRANSLATED_VALUES translated too; as `say` fills a
    sentence, its first letter left as written (inside)."""
    return say(Said(code, dict(values)), words, inside=True)


@dataclass(frozen=True)
class Said:
    """One sentence of MESSAGES by its code, with its values, for what core tells rather than
    raises (a notice). A value may be a Said itself (a file's name in words, why it was
    damaged), said in the same language; it sits inside the sentence, so its closing full
    stop goes. A sentence begins with a capital, whatever value it begins with ("{file}
    could not be read": "Your log ..."). A counted sentence (%n) has its `count`."""

    code: str
    values: Mapping[str, str | Said] = field(default_factory=dict)
    count: int | None = None

    def __str__(self) -> str:
        return say(self)


def said(code: str, count: int | None = None, **values: Any) -> Said:
    """The sentence `code` with `values` (a Said kept as it is, anything else as text)."""
    kept = {name: v if isinstance(v, Said) else str(v) for name, v in values.items()}
    return Said(code, kept, count)


def explained(exc: Explained) -> Said:
    """What an explained error says, as a Said to tell (or to put inside another)."""
    return Said(exc.code, dict(exc.values))


def say(
    part: Said, words: Words = _same, plural: Plural = plural_english, *, inside: bool = False
) -> str:
    """`part` in the language `words` and `plural` speak (English by default), filled; the
    values named in TRANSLATED_VALUES translated too."""
    text = messages()[part.code]
    counted = part.count is not None
    sentence = plural("errors", text, part.count or 0) if counted else words("errors", text)
    filled = {}
    for name, value in part.values.items():
        if isinstance(value, Said):
            filled[name] = say(value, words, plural, inside=True).removesuffix(".")
        elif name in TRANSLATED_VALUES:
            filled[name] = words(TRANSLATED_VALUES[name], value)
        else:
            filled[name] = value
    sentence = sentence.format(**filled)
    return sentence if inside else sentence[:1].upper() + sentence[1:]


class Notice(str):
    """Something core tells a person (a damaged file read around): its English sentences,
    which the string itself is (for the command line and the log), and each sentence's code
    and values in `parts`, so the UI can say it in the interface language
    (ui/common/i18n.notice_text)."""

    parts: tuple[Said, ...]

    def __new__(cls, *parts: Said) -> Self:
        notice = super().__new__(cls, " ".join(str(part) for part in parts))
        notice.parts = parts
        return notice

    def said(self, words: Words = _same, plural: Plural = plural_english) -> str:
        """The notice in the language `words` and `plural` speak."""
        return " ".join(say(part, words, plural) for part in self.parts)
