"""Counted sentences in core, which has no Qt: "%n days", filled in the person's language.

Core marks them with QT_TRANSLATE_N_NOOP and asks a `Plural` function for the sentence. The
UI passes one that asks Qt, whose compiled catalogs know each language's plural rules
(QCoreApplication.translate(context, text, None, n)); `english` is core's own, for the CLI
and tests. packaging/update-translations.sh finds the marks and declares them as numerus
messages for lupdate.
"""

from __future__ import annotations

from collections.abc import Callable

Plural = Callable[[str, str, int], str]  # (context, source text with %n, n) -> sentence
_ONE: dict[tuple[str, str], str] = {}  # the English singular of each marked sentence


def QT_TRANSLATE_N_NOOP(context: str, text: str, one: str) -> str:
    """Mark `text` (with %n) as a counted sentence; `one` is its English singular."""
    _ONE[(context, text)] = one
    return text


def english(context: str, text: str, n: int) -> str:
    """The English sentence for `n`."""
    form = _ONE.get((context, text), text) if n == 1 else text
    return form.replace("%n", str(n))


def entries(n: int) -> str:
    """A count of entries in English, "1 entry" or "2 entries": the command line answers in
    English, untranslated, so no catalog is asked."""
    return f"{n} entry" if n == 1 else f"{n} entries"
