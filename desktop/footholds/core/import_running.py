"""An import part-way when a kill or power cut stopped it: a note in the data folder while
it adds entries (core/importers.apply), and at the next start a word that it was cut off
(core/store/opening.py). Apart from importers.py, so opening the store loads no importer."""

from __future__ import annotations

import json
from pathlib import Path

from footholds.core import errors

RUNNING = "import-running.json"  # in the data folder while an import adds its entries


def mark_running(data_dir: Path, name: str) -> Path | None:
    """Note that an import of `name` is adding entries (sealed like the store under the lock);
    None when it cannot be noted (the import goes on: it only loses the word after a kill)."""
    from footholds.core.atomic import write_atomic
    from footholds.core.store import storage

    place = data_dir / RUNNING
    try:
        write_atomic(place, storage.encode(json.dumps({"file": name}).encode()))
    except OSError:
        return None
    return place


def cut_off(data_dir: Path) -> errors.Notice | None:
    """What to tell the person when an import was cut off last time (its note is let go);
    None when none was."""
    from footholds.core.store import storage

    place = data_dir / RUNNING
    try:
        raw = place.read_bytes()
    except OSError:  # none there, or not readable now: said at a later start, if any
        return None
    try:
        name = str(json.loads(storage.decode(raw, place))["file"])
    except (ValueError, KeyError, TypeError, storage.StoreLocked, storage.DamagedFile):
        name = RUNNING  # its name cannot be read: the note itself stands in
    try:
        place.unlink()
    except OSError:
        return None  # said again at the next start rather than twice now
    return errors.Notice(errors.said("import.cut_off", file=name))
