"""top_windows: the application's windows read with Python's collector held (a window freed
in the middle of reading them killed the process)."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.ui.common.top_windows import top_windows


def test_it_lists_the_windows_alive_and_leaves_the_collector_as_it_was(qtbot: QtBot) -> None:
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    assert gc.isenabled()
    assert shown in top_windows()
    assert gc.isenabled()
    gc.disable()
    try:
        top_windows()
        assert not gc.isenabled()  # held by someone else: left held
    finally:
        gc.enable()


def test_no_collection_runs_while_the_list_is_read() -> None:
    seen: list[bool] = []

    class Watching:
        def topLevelWidgets(self) -> list[QWidget]:
            seen.append(gc.isenabled())
            return []

    assert top_windows(Watching()) == []
    assert seen == [False]
    assert gc.isenabled()
