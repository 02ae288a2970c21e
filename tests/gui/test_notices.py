"""Notices reach the screen and stay there until the person closes them (issue 15, defect 4).

A message box without a parent window is freed with its last Python reference: shown from a
function that then returns, it vanished at once and the notice only reached the log file.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from putting_away import put_away
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from footholds.app import notices
from footholds.app.build import AppContext, build, make_qapp
from footholds.core.paths import Paths
from footholds.platform.lockfile import take_lock
from footholds.ui.common.top_windows import top_windows
from footholds.ui.help import crisis_lines


def on_screen() -> list[QMessageBox]:
    return [w for w in top_windows() if isinstance(w, QMessageBox) and w.isVisible()]


def settle(qtbot: QtBot) -> None:
    """Let Python and Qt both free what nothing holds any more."""
    gc.collect()
    qtbot.wait(50)  # deferred deletes run in the event loop
    gc.collect()


def test_a_notice_stays_on_screen_until_it_is_closed(ctx: AppContext, qtbot: QtBot) -> None:
    notices.show_notice(ctx, "A damaged file was set aside; your entries are safe.")
    settle(qtbot)
    [box] = on_screen()
    assert box.text() == "A damaged file was set aside; your entries are safe."
    assert box.windowModality() == Qt.WindowModality.NonModal  # never blocks other windows
    qtbot.wait(300)
    settle(qtbot)
    assert on_screen() == [box]
    [seen] = box.buttons()
    assert seen.text() == "&Got it" and seen.property("role") == "primary"  # a verb, not OK
    assert not box.iconPixmap().isNull()  # the app's own mark, not Qt's stock picture
    qtbot.mouseClick(seen, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert on_screen() == []
    assert notices.OPEN_NOTICES == []  # closed boxes are not kept


def test_notices_that_come_together_share_one_box(ctx: AppContext, qtbot: QtBot) -> None:
    """Two damaged files found at start gave two boxes, the second exactly over the first,
    and one more came over them when a window read a damaged month."""
    first = "Part of your log for 2026-10 could not be read."
    second = "Part of your log for 2026-11 could not be read."
    notices.show_notice(ctx, first)
    notices.show_notice(ctx, second)  # before the event loop has put the first one up
    notices.show_notice(ctx, first)  # the same again: said once
    assert on_screen() == []  # up on the next turn, over a window opening in this one
    settle(qtbot)
    [box] = on_screen()
    assert box.text() == f"{first}\n\n{second}"
    later = "A link could not be opened."
    notices.show_notice(ctx, later)  # while the box is up, a new notice joins it
    settle(qtbot)
    assert on_screen() == [box]
    assert box.text() == f"{first}\n\n{second}\n\n{later}"
    notices.show_notice(ctx, second)  # already on screen: not again
    settle(qtbot)
    assert on_screen() == [box] and box.text().count(second) == 1
    box.close()
    settle(qtbot)
    assert notices.OPEN_NOTICES == []
    notices.show_notice(ctx, later)  # once closed, a notice has a box of its own again
    notices.show_notice(ctx, first)  # and one more before it is up joins that new box
    settle(qtbot)
    [again] = on_screen()
    assert again is not box and again.text() == f"{later}\n\n{first}"
    again.close()
    settle(qtbot)


def test_a_link_nothing_can_open_shows_its_note(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices.show_notices(ctx)
    monkeypatch.setattr(crisis_lines, "open_link", lambda url: False)
    assert crisis_lines.open_or_explain(ctx, "tel:988") is False
    assert crisis_lines.open_or_explain(ctx, "tel:988") is False  # tried twice: one box
    settle(qtbot)
    [box] = on_screen()
    assert "could not open that link" in box.text()
    box.close()
    settle(qtbot)
    assert on_screen() == [] and notices.OPEN_NOTICES == []


@pytest.fixture
def damaged_home(qapp: QApplication, footholds_home: Path) -> Iterator[AppContext]:
    """A home whose settings file and one month of entries are damaged, then built."""
    paths = Paths.from_env()
    paths.ensure()
    paths.settings_file.write_text("{ not json")
    month = paths.store_dir / "log" / "2026-03.json"
    month.parent.mkdir(parents=True)
    (paths.store_dir / "meta.json").write_text(json.dumps({"schema": 1}))
    month.write_text('{"log": {"1": {"id": "cut off')
    lock = take_lock(paths.lock_file)
    assert lock is not None
    context = build(make_qapp([]), paths, lock)
    yield context
    put_away(context)
    context.server.close()
    context.store.close()
    context.tray.icon.hide()
    if shiboken6.isValid(context.tray.menu):  # parentless: not left to Python's collector
        shiboken6.delete(context.tray.menu)
    lock.unlock()


def test_start_up_notices_reach_the_screen(damaged_home: AppContext, qtbot: QtBot) -> None:
    from footholds.core.store import LogEntry

    ctx = damaged_home
    ctx.store.months(LogEntry)
    ctx.store.all(LogEntry)  # reading the damaged month sets it aside, with a notice
    expected = list(ctx.store.notices)
    assert len(expected) >= 2, expected  # the settings, and the month
    notices.show_notices(ctx)
    settle(qtbot)
    shown = on_screen()
    assert [b.text() for b in shown] == ["\n\n".join(expected)]  # together, in one box
    for box in shown:
        box.close()
    settle(qtbot)
    assert notices.OPEN_NOTICES == []


def test_a_notice_raised_while_a_window_opens_goes_over_it(ctx: AppContext, qtbot: QtBot) -> None:
    """Insights read a damaged month while opening: the notice came up behind it. It now goes
    over the window just opened (its transient: the window manager keeps it above) and takes
    the keyboard, since it answers what the person just did."""
    window = ctx.windows.show("about")
    notices.show_notice(ctx, "Part of your log for 2026-11 could not be read.")
    settle(qtbot)
    [box] = on_screen()
    handle, under = box.windowHandle(), window.windowHandle()
    assert handle is not None and under is not None
    assert handle.transientParent() is under
    assert not box.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert box.parent() is None  # closing the window does not take the notice with it
    window.close()
    settle(qtbot)
    assert on_screen() == [box]
    box.close()
    settle(qtbot)


def test_a_notice_leaves_a_reminder_its_keyboard(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.ui.reminders.reminder_card import ReminderCard

    card = ReminderCard()
    qtbot.addWidget(card)
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: card))
    notices.show_notice(ctx, "A link could not be opened.")
    settle(qtbot)
    [box] = on_screen()
    assert box.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    box.close()
    settle(qtbot)


def test_a_damaged_settings_file_is_told_in_plain_words(
    damaged_home: AppContext, qtbot: QtBot
) -> None:
    [said] = [n for n in damaged_home.store.notices if "settings file" in n]
    assert said.startswith("The settings file could not be read (it is damaged)")
    assert "Error" not in said


def test_a_setting_reset_to_its_default_is_told_in_spanish(ctx: AppContext, tmp_path: Path) -> None:
    """One saved value that cannot be used: the whole notice speaks the interface language,
    the setting's name too, not only its first half."""
    from footholds.core.settings import Settings
    from footholds.ui.common import i18n

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "values": {"reminders.snooze_minutes": "soon"}}))
    (problem,) = Settings.load(path)[1].problems
    assert isinstance(problem, str)
    i18n.install(ctx.app, "es")
    try:
        said = i18n.notice_text(problem)
    finally:
        i18n.remove(ctx.app)
    assert said == (
        "Tiempo que espera «Luego» (minutos): escribe un número entero, por favor. "
        "Se usa el valor predeterminado en su lugar."
    )
