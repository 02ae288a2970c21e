"""User actions that write, as small named functions with kind error messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from footholds.core.store import InvalidEntry, Record, StoreCannotOpen, StoreWriteError
from footholds.core.unsaved_words import held, in_file
from footholds.ui.common import i18n

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

R = TypeVar("R", bound=Record)


Say = Callable[[str], None]


def _tell(ctx: AppContext, parent: QWidget | None, exc: Exception, say: Say | None) -> None:
    """A refused write, said in the window's own line when it has one (`say`: the help
    windows, where no box may stand over the crisis lines), or else in a note over it."""
    if say is not None:
        say(i18n.error_text(exc))
    elif isinstance(exc, StoreWriteError):
        ctx.prompter.warn(parent, i18n.error_text(exc))
    else:
        ctx.prompter.inform(parent, i18n.error_text(exc))


def save_record(
    ctx: AppContext, record: R, parent: QWidget | None = None, say: Say | None = None
) -> R | None:
    """Add a new record; on a problem tell the person plainly (in a note, or through
    `say`). Returns the record if it is safe (on disk, or kept in memory to be written when
    the disk allows)."""
    return add_record(ctx, record, parent, say)[0]


def add_record(
    ctx: AppContext, record: R, parent: QWidget | None = None, say: Say | None = None
) -> tuple[R | None, StoreWriteError | None]:
    """`save_record`, with the refusal when the disk did not take it: a thank-you after the
    save then says where the entry is (`held_words`), not that it is kept for good. A
    refusal that left nothing held (a store opened only to read) returns None, so the words
    stay in their form rather than be thanked for and lost."""
    try:
        return ctx.store.add(record), None
    except InvalidEntry as exc:
        _tell(ctx, parent, exc, say)
        return None, None
    except StoreWriteError as exc:
        _tell(ctx, parent, exc, say)
        return (record if held(exc) else None), exc


def held_words(refused: StoreWriteError) -> str:
    """Where an entry the disk refused is for now, for a thank-you line to say in place of
    "Saved" (core/unsaved_words: in an unsaved-entries file as well, or only in memory)."""
    kept_for_now, only_in_memory = held_lines()
    return kept_for_now if in_file(refused) else only_in_memory


def held_lines() -> list[str]:
    """Every sentence `held_words` can say, for a line that keeps room for what it may say
    (StatusLine.reserve), so a refused save moves nothing below it."""
    return [
        QCoreApplication.translate(
            "saving", "It is kept for now, and will be saved as soon as writing works again."
        ),
        QCoreApplication.translate(
            "saving",
            "For now it is only in memory: keep Footholds open, and it will be saved as soon "
            "as writing works again.",
        ),
    ]


def update_record(
    ctx: AppContext, record: R, parent: QWidget | None = None, say: Say | None = None
) -> R | None:
    """Save a changed record, with the same kind handling as save_record: None when the
    change is not held anywhere (a store opened only to read), so the window keeps the
    words rather than show them as saved."""
    try:
        return ctx.store.update(record)
    except (StoreCannotOpen, InvalidEntry) as exc:  # locked: update changes nothing then
        _tell(ctx, parent, exc, say)
        return None
    except StoreWriteError as exc:
        _tell(ctx, parent, exc, say)
        return record if held(exc) else None


def remove_record(
    ctx: AppContext, record: Record, parent: QWidget | None = None, say: Say | None = None
) -> bool:
    """Remove a record the person chose to remove (the caller offers undo). False when it
    was not removed: locked, or a store opened only to read, where the row stays."""
    return drop_record(ctx, record, parent, say)[0]


def drop_record(
    ctx: AppContext, record: Record, parent: QWidget | None = None, say: Say | None = None
) -> tuple[bool, StoreWriteError | None]:
    """`remove_record`, with the refusal when the disk did not take it, as `add_record`:
    a line after it can then say where the change is for now (`held_words`)."""
    try:
        ctx.store.remove(record)
    except StoreCannotOpen as exc:  # locked
        _tell(ctx, parent, exc, say)
        return False, None
    except StoreWriteError as exc:
        _tell(ctx, parent, exc, say)
        return held(exc), exc
    return True, None
