"""Settings: an Undo still offered when the language changes. The pages are made again in
the new language while the offer stands; its Undo (the button, or Ctrl+Z) must still bring
back what was taken, into the new page, with nothing raised. My sessions' Undo of a removed,
skipped or changed session pointed at the old page, gone by then."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from test_sessions_edit import button, page, row_of
from test_settings_width_language import speak

from footholds.app.build import AppContext
from footholds.core.settings import (
    GENERAL_SECTION,
    LISTS_SECTION,
    SAFETY_SECTION,
    SESSIONS_SECTION,
)
from footholds.core.store import OwnItem, OwnLine, Session
from footholds.ui.common import i18n
from footholds.ui.settings.list_editors import ListEditor
from footholds.ui.settings.settings_window import SettingsWindow
from support import present

HOW = ["button", "ctrl-z"]


@pytest.fixture
def weekly(ctx: AppContext) -> Session:
    return ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))


def in_spanish(qtbot: QtBot, qapp: QApplication, win: SettingsWindow, section: str) -> None:
    """As a person does it: to General, Spanish chosen, the old pages gone, then back to the
    page the offer was made on while its seconds last."""
    win.tabs.show_page(GENERAL_SECTION)
    speak(qtbot, qapp, win, "es")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old pages gone
    win.tabs.show_page(section)
    assert win.undo.isVisible() and win.undo.pending()


def press_undo(qtbot: QtBot, win: SettingsWindow, how: str) -> None:
    if how == "button":
        qtbot.mouseClick(win.undo.button, Qt.MouseButton.LeftButton)
        return
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win.tabs.tabBar(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def session_offer(
    kind: str, ctx: AppContext, qtbot: QtBot, weekly: Session
) -> tuple[SettingsWindow, Callable[[], bool]]:
    """My sessions' Undo offered for `kind`; and whether the store is as before it."""
    editor = page(ctx, qtbot)
    row = row_of(editor, weekly)
    if kind == "remove":
        button(row, "Remove").click()
    elif kind == "skip":
        next(b for b in row.findChildren(QPushButton) if "Skip" in b.text()).click()
    else:
        button(row, "Edit").click()
        editor.therapist.setText("Ana Ruiz")
        editor.add.click()
    assert ctx.store.get(Session, weekly.id) != weekly
    return cast(
        SettingsWindow, editor.window()
    ), lambda: ctx.store.get(Session, weekly.id) == weekly


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("kind", ["remove", "skip", "change"])
def test_my_sessions_undo_after_a_language_switch_puts_it_back_in_the_new_page(
    ctx: AppContext,
    qtbot: QtBot,
    qapp: QApplication,
    weekly: Session,
    said_yes: list[str],
    kind: str,
    how: str,
) -> None:
    win, as_before = session_offer(kind, ctx, qtbot, weekly)
    try:
        in_spanish(qtbot, qapp, win, SESSIONS_SECTION)
        press_undo(qtbot, win, how)
        assert as_before()
        qtbot.waitUntil(lambda: row_of(win.sessions, weekly).isVisible())  # in the new page
        assert not win.undo.pending()
        # the new page answers for its sessions again: another Undo is its own
        qtbot.mouseClick(win.undo.button, Qt.MouseButton.LeftButton)  # nothing offered
        assert as_before()
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("how", HOW)
def test_a_session_added_on_the_new_page_ends_the_old_pages_offer(
    ctx: AppContext,
    qtbot: QtBot,
    qapp: QApplication,
    weekly: Session,
    said_yes: list[str],
    how: str,
) -> None:
    win, _as_before = session_offer("remove", ctx, qtbot, weekly)
    try:
        in_spanish(qtbot, qapp, win, SESSIONS_SECTION)
        win.sessions.therapist.setText("Dr Bello")
        win.sessions.add.click()
        assert not win.undo.pending()  # as on the page it was offered on
        press_undo(qtbot, win, how)
        assert ctx.store.get(Session, weekly.id) is None
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("how", HOW)
def test_a_list_entry_taken_off_comes_back_after_a_language_switch(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, how: str
) -> None:
    win = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(win)
    win.present(LISTS_SECTION)
    editor = cast(ListEditor, win.rows["lists.feelings"].editor)
    before = list(ctx.settings["lists.feelings"])
    editor.items.setCurrentRow(1)
    editor.remove_button.click()
    try:
        in_spanish(qtbot, qapp, win, LISTS_SECTION)
        press_undo(qtbot, win, how)
        assert ctx.settings["lists.feelings"] == before
        now = cast(ListEditor, win.rows["lists.feelings"].editor)
        assert now.items.count() == len(before) and now.isVisible()
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("how", HOW)
def test_a_page_reset_is_undone_after_a_language_switch(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    win = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(win)
    win.present(LISTS_SECTION)
    parts = ["the tired kid"]
    ctx.settings.set("lists.parts", parts)
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)
    win.reset_buttons[LISTS_SECTION].click()
    assert ctx.settings["lists.parts"] != parts
    try:
        in_spanish(qtbot, qapp, win, LISTS_SECTION)
        press_undo(qtbot, win, how)
        assert ctx.settings["lists.parts"] == parts
        now = cast(ListEditor, win.rows["lists.parts"].editor)
        assert [now.items.item(i).text() for i in range(now.items.count())] == parts
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("how", HOW)
def test_a_suggestion_removed_comes_back_after_a_language_switch(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, said_yes: list[str], how: str
) -> None:
    win = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(win)
    win.present(LISTS_SECTION)
    win.suggestions.add_own("Water the plant")
    win.suggestions.refresh()
    remove = next(b for b in win.suggestions.rows[0].findChildren(QPushButton))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert ctx.store.all(OwnItem) == []
    try:
        win.tabs.show_page(GENERAL_SECTION)
        speak(qtbot, qapp, win, "es")
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        win.tabs.show_page(LISTS_SECTION)
        strip = win.suggestions.undo  # the new page's
        assert strip.pending() and strip.isVisible()
        if how == "button":
            qtbot.mouseClick(strip.button, Qt.MouseButton.LeftButton)
        else:
            win.activateWindow()
            qtbot.waitUntil(win.isActiveWindow)
            qtbot.keyClick(win.suggestions.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [o.text for o in ctx.store.all(OwnItem)] == ["Water the plant"]
        shown = [present(row.findChild(QLabel)).text() for row in win.suggestions.rows]
        assert "Water the plant" in shown
    finally:
        i18n.remove(qapp)


@pytest.mark.parametrize("how", HOW)
def test_an_own_number_removed_comes_back_after_a_language_switch(
    ctx: AppContext, qtbot: QtBot, qapp: QApplication, said_yes: list[str], how: str
) -> None:
    ctx.store.add(OwnLine(name="My GP", number="0161 496 0000"))
    win = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(win)
    win.present(SAFETY_SECTION)
    own = win.own_lines
    [remove] = [b for b in own.rows[0].findChildren(QPushButton) if b.text() == "Remove"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert ctx.store.all(OwnLine) == []
    try:
        win.tabs.show_page(GENERAL_SECTION)
        speak(qtbot, qapp, win, "es")
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        win.tabs.show_page(SAFETY_SECTION)
        strip = win.own_lines.undo  # the new page's
        assert strip.pending() and strip.isVisible()
        if how == "button":
            qtbot.mouseClick(strip.button, Qt.MouseButton.LeftButton)
        else:
            win.activateWindow()
            qtbot.waitUntil(win.isActiveWindow)
            qtbot.keyClick(win.own_lines.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [line.name for line in ctx.store.all(OwnLine)] == ["My GP"]
        assert len(win.own_lines.rows) == 1
    finally:
        i18n.remove(qapp)


def test_an_undo_passed_on_is_not_offered_once_its_seconds_have_passed(
    ctx: AppContext,
    qtbot: QtBot,
    qapp: QApplication,
    said_yes: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    win = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(win)
    win.present(LISTS_SECTION)
    win.suggestions.add_own("Water the plant")
    win.suggestions.refresh()
    qtbot.mouseClick(
        present(win.suggestions.rows[0].findChild(QPushButton)), Qt.MouseButton.LeftButton
    )
    try:
        win.tabs.show_page(GENERAL_SECTION)
        speak(qtbot, qapp, win, "es")
        later = time.monotonic() + 60  # the person comes back to My lists a minute later
        monkeypatch.setattr(time, "monotonic", lambda: later)
        win.tabs.show_page(LISTS_SECTION)
        assert not win.suggestions.undo.pending()
    finally:
        i18n.remove(qapp)
