"""Upgrading a store that an older Footholds wrote, one schema version at a time.

A step turns the entries of one file from version N into version N+1. Before each step the
whole store is backed up. The step's new entries are computed for every file and checked
against the current models before anything is written, so a step that fails, or that would
produce an entry the app cannot read, changes nothing. Each file then carries its own schema
version and is replaced atomically, and `meta.json` moves on last: a crash half-way leaves
every file either old or new, and the next start finishes the step where it stopped.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from footholds.core.atomic import write_atomic
from footholds.core.errors import Explained, error
from footholds.core.store.models import BY_KIND
from footholds.core.store.storage import (
    META,
    file_schema,
    kind_of,
    read_records,
    store_files,
)

log = logging.getLogger(__name__)

# kind, {doc id: doc} at version N  ->  {doc id: doc} at version N+1
Step = Callable[[str, dict[str, Any]], dict[str, Any]]

# The steps, by the version they start from. None yet: version 1 is the first schema. A
# change of what an entry holds adds its step here and raises storage.SCHEMA_VERSION.
STEPS: dict[int, Step] = {}


class MigrationFailed(Explained, RuntimeError):
    """A step could not be done; str(exc) says so in plain words, `code` and `values` for the
    UI (core/errors). Nothing was changed."""


def migrate(
    folder: Path,
    *,
    current: int,
    target: int,
    backup: Callable[[str], Path],
    steps: Mapping[int, Step] | None = None,
    durable: bool = True,
) -> list[Path]:
    """Bring the store in `folder` from version `current` to `target`; the backups made."""
    steps = STEPS if steps is None else steps
    made: list[Path] = []
    for version in range(current, target):
        if version not in steps:
            raise error(MigrationFailed, "upgrade.unknown", version=version)
        made.append(backup(f"before-upgrade-v{version + 1}"))
        planned = _plan(folder, version, steps)
        for path, payload in planned:
            write_atomic(path, payload, durable=durable)
        meta = json.dumps({"schema": version + 1}).encode()
        write_atomic(folder / "meta.json", meta, durable=durable)
        log.info("store upgraded to schema %d (%d files)", version + 1, len(planned))
    return made


def upgraded(
    kind: str, docs: dict[str, Any], own: int, target: int, steps: Mapping[int, Step] | None = None
) -> dict[str, Any]:
    """One file's entries brought from version `own` to `target` in memory, the file untouched:
    how a store that cannot be written to (a read-only folder) is still read."""
    steps = STEPS if steps is None else steps
    docs = copy.deepcopy(docs)
    for version in range(own, target):
        if version not in steps:
            raise error(MigrationFailed, "upgrade.unknown_read", version=version)
        try:
            docs = steps[version](kind, docs)
        except Exception as exc:  # a step's bug must not stop the rest from being read
            log.exception("reading step from schema %d failed", version)
            raise error(MigrationFailed, "upgrade.read_failed", version=version) from exc
    return docs


def _plan(folder: Path, version: int, steps: Mapping[int, Step]) -> list[tuple[Path, bytes]]:
    """Every file's new bytes at `version` + 1, checked, before any is written. A file behind
    the others (brought back from an old backup) takes every step from its own version."""
    planned = []
    for path in store_files(folder):
        kind = kind_of(path.relative_to(folder).as_posix())
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise error(
                MigrationFailed, "upgrade.file_unreadable", version=version, file=path.name
            ) from exc
        if not isinstance(data, dict):
            continue  # damaged files are left to recovery
        own = file_schema(data) or 1
        if own > version:
            continue  # a crash half-way through this step already did this file
        docs = copy.deepcopy(data.get(kind, {}))
        try:
            for from_version in range(own, version + 1):
                docs = steps[from_version](kind, docs)
        except Exception as exc:  # a step's bug must leave the old entries as they were
            log.exception("upgrade step from schema %d failed on %s", version, path.name)
            raise error(
                MigrationFailed, "upgrade.file_failed", version=version, file=path.name
            ) from exc
        _, problems, _ = read_records(BY_KIND[kind], docs)
        if problems:
            raise error(
                MigrationFailed,
                "upgrade.file_problem",
                version=version,
                file=path.name,
                problem=problems[0],
            )
        upgraded = {**data, kind: docs, META: {"1": {"schema": version + 1}}}
        payload = json.dumps(upgraded, ensure_ascii=False, separators=(",", ":"))
        planned.append((path, payload.encode("utf-8")))
    return planned
