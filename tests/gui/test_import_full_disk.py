"""The disk fills up part-way through a big import: the window says how many entries came in
and are kept (not "your entry"), that nothing the person had was lost, where the last of them
wait when only memory holds them, and that the same file again brings in the rest."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from test_import_progress import big_daylio, settled

from footholds.core.store import LogEntry
from footholds.core.store import pending as pending_module
from footholds.core.store import storage as storage_module
from footholds.ui.common import i18n
from footholds.ui.context import AppContext
from footholds.ui.settings.import_dialog import ImportDialog

ROWS = 3_000  # about seven months of rows, one month file each


def fill_disk_after(monkeypatch: pytest.MonkeyPatch, files: int, *, spare: bool) -> None:
    """Month files after the first `files` meet a full disk; with spare=False the
    unsaved-entries file kept elsewhere does too (only memory holds them then)."""
    real = storage_module.write_atomic
    written = {"n": 0}

    def write(path: Path, *args: Any, **kwargs: Any) -> None:
        written["n"] += 1
        if written["n"] > files:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, *args, **kwargs)

    monkeypatch.setattr(storage_module, "write_atomic", write)
    if not spare:

        def full(*_a: Any, **_k: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(pending_module, "write_atomic", full)


def import_until_full(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **how: Any
) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_file(big_daylio(tmp_path / "big.csv", ROWS))
    settled(dialog, qtbot)
    with monkeypatch.context() as failing:  # undone before the store closes
        fill_disk_after(failing, **how)
        dialog.import_button.click()
    settled(dialog, qtbot)
    return dialog


def test_a_full_disk_part_way_says_how_many_came_in_and_are_kept(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = import_until_full(ctx, qtbot, tmp_path, monkeypatch, files=3, spare=True)
    kept = ctx.store.count(LogEntry)  # three months on disk, the fourth held for later
    assert 0 < kept < ROWS
    assert dialog.message.text() == (
        "The disk filled up, so the import stopped part-way. "
        f"{kept} entries from the file came in before that and are kept, and nothing you "
        "already had was lost. Once there is space again, import the same file to bring in "
        "the rest; nothing is added twice."
    )
    assert "Your entry" not in dialog.message.text()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.text() == "Close"  # no longer "without importing anything"
    assert ctx.store.retry_pending()  # space again: the held month is written


def test_entries_only_in_memory_are_said_to_be_so(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = import_until_full(ctx, qtbot, tmp_path, monkeypatch, files=3, spare=False)
    kept = ctx.store.count(LogEntry)
    assert dialog.message.text() == (
        "The disk filled up, so the import stopped part-way. "
        f"{kept} entries from the file came in before that and are kept, and nothing you "
        "already had was lost. The last of them are only in memory for now: keep Footholds "
        "open, and they will be saved as soon as writing works again. Once there is space "
        "again, import the same file to bring in the rest; nothing is added twice."
    )
    assert ctx.store.retry_pending()


@pytest.fixture
def spanish(ctx: AppContext) -> Iterator[AppContext]:
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    yield ctx
    i18n.remove(ctx.app)


def test_a_full_disk_part_way_is_told_in_spanish(
    spanish: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = import_until_full(spanish, qtbot, tmp_path, monkeypatch, files=3, spare=False)
    kept = spanish.store.count(LogEntry)
    assert dialog.message.text() == (
        "El disco se llenó, así que la importación se detuvo a medias. "
        f"{kept} entradas del archivo llegaron antes y se conservan, y no se perdió nada de "
        "lo que ya tenías. Las últimas están solo en la memoria por ahora: mantén Footholds "
        "abierto y se guardarán en cuanto se pueda volver a escribir. Cuando vuelva a haber "
        "espacio, importa el mismo archivo para traer el resto; nada se añade dos veces."
    )
    assert spanish.store.retry_pending()
