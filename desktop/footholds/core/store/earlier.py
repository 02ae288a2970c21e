"""An entry's earlier words, remembered as digests: when a change is saved (Store.update), the
words it replaced join the record's `earlier` list as a sha256 digest, at most KEPT of them,
the oldest dropped first. An import (core/importers) then knows an entry from an export made
before the change for an earlier version of the person's own, and leaves it out rather than
adding the words they chose to change back as a new entry. The words themselves are not kept:
a digest only tells them again when they are met.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from footholds.core.digest import sha256_hex

if TYPE_CHECKING:
    from footholds.core.store.models import Record

KEPT = 20  # digests kept on one record: a few hundred bytes, however often it changes
_DIGEST = re.compile(r"[0-9a-f]{64}")


def words_digest(record: Record) -> str:
    """A fingerprint of everything `record` says but its id (and the digests of its earlier
    words, which are no part of what it says)."""
    said = record.to_dict()
    said.pop("id", None)
    said.pop("earlier", None)
    text = json.dumps(said, sort_keys=True, ensure_ascii=False, default=str)
    # not hashlib: it would map OpenSSL's library (about 3 MB) into the app at the first change
    return sha256_hex(text.encode("utf-8", "surrogatepass"))


def remember(record: Record, before: Record) -> None:
    """`record` as it replaces `before` (the same entry, as saved): `before`'s earlier words
    are its own, and `before`'s words join them when the change made them other words."""
    old = words_digest(before)
    earlier = [d for d in before.earlier if d != old]
    if old != words_digest(record):
        earlier.append(old)
    record.earlier = earlier[-KEPT:]


def digests(value: Any) -> list[str]:
    """A record's `earlier` as read: its digests, the newest KEPT. Anything else in it is left
    out, never the entry: the list only helps an import leave out older words."""
    if not isinstance(value, list):
        return []
    return [d for d in value if isinstance(d, str) and _DIGEST.fullmatch(d)][-KEPT:]


def same_words(one: Record, other: Record) -> bool:
    """Whether two records say the same, id and time included: their earlier words, which a
    save adds to, are no part of it."""
    first, second = one.to_dict(), other.to_dict()
    first.pop("earlier", None)
    second.pop("earlier", None)
    return first == second
