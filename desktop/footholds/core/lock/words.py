"""The settings that hold the person's own words (their lists of feelings, wins and parts),
kept encrypted in settings.json while the lock is on (issue 20).

settings.json stays readable before the unlock, since the language and theme are needed to ask
for the passphrase; only these values move into one sealed field, encrypted with the lock's
data key (AES-GCM, keys.Keys.encode). No `cryptography` import here: the codec is handed in.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from footholds.core.settings import Settings
    from footholds.core.store.storage import Codec

log = logging.getLogger(__name__)
WORDS = ("lists.feelings", "lists.wins", "lists.parts")
FIELD = "sealed"  # in settings.json, beside "values"


def seal_into(settings: Settings, doc: dict[str, Any]) -> dict[str, Any]:
    """The document to write: the words sealed with the open lock, or, locked, as they were
    last sealed (settings changed while locked keep them; they cannot change then)."""
    values = {k: v for k, v in doc["values"].items() if k not in WORDS}
    if settings.codec is not None:
        plain = json.dumps({k: doc["values"][k] for k in WORDS if k in doc["values"]})
        sealed = settings.codec.encode(plain.encode("utf-8"))
        settings.sealed = base64.b64encode(sealed).decode("ascii")
    return {**doc, "values": values, FIELD: settings.sealed}


def open_words(settings: Settings, codec: Codec) -> None:
    """After an unlock: read the sealed words, and seal every later save. A sealed field
    that does not decrypt is kept as it is (never overwritten) and the defaults stand in."""
    if settings.sealed is None:  # still plain (the lock was just turned on): sealed at save
        settings.codec = codec
        return
    try:
        found = json.loads(codec.decode(base64.b64decode(settings.sealed, validate=True)))
    except (ValueError, binascii.Error):
        log.error("the lists in the settings could not be decrypted; they are kept as they are")
        return
    settings.codec = codec
    if not isinstance(found, dict):
        return
    from footholds.core.settings import SettingError

    for name in WORDS:
        if name in found:
            try:
                settings.set(name, found[name])
            except SettingError:
                log.warning("a sealed list in the settings was not usable: %s", name)


def plain_words(settings: Settings) -> None:
    """The lock is off: the words are written plainly again at the next save."""
    settings.codec = None
    settings.sealed = None
