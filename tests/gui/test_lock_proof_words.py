"""Lock now with words set aside in the proof list (Cancel) or put away there (Esc): they
are sealed with the drafts, nothing of them stays in memory while locked, and they come
back in the editor after the unlock."""

from __future__ import annotations

import uuid
from typing import cast

import pytest
from lock_starting import opened, start, stop
from pytestqt.qtbot import QtBot
from test_lock_app import unlock_in
from test_lock_undo import closed_lock, locked, words_in_memory  # noqa: F401

from footholds.core.paths import Paths
from footholds.ui.proofs.proof_list import ProofListWindow

pytest.importorskip("cryptography")


@pytest.mark.parametrize("how", ["cancel", "esc"])
def test_proof_words_are_sealed_at_lock_now_and_come_back(
    locked: tuple[Paths, str],  # noqa: F811
    qtbot: QtBot,
    how: str,
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        marker = uuid.uuid4().hex
        window = cast(ProofListWindow, ctx.windows.show("proof-list"))
        window.present(add=True)
        window.editor.text.setPlainText(marker + " by the sea")
        window.editor.text.document().setModified(True)
        if how == "cancel":
            window.editor.cancel.click()
        else:
            window.close_editor(keep=True)
        assert ctx.locker.lock_now()
        assert words_in_memory(marker) == []
        dialog = ctx.locker.ask()
        assert dialog is not None
        unlock_in(dialog, qtbot)
        again = cast(ProofListWindow, ctx.windows.show("proof-list"))
        assert again.editor.isVisible()
        assert again.editor.text.toPlainText() == marker + " by the sea"
    finally:
        stop(ctx)
