"""User actions that write, as small named functions with kind error messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from footholds.core.store import InvalidEntry, Record, StoreCannotOpen, StoreWriteError
from footholds.ui.common import i18n

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

R = TypeVar("R", bound=Record)


def save_record(ctx: AppContext, record: R, parent: QWidget | None = None) -> R | None:
    """Add a new record; on a problem tell the person plainly. Returns the record if it is
    safe (on disk, or kept in memory to be written when the disk allows)."""
    try:
        return ctx.store.add(record)
    except InvalidEntry as exc:
        ctx.prompter.inform(parent, i18n.error_text(exc))
        return None
    except StoreWriteError as exc:
        ctx.prompter.warn(parent, i18n.error_text(exc))
        return record


def update_record(ctx: AppContext, record: R, parent: QWidget | None = None) -> R | None:
    """Save a changed record, with the same kind handling as save_record."""
    try:
        return ctx.store.update(record)
    except StoreCannotOpen as exc:  # locked: Store.update changes nothing without the key
        ctx.prompter.inform(parent, i18n.error_text(exc))
        return None
    except InvalidEntry as exc:
        ctx.prompter.inform(parent, i18n.error_text(exc))
        return None
    except StoreWriteError as exc:
        ctx.prompter.warn(parent, i18n.error_text(exc))
        return record


def remove_record(ctx: AppContext, record: Record, parent: QWidget | None = None) -> bool:
    """Remove a record the person chose to remove (the caller offers undo)."""
    try:
        ctx.store.remove(record)
    except StoreCannotOpen as exc:  # locked
        ctx.prompter.inform(parent, i18n.error_text(exc))
        return False
    except StoreWriteError as exc:
        ctx.prompter.warn(parent, i18n.error_text(exc))
    return True
