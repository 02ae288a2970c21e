"""The starting feelings, small wins and parts of me, in the person's language.

The lists ship in English in core/settings.py, and the settings keep those English words as
they are: they are the keys of the starting entries. Each is translated when it is shown
(`shown`), so switching languages changes what the person sees and never what is stored.
Entries the person typed are not in any catalogue and show exactly as typed.

Footholds once wrote the translated words into the settings; `migrate` turns such a list back
into the keys when it holds exactly the translated starting list (or begins with it, the
person's own entries added after), in any language Footholds ships. Any other word that is a
starting entry's, in any case, spacing or accents, the settings keep as that entry's key
(core/list_words.key_of), so it is never on a list twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from footholds.core.list_words import (
    DEFAULT_FEELINGS,
    DEFAULT_PARTS,
    DEFAULT_WINS,
    EARLIER_WORDS,
    key_of,
    learn_words,
)
from footholds.core.settings import Settings

log = logging.getLogger(__name__)
CONTEXT = "lists"
SHIPPED = {
    "lists.feelings": DEFAULT_FEELINGS,
    "lists.wins": DEFAULT_WINS,
    "lists.parts": DEFAULT_PARTS,
}


def word(text: str) -> str:
    """One entry in the current language: a starting one translated (also when saved in
    another language, or under an earlier translation of it), the person's own as is."""
    return QCoreApplication.translate(CONTEXT, key_of(text))


def shown(items: Iterable[str]) -> list[str]:
    """A stored list as the person sees it now."""
    return [word(text) for text in items]


def stored(text: str, items: Iterable[str]) -> str:
    """The stored entry that shows as `text` (the starting entry's key), else `text` itself."""
    return next((item for item in items if word(item) == text), text)


def learn(translators: dict[str, Callable[[str], str]]) -> None:
    """Know the starting entries by the words each shipped language shows them in, so an
    entry saved in one language shows and counts as the same entry in another.

    `translators` as for `migrate`. A translation that is itself a key is left out: it
    would turn one starting entry into another.
    """
    keys = {key for english in SHIPPED.values() for key in english}
    learn_words(
        {
            shown_as: key
            for translate in translators.values()
            for key in keys
            if (shown_as := translate(key)) != key and shown_as not in keys
        }
    )


def _undo_translation(current: list[str], local: list[str], english: list[str]) -> list[str]:
    """`current` with a leading translated starting list turned back into its keys."""
    if local != english and current[: len(local)] == local:
        return english + current[len(local) :]
    return current


def migrate(settings: Settings, translators: dict[str, Callable[[str], str]]) -> bool:
    """Give back the keys to lists stored translated; True when any changed.

    `translators` maps a language code to a function translating one "lists" word in it.
    """
    changed = False
    for name, english in SHIPPED.items():
        current = list(settings[name])
        for code, translate in translators.items():
            earlier = EARLIER_WORDS.get(code, {})
            now = [translate(earlier[text]) if text in earlier else text for text in current]
            fixed = _undo_translation(now, [translate(text) for text in english], english)
            if fixed != now:
                settings.set(name, fixed)
                changed = True
                break
        # each starting entry's word in a language learnt since the list was read (learn),
        # kept as its key and once: an older version stored "tristeza" beside "sad"
        before = settings[name]
        settings.set(name, before)
        changed = changed or settings[name] != before
    if changed:
        try:
            settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc.strerror)
    return changed
