"""What can go wrong with the store, as errors that carry a code and values for the UI to
translate (core/errors), and the plain English sentence for logs and the command line."""

from __future__ import annotations

import errno
from typing import Any

from footholds.core import errors
from footholds.core.errors import Explained
from footholds.core.store.models import Record


class StoreWriteError(Explained, OSError):
    """Saving failed (full disk, read-only folder); the entry is kept in memory for a retry.
    `code` and `values` name the sentence for the UI to translate (core/errors)."""

    # add_many: the records saved (or kept in memory to be saved) before it stopped
    saved: tuple[Record, ...] = ()

    def __str__(self) -> str:
        # the plain sentence for the person, without OSError's "[Errno 28]" prefix
        return self.strerror or super().__str__()


class StoreCannotOpen(Explained, RuntimeError):
    """The store cannot be used as it is; str(exc) says why in plain words. Nothing changed.
    Those raised with a `code` can be translated by the UI (core/errors)."""


class StoreTooNew(StoreCannotOpen):
    """The store was written by a newer Footholds."""


class StoreIsLocked(StoreCannotOpen):
    """The store is encrypted and its lock is not open in this process."""

    def __init__(self) -> None:
        super().__init__(errors.english("store.locked"))
        self.explain("store.locked")


class StoreUpgradeFailed(StoreCannotOpen):
    """The store was written by an older Footholds and upgrading it failed."""


def write_error(number: int | None, code: str, **values: Any) -> StoreWriteError:
    """A StoreWriteError saying the sentence `code` (core/errors) with `values`."""
    error = StoreWriteError(number, errors.english(code, **values))
    return error.explain(code, **values)


FULL = (errno.ENOSPC, errno.EDQUOT)  # no room: on the disk, or in the person's quota
UNWRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)  # the folder takes no writes at all


def cause(number: int | None) -> str:
    """The kind of refusal an errno is, as the sentences' codes end: "disk_full" (freeing
    space helps), "read_only" (space does not help: the folder must be made writable again),
    or "refused" (anything else)."""
    if number in FULL:
        return "disk_full"
    if number in UNWRITABLE:
        return "read_only"
    return "refused"


def why_failed(exc: OSError, kind: str = "store.write") -> StoreWriteError:
    """Why a write failed, by its cause: "store.write.disk_full" and so on."""
    if exc.errno == errno.EISDIR:
        return write_error(exc.errno, f"{kind}.not_a_file", file=exc.filename or "?")
    why = cause(exc.errno)
    if why != "refused":
        return write_error(exc.errno, f"{kind}.{why}")
    reason = exc.strerror or "no reason given"
    return write_error(exc.errno, f"{kind}.refused", reason=reason)
