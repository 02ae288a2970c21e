"""Affirmation, Insights, the check-in summary, the thought log and Settings, used a little
(their main buttons clicked, words typed and saved, an Undo offered, every page built), are
freed as they are released too, by reference counts alone: a cycle can be made by an action
as well as at the opening. See test_window_no_cycle.py for why."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from release_checks import collector_off, flush_deletes

from footholds.app.build import AppContext
from footholds.core.store import Affirmation, ThoughtLog
from footholds.ui.proofs.affirmation import AffirmationWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.insights import InsightsWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.settings.list_editors import ListEditor
from footholds.ui.settings.setting_editors import BoolEditor
from footholds.ui.settings.settings_window import SettingsWindow

CHECKIN_REBUILD_MS = 300  # past the preview's wait (150 ms) for a burst of changes


def _affirmation(window: QWidget, qtbot: QtBot, tmp: Path) -> None:
    shown = cast(AffirmationWindow, window)
    shown.next.click()
    shown.favourite.click()
    shown.from_proof.click()
    shown.next.click()
    shown.write.click()
    qtbot.keyClicks(shown.own_text, "I am still here")
    shown.own_save.click()
    shown.hide_button.click()  # its own words removed, its Undo standing as it closes
    assert shown.undo.pending() and not shown.ctx.store.all(Affirmation)


def _thought_log(window: QWidget, qtbot: QtBot, tmp: Path) -> None:
    shown = cast(ThoughtLogWindow, window)
    qtbot.keyClicks(shown.pages.thought, "I always get it wrong")
    shown.next.click()
    shown.next.click()
    shown.back.click()
    shown.save.click()
    shown.new.click()
    shown.past.setCurrentRow(0)
    shown.remove.click()  # its Undo offered, and standing as the window closes
    assert shown.undo_bar.pending() and not shown.ctx.store.all(ThoughtLog)


def _insights(window: QWidget, qtbot: QtBot, tmp: Path) -> None:
    shown = cast(InsightsWindow, window)
    shown.month.click()  # the month: the sleep chart week by week, named by its days
    shown.earlier.click()
    shown.later.click()
    shown.week.click()
    shown.earlier.click()
    assert shown.span == "week" and shown.offset == 1


def _checkin(window: QWidget, qtbot: QtBot, tmp: Path) -> None:
    shown = cast(CheckinWindow, window)
    shown.parts.boxes[0].click()
    shown.since_last.click()
    shown.first.setDate(shown.first.date().addDays(-3))
    qtbot.wait(CHECKIN_REBUILD_MS)  # the preview made again
    shown.parts.boxes[0].click()
    assert shown.output.export_to(tmp / "summary.md")


def _settings(window: QWidget, qtbot: QtBot, tmp: Path) -> None:
    shown = cast(SettingsWindow, window)
    for key in shown.tabs.page_keys():  # every page built, each with its own parts
        shown.tabs.show_page(key)
        QCoreApplication.processEvents()
    assert shown.tabs.built() == shown.tabs.page_keys()
    ticks = [row.editor for row in shown.rows.values() if isinstance(row.editor, BoolEditor)]
    ticks[0].check.click()
    ticks[0].check.click()
    lists = [row for row in shown.rows.values() if isinstance(row.editor, ListEditor)]
    editor = cast(ListEditor, lists[0].editor)
    shown.tabs.show_page(lists[0].setting.section)
    editor.items.setCurrentRow(0)
    editor.remove_button.click()  # taken off, its Undo offered
    shown.reset_buttons[lists[0].setting.section].click()  # the page reset, Undo offered
    assert shown.undo.pending()


USES: dict[str, Callable[[QWidget, QtBot, Path], None]] = {
    "affirmation": _affirmation,
    "thought-log": _thought_log,
    "insights": _insights,
    "check-in": _checkin,
    "settings": _settings,
}


@pytest.mark.parametrize("name", sorted(USES))
def test_a_window_used_then_released_is_freed_without_the_collector(
    ctx: AppContext,
    said_yes: list[str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
) -> None:
    monkeypatch.setattr(ctx.prompter, "ask", _go_ahead)  # Settings' Reset this page
    window = ctx.windows.show(name)
    qtbot.waitExposed(window)
    USES[name](window, qtbot, tmp_path)
    QCoreApplication.processEvents()
    gone = weakref.ref(window)
    with collector_off():  # only reference counts may free it now
        window.close()
        del window
        flush_deletes()
        assert gone() is None, f"{name}, used, is held in a reference cycle after its release"


def _go_ahead(_parent: object, _title: str, _question: str, action: str, stay: str = "") -> bool:
    return True
