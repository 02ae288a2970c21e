"""The person's own lists (feelings, small wins, parts of them) as they travel with their
entries: in a backup's copy of the settings file and in the JSON export. No Qt.

The lists live in the settings file (lists.* settings), not in the store, so without this a
restore on a new computer brought every entry back but none of the person's own words.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from footholds.core.list_words import (
    DEFAULT_FEELINGS,
    DEFAULT_PARTS,
    DEFAULT_WINS,
    key_of,
    learn_words,
)
from footholds.core.lock.words import FIELD, WORDS
from footholds.core.settings import BY_NAME, SettingError, Settings
from footholds.core.store import storage

log = logging.getLogger(__name__)
# the export's names for them: "lists": {"feelings": [...], "wins": [...], "parts": [...]}
SHORT = {name: name.removeprefix("lists.") for name in WORDS}
Lists = dict[str, list[str]]  # setting name (lists.feelings, ...): its items


@cache
def know_starting_words() -> None:
    """Know the starting entries by their words in every shipped language, read from the
    catalogues without Qt: the app learns them at start (ui/common/default_lists.learn), the
    command line only here, so a list from a Spanish export or backup ("tristeza") joins the
    person's as the entry it is ("sad"), not beside it."""
    from footholds.core import catalog, resource_files

    keys = (*DEFAULT_FEELINGS, *DEFAULT_WINS, *DEFAULT_PARTS)
    folder = resource_files.path("translations")
    if not folder.is_dir():
        return
    for node in folder.iterdir():
        if node.name.startswith("footholds_") and node.name.endswith(".ts"):
            words = catalog.load(node.name.removeprefix("footholds_").removesuffix(".ts"))
            shown = {key: words.translate("lists", key) for key in keys}
            learn_words({text: key for key, text in shown.items() if text not in keys})


def of(settings: Settings) -> dict[str, list[str]]:
    """The lists as the export writes them, by short name."""
    return {SHORT[name]: settings[name] for name in WORDS}


def from_export(raw: Any) -> Lists:
    """The usable lists of an export's "lists" object, by setting name; anything else in it
    (a list this version does not know, one that does not validate) is left out."""
    if not isinstance(raw, dict):
        return {}
    know_starting_words()
    found: Lists = {}
    for name, short in SHORT.items():
        try:
            found[name] = BY_NAME[name].validate(raw[short])
        except (KeyError, SettingError):
            continue
    return found


def missing(settings: Settings, lists: Lists) -> Lists:
    """The items of `lists` the person's lists do not hold yet, by setting name, as far as
    each list has room: what add_missing would add (nothing while they are sealed and the lock
    is closed). An import's preview says how many before anything changes."""
    if not _open(settings):
        return {}
    know_starting_words()
    found: Lists = {}
    for name, items in lists.items():
        setting = BY_NAME.get(name)
        if setting is None or name not in WORDS:
            continue
        mine = settings[name]
        # the same starting entry saved in another language ("tristeza" and "sad") is one
        have = {key_of(item) for item in mine}
        room = setting.max_items - len(mine)
        new: list[str] = []
        for item in items:
            if len(new) >= room:
                break
            if key_of(item) not in have:
                new.append(item)
                have.add(key_of(item))
        if new:
            found[name] = new
    return found


def add_missing(settings: Settings, lists: Lists) -> Counter[str]:
    """Add the items of `lists` the person's lists do not hold yet, at their end, as far as
    each list has room; theirs are never removed, renamed or reordered. How many were added
    to each list, by setting name."""
    added: Counter[str] = Counter()
    for name, new in missing(settings, lists).items():
        settings.set(name, settings[name] + new)
        added[name] = len(new)
    return added


def bring_back(settings: Settings, lists: Lists) -> None:
    """Put the lists a restore brings back in place of the person's current ones."""
    if not _open(settings):
        log.warning("the lists stay as they are: they are sealed and the lock is closed")
        return
    for name, items in lists.items():
        if name in WORDS:
            try:
                settings.set(name, items)
            except SettingError:
                log.warning("a list in the backup was not usable: %s", name)


def _open(settings: Settings) -> bool:
    """Whether the lists can change: not while they are sealed in the file and the lock is
    closed, when a save would keep the sealed ones and drop the change."""
    return settings.sealed is None or settings.codec is not None


def load_opened(path: Path) -> Settings | None:
    """The settings file as the app would have it, to read or change the lists when the app is
    not running: with the lock open in this process, its sealed lists opened (and sealed again
    at a save). None when the file is damaged or from a newer Footholds (the app says so and
    sets it aside itself), or its sealed lists do not open: never written over then."""
    settings, report = Settings.load(path)
    if report.damaged:
        return None
    if storage.codec is not None:
        from footholds.core.lock.words import open_words

        open_words(settings, storage.codec)
        if settings.sealed is not None and settings.codec is None:
            return None  # sealed lists that did not open: never written over
    return settings


# -- in a backup ------------------------------------------------------------------------------


def backup_copy(path: Path) -> bytes | None:
    """The settings file as a backup holds it: as it is, but for the lists the lock seals. With
    the lock open they are opened into the values and the whole copy is encrypted, like the
    store files beside it, so that turning the lock off or on converts it as one file
    (lock/switch.py) and the lists never depend on a key the switch drops. None when there is
    no settings file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        doc = None
    if isinstance(doc, dict) and isinstance(doc.get("values"), dict) and FIELD in doc:
        if storage.codec is not None:
            opened = _opened(doc[FIELD])
            if opened is not None:
                values = {**doc["values"], **opened}
                doc = {k: v for k, v in doc.items() if k != FIELD} | {"values": values}
                raw = json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True).encode()
        else:  # locked: the lists stay sealed, as in the file; none is copied in the clear
            values = {k: v for k, v in doc["values"].items() if k not in WORDS}
            doc = {**doc, "values": values}
            raw = json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True).encode()
    return storage.encode(raw)


def from_backup_copy(raw: bytes, path: Path) -> Lists:
    """The lists a backup's settings copy holds, by setting name (only those that validate).
    Raises storage.StoreLocked or DamagedFile when the copy is encrypted and will not open."""
    try:
        doc = json.loads(storage.decode(raw, path))
    except (ValueError, RecursionError):
        return {}
    values = doc.get("values") if isinstance(doc, dict) else None
    if not isinstance(values, dict):
        return {}
    if FIELD in doc and not any(name in values for name in WORDS):
        values = _opened(doc[FIELD]) or {}  # a copy made while locked: sealed as in the file
    know_starting_words()
    found: Lists = {}
    for name in WORDS:
        if name in values:
            try:
                found[name] = BY_NAME[name].validate(values[name])
            except SettingError:
                continue
    return found


def _opened(sealed: Any) -> dict[str, Any] | None:
    """The sealed lists of a settings file opened with the lock's key; None when they do not
    open (the lock closed, another key, damage)."""
    if storage.codec is None or not isinstance(sealed, str):
        return None
    try:
        found = json.loads(storage.codec.decode(base64.b64decode(sealed, validate=True)))
    except (ValueError, binascii.Error):
        return None
    return {k: v for k, v in found.items() if k in WORDS} if isinstance(found, dict) else None
