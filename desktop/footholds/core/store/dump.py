"""Read every record of a kind as stored, fast, for a full export of ten years of history.

Opening a month through the Store validates each record into a dataclass (about 50 µs each),
which a full export of 100,000 records cannot afford. Every stored document was validated when
it was saved and is exactly `record.to_dict()`, and an import validates each one again, so the
export reads the files directly after the file-level checks the store itself makes. A file that
fails those checks, or changes the store holds only in memory, send that kind through the Store
instead, which recovers damaged files from backups and tells the person.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from footholds.core.errors import said
from footholds.core.store import storage
from footholds.core.store.models import Record
from footholds.core.store.storage import DamagedFile, NotAFile, file_schema, read_file
from footholds.core.store.store import Store


class _Behind(Exception):
    """A file written with an older schema than this Footholds reads."""


def _through_store(store: Store, model: type[Record], month: str) -> list[dict[str, Any]]:
    """One file's records read (and if need be recovered) by the Store itself."""
    if not model.PARTITIONED:
        return [record.to_dict() for record in store.all(model)]
    year, number = int(month[:4]), int(month[5:])
    start = datetime(year, number, 1, tzinfo=UTC) - timedelta(days=2)
    end = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=UTC) + timedelta(days=2)
    return [r.to_dict() for r in store.between(model, start, end) if r.month == month]


def _read(path: Path, kind: str) -> list[dict[str, Any]]:
    """A file's documents, oldest first; raises DamagedFile or NotAFile."""
    data = read_file(path, kind)
    if data is None:
        return []
    if (file_schema(data) or 0) < storage.SCHEMA_VERSION:
        raise _Behind  # a store read without upgrading it: the store upgrades it in memory
    docs = list(data.get(kind, {}).values())
    try:
        docs.sort(key=lambda doc: datetime.fromisoformat(doc["at"]))
    except (KeyError, TypeError, ValueError):
        raise DamagedFile(path, "wrong-shape", said("store.damage.no_time")) from None
    return docs


def counts(store: Store) -> dict[str, int]:
    """How many entries of each kind there are, without validating each one."""
    return {model.KIND: sum(1 for _ in documents(store, model)) for model in store.kinds()}


def documents(store: Store, model: type[Record]) -> Iterator[dict[str, Any]]:
    """Every stored record of a kind as a plain dict, oldest first, one file at a time."""
    store.retry_pending()
    if store.pending():  # the newest words are only in memory: read them through the store
        yield from (record.to_dict() for record in store.iter_records(model))
        return
    months = store.months(model) if model.PARTITIONED else [""]
    for month in months:
        name = f"{model.KIND}/{month}.json" if month else f"{model.KIND}.json"
        try:
            yield from _read(store.folder / name, model.KIND)
        except (DamagedFile, NotAFile, _Behind):  # the store recovers, names or upgrades it
            yield from _through_store(store, model, month)
