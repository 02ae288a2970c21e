"""Every control in every window has an accessible name and a description, as a screen reader
reads them (through QAccessible, so a tooltip counts as the description, as it does for Orca
and Narrator), and every window can be reached in full with the keyboard."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import sessions
from footholds.core.store import (
    Goal,
    LogEntry,
    OwnItem,
    OwnLine,
    Person,
    Proof,
    RoutineItem,
    Session,
    ThoughtLog,
)
from footholds.core.store.models import now_local
from footholds.ui.common.chips import ScalePicker
from footholds.ui.shell import registry
from support import person_day, present

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
    QScrollArea,
)


def is_qt_part(control: QWidget) -> bool:
    """Parts Qt builds and names itself: scroll bars, a combo box's popup, a spin box's field."""
    parent = control.parent()
    return (
        control.objectName().startswith("qt_")
        or isinstance(control, QScrollBar)
        # a combo box's popup list (its container shows as a QFrame in PySide6 6.11)
        or (isinstance(control, QAbstractItemView) and combo_popup(control))
        or (isinstance(control, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)))
    )


def combo_popup(view: QWidget) -> bool:
    parent = view.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


def missing(window: QWidget) -> list[str]:
    """Each control without a name or a description, said so a failure can be fixed."""
    problems = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or is_qt_part(control):
            continue
        face = QAccessible.queryAccessibleInterface(control)
        name = face.text(QAccessible.Text.Name).strip()
        description = face.text(QAccessible.Text.Description).strip()
        if not name or not description:
            what = "name" if not name else "description"
            text = control.text() if hasattr(control, "text") and callable(control.text) else ""
            label = name or str(text) or control.objectName()
            problems.append(f"{type(control).__name__} {label!r}: no {what}")
    return problems


@pytest.fixture
def seeded(ctx: AppContext) -> AppContext:
    """One of everything, so the rows that only exist with entries are checked too."""
    store = ctx.store
    store.add(LogEntry(feelings=["tired"], energy=2, wins=["drank water"], note="a note"))
    store.add(Proof(day=person_day(), text="I answered one email"))
    store.add(RoutineItem(text="Drink a glass of water", position=0))
    store.add(Goal(title="Tidy the desk", steps=[{"text": "Clear one corner"}]))
    store.add(Person(name="Sam", how="text", note="likes mornings", message="Thinking of you"))
    store.add(OwnLine(name="My GP", number="020 7946 0000"))
    store.add(OwnItem(pack="routine", text="Feed the cat"))
    store.add(
        ThoughtLog(thought="I always get it wrong", belief_before=70, balanced="Sometimes I do")
    )
    store.add(LogEntry(at=now_local() - timedelta(days=3), feelings=["calm"], source="quick-log"))
    weekly = Session(
        day=(now_local() - timedelta(days=29)).date().isoformat(), time="09:00", every="1w"
    )
    last = sessions.last_occurrence([weekly], now_local())
    store.add(
        sessions.with_note(
            weekly, present(last).key, remember="Go gently", **{"try": "A short walk"}
        )
    )
    return ctx


@pytest.mark.parametrize("name", registry.names())
def test_every_control_has_a_name_and_a_description(
    seeded: AppContext, qtbot: QtBot, name: str
) -> None:
    window = seeded.windows.get(name)
    window.show()
    settle(qtbot, window)  # parts built or shown a turn of the event loop later are there
    assert missing(window) == []


def test_the_quick_logs_parts_built_later_have_names_and_descriptions(
    seeded: AppContext, qtbot: QtBot
) -> None:
    """The journal fields ("More") and the sleep question are built when first wanted, so the
    check over every window above does not meet them: build them and check them here."""
    from footholds.ui.journal.journal_fields import JournalFields
    from footholds.ui.journal.quick_log import QuickLogWindow

    quick = seeded.windows.get("quick-log")
    assert isinstance(quick, QuickLogWindow)
    quick.form.show_more(True)
    quick.sleep.show()
    quick.show()
    settle(qtbot, quick)
    assert quick.form.findChildren(JournalFields) and quick.sleep.isVisible()
    assert missing(quick) == []


def test_the_reminder_card_has_names_and_descriptions(qtbot: QtBot) -> None:
    from footholds.ui.reminders.reminder_card import ReminderCard

    card = ReminderCard()
    qtbot.addWidget(card)
    assert missing(card) == []


def test_the_dialogs_have_names_and_descriptions(seeded: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.common.prompter import Prompter
    from footholds.ui.journal.journal_editor import EntryEditor
    from footholds.ui.reminders.own_reminder import OwnReminderDialog
    from footholds.ui.settings.backup_picker import BackupPicker
    from footholds.ui.settings.import_dialog import ImportDialog

    journal = seeded.windows.get("journal")
    [entry, *_] = seeded.store.all(LogEntry)
    dialogs = [
        ImportDialog(seeded),
        BackupPicker(seeded),
        EntryEditor(seeded, entry, journal),
        OwnReminderDialog(seeded.store, Prompter()),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert missing(dialog) == [], type(dialog).__name__


def focus_chain(window: QWidget) -> list[QWidget]:
    """Every widget Tab stops at, in order, once round the window."""
    start = present(window.nextInFocusChain())
    seen: list[QWidget] = []
    widget = start
    while True:
        if (
            widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.window() is window
        ):
            seen.append(widget)
        widget = present(widget.nextInFocusChain())
        if widget is start or len(seen) > 2000:
            return seen


@pytest.mark.parametrize("name", registry.names())
def test_every_control_can_be_reached_with_the_keyboard(
    seeded: AppContext, qtbot: QtBot, name: str
) -> None:
    seeded.windows.show(name)
    window = seeded.windows.get(name)
    qtbot.waitExposed(window)
    reachable = set(focus_chain(window))
    stuck = []
    for control in window.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or is_qt_part(control):
            continue
        if isinstance(control, QScrollArea) or not control.isVisibleTo(window):
            continue  # a scroll area moves with its contents' focus
        if not control.isEnabled():
            continue
        # a control Tab passes over must hand its focus to one that Tab reaches
        proxy = control.focusProxy() or control
        row = control.parentWidget()
        if isinstance(row, ScalePicker) and reachable.intersection(row.buttons):
            continue  # one Tab stop for the row, as a radio group: the arrows go along it
        if proxy not in reachable:
            text = control.text() if hasattr(control, "text") and callable(control.text) else ""
            stuck.append(f"{type(control).__name__} {control.accessibleName() or text!r}")
    assert stuck == [], name


def test_the_focused_control_is_drawn_differently(seeded: AppContext, qtbot: QtBot) -> None:
    """Moving with Tab shows where the keyboard is: the focused button gets a focus ring."""
    seeded.windows.show("proof-list")
    window = seeded.windows.get("proof-list")
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)  # the plain look at the button's final size, not mid-layout
    chain = focus_chain(window)
    button = next(w for w in chain if isinstance(w, QAbstractButton))
    plain = button.grab().toImage()
    chain[0].setFocus()
    for _ in range(len(chain)):  # Tab, as a person would, until the button has the focus
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    # drawn with a visible focus ring: looked for until it shows, not after a fixed time
    qtbot.waitUntil(lambda: button.grab().toImage() != plain)


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_lists_menus_and_time_fields_show_a_focus_ring(
    ctx: AppContext, qtbot: QtBot, choice: str
) -> None:
    """LOOK.md: a visible focus ring everywhere, in the focus token the buttons use."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QComboBox, QListWidget, QTimeEdit, QVBoxLayout

    from footholds.ui.common import theme, tokens

    theme.apply(ctx.app, choice)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        combo, time, plain = QComboBox(), QTimeEdit(), QListWidget()
        combo.addItems(["One", "Two"])
        plain.addItems(["One", "Two"])
        column = QVBoxLayout(window)
        for control in (combo, time, plain):
            column.addWidget(control)
        window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # somewhere to leave the focus
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle(qtbot, window)
        ring = QColor(tokens.colours(choice == "dark").focus)

        def rings(control: QWidget) -> int:
            image = control.grab().toImage()
            edge = [(x, y) for x in range(image.width()) for y in (0, 1)]
            edge += [(x, y) for y in range(image.height()) for x in (0, 1)]
            return sum(1 for x, y in edge if image.pixelColor(x, y) == ring)

        for control in (combo, time, plain):
            window.setFocus()
            qtbot.waitUntil(window.hasFocus)
            plain_look = rings(control)
            control.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(control.hasFocus)

            def ringed(c: QWidget = control, before: int = plain_look) -> None:
                assert rings(c) > before + 20, type(c).__name__

            qtbot.waitUntil(ringed)  # looked for until it shows, not after a fixed time
    finally:
        theme.apply(ctx.app, "light")
