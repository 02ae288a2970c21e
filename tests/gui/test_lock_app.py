"""The lock in the running app (issue 20): Lock now from the tray, quick logs sealed while
locked, reading windows behind the passphrase, auto-lock, and the recovery key's reset."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import test_unlock as base
from lock_starting import PASS, every_file, notes, opened, start, stop
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from test_unlock import footholds

from footholds.app.build import AppContext
from footholds.core.lock import header_path, inbox
from footholds.core.lock.keys import Header
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, OwnLine, Person, SafetyPlan, storage
from footholds.ui.common.operations import save_record
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.people.readable_people import ReadablePeople, ReadableRow
from footholds.ui.people.trusted_people import PersonRow
from footholds.ui.shell.unlock import UnlockDialog

if TYPE_CHECKING:
    from footholds.ui.settings.list_editors import ListEditor

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


def menu_texts(ctx: AppContext) -> list[str]:
    return [a.text().replace("&", "") for a in ctx.tray.menu.actions() if a.text()]


def unlock_in(dialog: QDialog, qtbot: QtBot, passphrase: str = PASS) -> None:
    assert isinstance(dialog, UnlockDialog)
    dialog.field.setText(passphrase)
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)


def test_lock_now_seals_quick_logs_and_the_journal_waits_for_the_passphrase(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert "Lock now" in menu_texts(ctx) and "Unlock…" not in menu_texts(ctx)
        ctx.windows.show("journal")
        assert ctx.windows.is_visible("journal")
        ctx.tray.actions["lock"].trigger()  # the tray's Lock now
        assert ctx.locker.locked and storage.codec is None and ctx.locker.keys is None
        assert not ctx.windows.is_visible("journal")  # closed: it showed written words
        qtbot.waitUntil(lambda: not ctx.windows.is_built("journal"))  # and released
        assert "Unlock…" in menu_texts(ctx) and "Lock now" not in menu_texts(ctx)
        assert "Locked: quick log still saves" in ctx.tray.icon.toolTip()
        assert ctx.store.all(LogEntry) == []  # nothing readable is left in memory

        assert save_record(ctx, LogEntry(note="a walk to the shop while locked")) is not None
        assert len(inbox.waiting(paths.data_dir)) == 1
        assert not any(b"walk to the shop" in data for data in every_file(footholds_home).values())

        dialog = ctx.windows.show("journal")  # asks for the passphrase first
        assert isinstance(dialog, UnlockDialog) and not ctx.windows.is_built("journal")
        assert dialog.quit.text() == "Not now"
        unlock_in(dialog, qtbot)
        assert not ctx.locker.locked and storage.codec is not None
        assert ctx.windows.is_visible("journal")  # opened once unlocked
        assert "a walk to the shop while locked" in notes(ctx)
        assert inbox.waiting(paths.data_dir) == []
        assert "Lock now" in menu_texts(ctx) and "Locked" not in ctx.tray.icon.toolTip()
    finally:
        stop(ctx)


def test_help_and_the_safety_plan_open_while_locked_unless_the_plan_is_locked_too(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(SafetyPlan(sections={"warning_signs": "staying in bed all day"}))
        ctx.store.add(OwnLine(name="Dr Rivera", number="555 0100"))
        assert ctx.locker.lock_now()
        help_now = ctx.windows.show("help-now")
        assert "Dr Rivera" in " ".join(
            label.text() for label in help_now.findChildren(QLabel)
        )  # the person's own numbers, in Get help now, need no passphrase
        assert ctx.store.all(LogEntry) == []  # while what they wrote is out of memory
        for name in ("help-now", "quick-log"):
            assert ctx.windows.show(name) is ctx.windows.get(name)
        window = ctx.windows.show("safety-plan")
        assert window is ctx.windows.get("safety-plan")  # no passphrase in a crisis
        plans = ctx.store.all(SafetyPlan)
        assert plans and plans[0].sections["warning_signs"] == "staying in bed all day"
        ctx.windows.close_all()

        dialog = ctx.windows.show("proof-list")  # the person's words wait for the passphrase
        assert isinstance(dialog, UnlockDialog)
        qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)  # Not now
        assert ctx.locker.locked and not ctx.windows.is_built("proof-list")

        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        ctx.settings.set("lock.safety_plan", True)
        ctx.windows.show("safety-plan")
        assert ctx.locker.lock_now()
        assert not ctx.windows.is_visible("safety-plan")
        assert ctx.store.all(SafetyPlan) == []
        assert isinstance(ctx.windows.show("safety-plan"), UnlockDialog)
    finally:
        stop(ctx)


def test_with_the_settings_unread_the_plan_goes_with_lock_now_as_its_file_does(
    locked: tuple[Paths, str],
) -> None:
    """Settings that could not be read whole count the plan as locked too: its file is
    sealed at the start (core/lock/readable.py plan_locked), and Lock now puts it away from
    memory alike, even after saving the settings as it locks."""
    paths, _ = locked
    paths.settings_file.write_text("{ not settings", encoding="utf-8")
    ctx = start(paths, opened)
    try:
        assert not ctx.settings.read_whole and not ctx.settings["lock.safety_plan"]
        ctx.store.add(SafetyPlan(sections={"warning_signs": "staying in bed all day"}))
        plan_file = paths.store_dir / "safety_plan.json"
        assert plan_file.read_bytes().startswith(storage.SEALED_FILE)
        assert ctx.locker.lock_now()
        assert ctx.settings.read_whole  # saved as it locked
        assert ctx.store.all(SafetyPlan) == []
        assert isinstance(ctx.windows.show("safety-plan"), UnlockDialog)
    finally:
        stop(ctx)


def shown_words(window: QWidget) -> str:
    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())


def test_get_help_now_says_the_people_are_locked_and_follows_lock_and_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Locked, the people section said no one was listed yet and offered to add someone; and
    a Get help now open at Lock now kept every name and message on screen. The person locks
    their plan and people too here: nothing of them is kept readable."""
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)
        ctx.store.add(Person(name="Ana", how="a text after six", message="Can you call me?"))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        people = window.people
        assert "Ana" in shown_words(people) and not people.locked.isVisible()

        assert ctx.locker.lock_now()  # the window stays open: it needs no passphrase
        assert ctx.windows.is_visible("help-now")
        words = shown_words(people)
        assert "Ana" not in words and "Can you call me?" not in words
        assert "No one is listed" not in words and not people.add_someone.isVisible()
        assert people.locked.isVisible()
        assert "only locked for now" in people.locked.line.text()

        window.close()  # opened afresh while locked, it says the same
        qtbot.waitUntil(lambda: not ctx.windows.is_built("help-now"))  # released
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        assert window.people.locked.isVisible() and not window.people.empty.isVisible()

        qtbot.mouseClick(window.people.locked.unlock, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is not None  # Unlock… asks for the passphrase
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked
        assert not window.people.locked.isVisible()
        qtbot.waitUntil(lambda: "Ana" in shown_words(window.people))  # rows show next turn
    finally:
        stop(ctx)


def test_a_plan_locked_too_is_said_to_be_locked_in_get_help_now(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)
        ctx.store.add(SafetyPlan(sections={"sp-warning-signs": "staying in bed all day"}))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        plan = window.plan
        assert "staying in bed" in plan.text()
        assert ctx.locker.lock_now()
        assert "staying in bed" not in shown_words(plan) and plan.text() == ""
        assert plan.locked.isVisible() and not plan.empty.isVisible()
        assert not plan.edit.isVisible()  # no "Write my safety plan" for a plan that is there
        assert "only locked for now" in plan.locked.line.text()
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert "staying in bed" in plan.text() and not plan.locked.isVisible()
        qtbot.waitUntil(lambda: "staying in bed" in shown_words(plan))
        assert plan.edit.text() == "Edit my safety plan"
    finally:
        stop(ctx)


@pytest.mark.parametrize(
    ("language", "read", "edit"),
    [
        ("en", "Read my safety plan", "Edit my safety plan"),
        ("es", "Leer mi plan de seguridad", "Editar mi plan de seguridad"),
    ],
)
def test_the_plan_button_says_read_while_locked_and_edit_once_unlocked(
    locked: tuple[Paths, str], qtbot: QtBot, qapp: QApplication, language: str, read: str, edit: str
) -> None:
    """Locked, the plan kept readable opens to read only: the button said "Edit my safety
    plan" all the same. It says what it does, in either language, and Edit again after."""
    from footholds.ui.common import i18n

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    i18n.install(qapp, language)
    try:
        ctx.store.add(SafetyPlan(sections={"sp-warning-signs": "staying in bed all day"}))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        plan = window.plan
        assert plan.edit.text() == edit
        assert ctx.locker.lock_now()
        assert plan.edit.isVisible() and plan.edit.text() == read
        assert "passphrase" in plan.edit.accessibleDescription() or language != "en"
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert plan.edit.text() == edit
    finally:
        i18n.remove(qapp)
        stop(ctx)


def test_no_plan_written_while_locked_offers_to_write_one_after_the_passphrase(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Locked, with the plan kept readable and none written, Tough day said "Write it when
    you are ready" over "Read my safety plan", which opened an empty form to read. The app
    knows there is none (the readable file holds none): it offers to write one, and the
    button asks for the passphrase first, the plan's window opening after it."""
    from footholds.ui.help.safety_plan import SafetyPlanWindow
    from footholds.ui.tough_day.tough_day import ToughDayWindow

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        assert ctx.locker.lock_now()
        window = ctx.windows.show("tough-day")
        assert isinstance(window, ToughDayWindow)
        qtbot.waitExposed(window)
        plan = window.plan
        assert not plan.locked.isVisible()  # readable: the app knows none is written
        assert "Write it when you are ready" in plan.empty.text()
        assert plan.edit.text() == "Write my safety plan"
        assert "passphrase" in plan.edit.accessibleDescription()
        plan.edit.click()
        assert not ctx.windows.is_built("safety-plan")  # no empty form to read
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert ctx.windows.is_visible("safety-plan")  # opened once unlocked, to write in
        opened_plan = ctx.windows.show("safety-plan")
        assert isinstance(opened_plan, SafetyPlanWindow) and not opened_plan.locked.isVisible()
    finally:
        stop(ctx)


def test_the_safety_plan_is_to_read_while_locked_and_to_change_again_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked, words typed in the plan met "Nothing was changed" at Save and were gone
    with the window: now the window is for reading until the unlock, and what was typed
    before Lock now is kept."""
    from footholds.ui.help.safety_plan import SafetyPlanWindow

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    said: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _parent, text: said.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _parent, text: said.append(text))
    try:
        ctx.store.add(SafetyPlan(sections={"sp-warning-signs": "staying in bed all day"}))
        window = ctx.windows.show("safety-plan")
        assert isinstance(window, SafetyPlanWindow)
        qtbot.waitExposed(window)
        field = window.fields["sp-warning-signs"]
        assert not window.locked.isVisible() and window.save.isEnabled()
        field.setPlainText("staying in bed all day, not eating")  # not saved yet
        assert ctx.locker.lock_now()
        assert ctx.windows.is_visible("safety-plan")  # kept readable: it stays open
        [plan] = ctx.store.all(SafetyPlan)
        assert plan.sections["sp-warning-signs"] == "staying in bed all day, not eating"

        assert window.locked.isVisible() and "To change it, unlock" in window.locked.line.text()
        assert all(f.isReadOnly() for f in window.fields.values())
        assert not any(box.isEnabled() for box in window.safer.values())
        assert not window.save.isEnabled()
        field.setFocus()
        qtbot.keyClicks(field, "typed while locked")
        assert "typed while locked" not in field.toPlainText()
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        window.close()
        assert said == []  # no "Nothing was changed"
        qtbot.waitUntil(lambda: not ctx.windows.is_built("safety-plan"))  # released
        window = ctx.windows.show("safety-plan")  # opened afresh while locked: the same
        assert isinstance(window, SafetyPlanWindow)
        assert window.locked.isVisible() and not window.save.isEnabled()

        qtbot.mouseClick(window.locked.unlock, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is not None  # Unlock… asks for the passphrase
        unlock_in(ctx.locker.dialog, qtbot)
        assert not window.locked.isVisible() and window.save.isEnabled()
        field = window.fields["sp-warning-signs"]
        assert not field.isReadOnly()
        assert field.toPlainText() == "staying in bed all day, not eating"
        field.setPlainText("staying in bed")
        assert window.save_plan()
        assert ctx.store.all(SafetyPlan)[0].sections["sp-warning-signs"] == "staying in bed"
        assert said == []
    finally:
        stop(ctx)


def test_get_help_now_while_locked_shows_the_people_kept_readable_with_their_number(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """After Lock now, Get help now said the people list was locked: Ana's number was gone
    exactly when it was needed. Kept readable with the plan, her name and how to reach her
    show, with Copy number; her own message waits for the unlock, said so with Unlock…."""
    from PySide6.QtGui import QGuiApplication

    from footholds.core.lock import people_copy

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(Person(name="Ana", how="Call 07700 900123", message="It's me, call?"))
        assert people_copy.read(paths.store_dir) == [("Ana", "Call 07700 900123")]
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        [row] = window.people.rows  # unlocked: Copy number beside Copy message
        assert row.copy_number is not None and row.copy_number.isVisible()

        assert ctx.locker.lock_now()
        people = window.people
        qtbot.waitUntil(lambda: "Ana" in shown_words(people))  # rows show next turn
        words = shown_words(people)
        assert "Call 07700 900123" in words
        assert "It's me, call?" not in words and not people.locked.isVisible()
        assert people.readable is not None and people.readable.note is not None
        assert people.readable.note.isVisible()
        assert "What you wrote yourself shows here again" in people.readable.note.line.text()
        [kept] = people.readable.rows
        # hers is locked, said so; a ready one stands in, to copy now
        assert isinstance(kept, PersonRow) and kept.own is not None and kept.own.isVisible()
        assert kept.own.text().startswith("Your own message for them is locked for now")
        assert kept.message.text() == "I'm not OK right now. Can you call me?"
        assert kept.copy.isVisible() and kept.other.isEnabled()
        qtbot.mouseClick(kept.copy, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == "I'm not OK right now. Can you call me?"
        assert kept.copy_number is not None and kept.copy_number.text() == "Copy number"
        qtbot.mouseClick(kept.copy_number, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == "07700900123"
        assert kept.copy_number.text() == "Copied"
        assert not any(b"It's me" in data for data in every_file(footholds_home).values())

        window.close()  # opened afresh while locked, she is there too
        qtbot.waitUntil(lambda: not ctx.windows.is_built("help-now"))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: "Ana" in shown_words(window.people))

        assert window.people.readable is not None and window.people.readable.note is not None
        qtbot.mouseClick(window.people.readable.note.unlock, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        qtbot.waitUntil(lambda: "It's me, call?" in shown_words(window.people))
        assert window.people.readable is None

        [ana] = ctx.store.all(Person)
        ctx.store.remove(ana)  # removed while unlocked: gone from the copy at once
        assert people_copy.read(paths.store_dir) == []
        ctx.store.add(Person(name="Ben", how="Signal"))
        assert people_copy.read(paths.store_dir) == [("Ben", "Signal")]
        ctx.settings.set("lock.safety_plan", True)  # locked too: no copy kept
        assert not people_copy.copy_path(paths.store_dir).exists()
        assert ctx.locker.lock_now()
        assert window.people.locked.isVisible() and window.people.readable is None
    finally:
        stop(ctx)


def test_while_locked_someone_without_a_message_of_their_own_has_the_ready_one(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """Locked, everyone's ready message went and "Your messages for them are safe, only
    locked" was said of Ben too, who has none: unlocked he has Footholds' own "I'm not OK
    right now. Can you call me?", no secret. The copy keeps only a yes or no: Ben has his
    ready message still, Ana's own waits for the unlock, said of her alone."""
    from footholds.core.lock import people_copy

    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(Person(name="Ana", how="Call 07700 900123", message="It's me, call?"))
        ctx.store.add(Person(name="Ben", how="Signal"))
        assert [p.own_message for p in people_copy.read(paths.store_dir) or []] == [True, False]
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        assert ctx.locker.lock_now()
        people = window.people
        qtbot.waitUntil(lambda: "Ben" in shown_words(people))
        assert people.readable is not None
        ana, ben = people.readable.rows
        assert isinstance(ben, PersonRow)  # as unlocked: Copy message and Another
        ready = "I'm not OK right now. Can you call me?"
        assert ben.message.text() == ready and ben.copy.isVisible() and ben.own is None
        # Ana's own is locked, said of her alone; a ready one stands in for it meanwhile
        assert isinstance(ana, PersonRow) and ana.own is not None and ana.own.isVisible()
        assert ana.message.text() == ready and ana.copy.isVisible()
        words = shown_words(people)
        assert "It's me, call?" not in words and words.count(ready) == 2
        assert not any(b"It's me" in data for data in every_file(footholds_home).values())
        note = people.readable.note
        assert note is not None and note.isVisible()
    finally:
        stop(ctx)


def test_a_copy_from_before_the_yes_or_no_reads_with_words_true_either_way(
    qtbot: QtBot,
) -> None:
    """An older copy says nothing of messages: no one gets a ready message of Footholds' own
    in place of theirs, and the note is true whether they wrote one or not."""
    old = [("Ana", "Signal")]  # as people_copy.read gave before
    people = ReadablePeople(old, lambda: None, with_ready=lambda n, h, o: QWidget())
    qtbot.addWidget(people)
    [row] = people.rows
    assert isinstance(row, ReadableRow) and row.own is None
    assert people.note is not None
    assert people.note.line.text().startswith("Any messages you wrote for them are safe")
    nobody_wrote = [people_copy_person("Ben", "Signal", False)]
    people = ReadablePeople(nobody_wrote, lambda: None, with_ready=lambda n, h, o: QWidget())
    qtbot.addWidget(people)
    assert people.note is None  # nothing of theirs is locked: nothing said to be


def people_copy_person(name: str, how: str, own: bool | None) -> tuple[str, str]:
    from footholds.core.lock.people_copy import KeptPerson

    return KeptPerson(name, how, own)


def test_a_number_added_while_locked_shows_at_once_sealed_with_no_passphrase(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """Locked, Add asked for the passphrase first (a number typed in a hard moment waited on
    it). Adding reads nothing sealed: the number is sealed to the lock's public key, shows at
    once beside the others, is written nowhere plain, and joins the store at the unlock."""
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(OwnLine(name="My GP", number="555 0199"))
        assert ctx.locker.lock_now()
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        own = window.own
        own.name.setText("Dr Rivera")
        own.number.setText("555 0100")
        qtbot.mouseClick(own.add, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is None and ctx.locker.locked  # no passphrase asked
        assert sorted(row.line.name for row in own.rows) == ["Dr Rivera", "My GP"]
        assert own.name.text() == "" and own.number.text() == ""
        assert len(inbox.waiting(paths.data_dir)) == 1
        assert not any(b"Rivera" in data for data in every_file(footholds_home).values())

        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked and inbox.waiting(paths.data_dir) == []
        assert sorted(line.name for line in ctx.store.all(OwnLine)) == ["Dr Rivera", "My GP"]
        assert sorted(row.line.name for row in own.rows) == ["Dr Rivera", "My GP"]
    finally:
        stop(ctx)


def test_a_number_removed_while_locked_asks_for_the_passphrase_then_goes_with_undo(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked, Remove showed the store's generic "locked" box and the number stayed. Now it
    asks for the passphrase (removing needs the entries open), then removes, with Undo;
    "Not now" leaves it be. The passphrase is the only question: "Remove Dr Rivera?" asked
    first and the passphrase after was two questions for one act."""
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    said: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _parent, text: said.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _parent, text: said.append(text))
    monkeypatch.setattr(ctx.prompter, "confirm", lambda _p, text, *_a: said.append(text))
    try:
        ctx.store.add(OwnLine(name="Dr Rivera", number="555 0100"))
        assert ctx.locker.lock_now()
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        own = window.own
        assert [row.line.name for row in own.rows] == ["Dr Rivera"]

        qtbot.mouseClick(own.rows[0].remove, Qt.MouseButton.LeftButton)
        dialog = ctx.locker.dialog
        assert dialog is not None and dialog.isVisible()  # asked, and no box
        assert said == [] and [row.line.name for row in own.rows] == ["Dr Rivera"]
        qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)  # Not now: it stays
        assert ctx.locker.locked and [row.line.name for row in own.rows] == ["Dr Rivera"]
        assert not own.undo.pending() and said == []

        qtbot.mouseClick(own.rows[0].remove, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked and said == []
        assert ctx.store.all(OwnLine) == [] and own.rows == []
        assert own.undo.pending()  # the usual Undo

        own.undo.undo()
        assert [line.name for line in ctx.store.all(OwnLine)] == ["Dr Rivera"]
        assert [row.line.name for row in own.rows] == ["Dr Rivera"]
    finally:
        stop(ctx)


def test_undo_after_lock_now_asks_for_the_passphrase_rather_than_hiding_the_number(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo after Lock now put the number back sealed, out of the list until the unlock."""
    paths, _ = locked
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        ctx.store.add(OwnLine(name="Dr Rivera", number="555 0100"))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        own = window.own
        qtbot.mouseClick(own.rows[0].remove, Qt.MouseButton.LeftButton)
        assert own.undo.pending() and own.rows == []
        assert ctx.locker.lock_now()
        own.undo.undo()
        assert ctx.locker.dialog is not None  # asked first
        assert inbox.waiting(paths.data_dir) == []
        unlock_in(ctx.locker.dialog, qtbot)
        assert [line.name for line in ctx.store.all(OwnLine)] == ["Dr Rivera"]
        assert [row.line.name for row in own.rows] == ["Dr Rivera"]
    finally:
        stop(ctx)


def test_not_now_leaves_the_number_s_undo_where_it_was_to_press_again(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo pressed after Lock now took the strip away before the passphrase was asked: after
    "Not now" the number could never be put back. The offer stands through the question,
    the same words in the same place, its time held (the pointer going to the question does
    not end it); pressed twice, then unlocked, the number comes back once."""
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does: kept readable
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        ctx.store.add(OwnLine(name="Dr Rivera", number="555 0100"))
        ctx.store.add(OwnLine(name="My GP", number="555 0111"))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        own = window.own
        qtbot.mouseClick(own.rows[0].remove, Qt.MouseButton.LeftButton)
        assert ctx.locker.lock_now()
        qtbot.waitUntil(lambda: own.undo.isVisible())
        QApplication.processEvents()  # the rows Lock now showed again, laid out
        words, where = own.undo.message.whole, own.undo.geometry()
        below = own.rows[0].geometry()
        qtbot.mouseClick(own.undo.button, Qt.MouseButton.LeftButton)
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
        assert own.undo.pending() and own.undo.isVisible()
        QApplication.processEvents()
        assert own.undo.message.whole == words and own.undo.geometry() == where
        assert own.rows[0].geometry() == below  # nothing moved
        own.undo.leaveEvent(QEvent(QEvent.Type.Leave))  # the pointer goes to the question
        assert not own.undo.timer.isActive()
        qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)  # Not now
        assert ctx.locker.locked and own.undo.pending() and own.undo.isVisible()
        assert own.undo.timer.isActive()  # its few seconds again, from now
        assert [line.name for line in ctx.store.all(OwnLine)] == ["My GP"]

        own.undo.button.click()
        own.undo.button.click()  # again, while asked
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked and not own.undo.pending()
        assert sorted(line.name for line in ctx.store.all(OwnLine)) == ["Dr Rivera", "My GP"]
        assert sorted(row.line.name for row in own.rows) == ["Dr Rivera", "My GP"]
    finally:
        stop(ctx)


class Idle:
    def __init__(self, seconds: int | None) -> None:
        self.seconds = seconds

    def idle_seconds(self) -> int | None:
        return self.seconds


class Desk:
    def __init__(self, screen_locked: bool) -> None:
        self.screen_locked = screen_locked

    def locked(self) -> bool:
        return self.screen_locked


def test_auto_lock_after_the_chosen_idle_minutes_or_when_the_screen_locks(
    locked: tuple[Paths, str],
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.idle_minutes", 10)
        ctx.locker.idle, ctx.locker.desk = Idle(9 * 60), Desk(False)  # type: ignore[assignment]
        assert ctx.locker.timer.isActive()
        assert not ctx.locker.check_away() and not ctx.locker.locked
        ctx.locker.idle = Idle(10 * 60)  # type: ignore[assignment]
        assert ctx.locker.check_away() and ctx.locker.locked
        assert not ctx.locker.timer.isActive()  # nothing to watch while locked

        ctx.locker.unlock_with(Header.load(header_path(paths.data_dir)).open(PASS))
        assert ctx.locker.timer.isActive()
        ctx.settings.set("lock.idle_minutes", 0)  # never by idle time
        ctx.locker.idle = Idle(10_000)
        assert not ctx.locker.check_away()
        ctx.locker.desk = Desk(True)
        assert ctx.locker.check_away() and ctx.locker.locked
    finally:
        stop(ctx)


def test_the_recovery_key_resets_a_forgotten_passphrase(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, recovery = locked
    settings, _ = Settings.load(paths.settings_file)
    file = header_path(paths.data_dir)
    dialog = UnlockDialog(Header.load(file), settings, header_file=file, open_help=lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.switch.text() == "Forgot it? Use the recovery key"
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    dialog.field.setText(recovery)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.again.isVisible() and dialog.keys is None  # now a new passphrase
    dialog.field.setText("a new one, long enough")
    dialog.again.setText("a new one, long enuogh")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "differ" in dialog.wrong.text() and dialog.keys is None
    dialog.field.setText("short")
    dialog.again.setText("short")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "at least 8" in dialog.wrong.text()
    dialog.field.setText(" " * 12)  # long enough, but nothing in it to guess
    dialog.again.setText(" " * 12)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "not only spaces" in dialog.wrong.text() and dialog.keys is None
    dialog.field.setText("a new one, long enough")
    dialog.again.setText("a new one, long enough")
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.keys is not None
    assert Header.load(file).open("a new one, long enough").data == dialog.keys.data


@pytest.mark.parametrize("leave", ["not now", "escape"])
def test_not_now_after_the_recovery_key_keeps_the_entries_open_and_goes_on(
    locked: tuple[Paths, str], qtbot: QtBot, leave: str
) -> None:
    """The recovery key opened the entries; putting off a new passphrase must not lock them
    again and drop what asked (the 32-letter key typed again for it). The passphrase stays."""
    paths, recovery = locked
    ctx = start(paths, opened)
    try:
        assert ctx.locker.lock_now()
        dialog = ctx.windows.show("journal")
        assert isinstance(dialog, UnlockDialog)
        qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
        dialog.field.setText(recovery)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
        assert dialog.again.isVisible() and ctx.locker.locked  # the new passphrase page
        assert "keeps your old passphrase: next time, it or the recovery key" in dialog.said.text()
        if leave == "escape":
            qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)
        assert not ctx.locker.locked and storage.codec is not None
        assert ctx.windows.is_visible("journal")  # what asked to unlock goes on
        # the passphrase was not changed: it still opens, as the words said
        assert Header.load(header_path(paths.data_dir)).open(PASS) is not None
    finally:
        stop(ctx)


def test_lock_now_and_unlock_from_the_command_line_reach_the_running_app(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.server.listen()
        code, out = footholds(qtbot, footholds_home, "lock", "now")
        assert code == 0 and "Locked" in out, out
        assert ctx.locker.locked and storage.codec is None
        code, out = footholds(qtbot, footholds_home, "lock", "status")
        assert code == 0 and "running and locked" in out, out
        code, out = footholds(qtbot, footholds_home, "log", "-", stdin="soup at the window")
        assert code == 0 and "Logged" in out, out
        assert len(inbox.waiting(paths.data_dir)) == 1  # sealed by the locked app
        code, out = footholds(
            qtbot, footholds_home, "unlock", "--passphrase-file", "-", stdin="not it at all\n"
        )
        assert code == 1 and "does not open" in out and ctx.locker.locked, out
        code, out = footholds(
            qtbot, footholds_home, "unlock", "--passphrase-file", "-", stdin=PASS + "\n"
        )
        assert code == 0 and "1 entry written while locked joined" in out, out
        assert not ctx.locker.locked and "soup at the window" in notes(ctx)
    finally:
        stop(ctx)


def test_the_lists_sealed_in_the_settings_come_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    from footholds.core.lock.words import open_words

    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    open_words(settings, opened(paths, settings))
    settings.set("lists.wins", ["fed the cat", "the long way home"])
    settings.save()
    assert b"long way home" not in paths.settings_file.read_bytes()
    ctx = start(paths, opened)
    try:
        assert ctx.settings["lists.wins"] == ["fed the cat", "the long way home"]
        assert ctx.locker.lock_now()
        assert b"long way home" not in paths.settings_file.read_bytes()
        ctx.settings.set("general.theme", "dark")  # saved while locked: the lists stay sealed
        ctx.settings.save()
        assert b"long way home" not in paths.settings_file.read_bytes()
        reread, _ = Settings.load(paths.settings_file)
        open_words(reread, opened(paths, reread))
        assert reread["lists.wins"] == ["fed the cat", "the long way home"]
    finally:
        stop(ctx)


def test_without_a_tray_the_fallback_window_locks_and_unlocks_too(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    from footholds.ui.shell.fallback import FallbackWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = FallbackWindow(ctx.windows, lambda: None, ctx=ctx)
        qtbot.addWidget(window)
        window.show()
        [button] = [b for b in window.findChildren(QPushButton) if b.text() == "Lock now"]
        assert button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert ctx.locker.locked and button.text() == "Unlock…"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is not None and ctx.locker.dialog.isVisible()
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked and button.text() == "Lock now"
    finally:
        stop(ctx)


def test_get_help_now_on_the_passphrase_prompt_opens_the_whole_help_window(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Asked for the passphrase (the proof list while locked), the prompt's Get help now opened
    the crisis lines alone, without the person's own numbers and safety plan the tray's Get
    help now shows at the same moment."""
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(OwnLine(name="Dr Byrne", number="01 555 0101"))
        assert ctx.locker.lock_now()
        dialog = ctx.windows.show("proof-list")
        assert isinstance(dialog, UnlockDialog)
        qtbot.mouseClick(dialog.help_link, Qt.MouseButton.LeftButton)
        assert ctx.windows.is_visible("help-now")
        help_now = ctx.windows.get("help-now")
        assert "Dr Byrne" in " ".join(label.text() for label in help_now.findChildren(QLabel))
        assert dialog.isVisible() and ctx.locker.locked  # the prompt still waits
        # the keyboard waits in the passphrase field, not on the link: typed after help
        # closed, the passphrase went nowhere, and Enter opened help again
        assert dialog.focusWidget() is dialog.field
        qtbot.keyClick(help_now, Qt.Key.Key_Escape)
        assert not ctx.windows.is_visible("help-now")
        typing = dialog.focusWidget()
        assert typing is not None
        qtbot.keyClicks(typing, PASS)
        qtbot.keyClick(typing, Qt.Key.Key_Return)
        assert not ctx.locker.locked and not ctx.windows.is_visible("help-now")
    finally:
        stop(ctx)


def test_session_offers_wait_while_locked_and_come_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Locked, the sessions cannot be read; unlocked (or the lock turned on or off), the
    offers are armed again rather than lost until the next change to a session."""
    from datetime import timedelta

    import shiboken6

    from footholds.core.store import Session
    from footholds.core.store.models import now_local
    from footholds.ui.reflect.session_offers import SessionOffers

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        soon = now_local() + timedelta(days=3)
        ctx.store.add(Session(day=soon.date().isoformat(), time="10:00"))
        offers = SessionOffers(ctx)  # as the app's start makes them
        offers.start()
        assert offers.timer.isActive()
        assert ctx.locker.lock_now()
        assert not offers.timer.isActive()  # nothing to read: nothing to wait for
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert offers.timer.isActive()
        shiboken6.delete(offers)
    finally:
        stop(ctx)


def test_auto_lock_after_the_store_closed_does_nothing(locked: tuple[Paths, str]) -> None:
    # the away check's timer may fire once more while the app shuts down (the store closed)
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.locker.idle, ctx.locker.desk = Idle(10_000), Desk(True)  # type: ignore[assignment]
        ctx.store.close()
        assert not ctx.locker.check_away() and not ctx.locker.locked
        assert not ctx.locker.timer.isActive()
        ctx.store.open()
    finally:
        stop(ctx)


def test_footholds_show_while_locked_says_the_window_waits_for_the_passphrase(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.server.listen()
        assert ctx.locker.lock_now()
        code, out = footholds(qtbot, footholds_home, "show", "today")
        assert code == 0 and "locked" in out and "passphrase" in out, out
        assert ctx.locker.dialog is not None and ctx.locker.dialog.isVisible()
        code, out = footholds(qtbot, footholds_home, "show", "help-now")
        assert code == 0 and "locked" not in out, out  # crisis help opens at once
        ctx.locker.dialog.reject()
    finally:
        stop(ctx)


def test_words_typed_before_lock_now_are_kept_sealed_out_of_sight_and_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Lock now left the quick log's words on show to anyone at the computer, and a quit
    while locked (which may write nothing in the clear) lost them."""
    from footholds.app.quitting import keep_drafts
    from footholds.ui.journal.quick_log import QuickLogWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        window.form.note.set_text("rainy walk, then the bus")
        assert ctx.locker.lock_now()
        assert window.form.note.text() == ""  # out of sight while locked
        kept = paths.drafts_file.read_bytes()
        assert kept.startswith(storage.SEALED_FILE) and b"rainy walk" not in kept
        assert keep_drafts(ctx)  # a quit now, with nothing typed since, writes nothing...
        assert paths.drafts_file.read_bytes() == kept  # ...and loses nothing
        assert not paths.sealed_drafts_dir.exists()
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert window.form.note.text() == "rainy walk, then the bus"
    finally:
        stop(ctx)


def test_words_typed_while_locked_join_those_lock_now_put_away(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """New words typed in the quick log while locked were kept at the unlock, and the earlier
    draft left in the file, to be written over at the next quit."""
    from footholds.ui.journal.quick_log import QuickLogWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        note = window.form.note
        note.set_text("rainy walk, then the bus")
        assert ctx.locker.lock_now()
        note.set_text("tea at last")  # typed while locked
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert note.text() == "rainy walk, then the bus\n\ntea at last"  # earlier first

        note.set_text("tea at last")
        assert ctx.locker.lock_now()
        note.set_text("tea at last")  # the same words again: kept once
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert note.text() == "tea at last"
    finally:
        stop(ctx)


def test_words_too_long_to_join_leave_the_earlier_draft_kept_for_later(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Joined past the note's limit, the new words stay in the field and the earlier draft
    waits, kept at a quit, and comes back once the note is free."""
    from footholds.app.quitting import held_drafts
    from footholds.core.store.validate import NOTE_LIMIT
    from footholds.ui.journal.quick_log import QuickLogWindow
    from footholds.ui.journal.quick_log_drafts import EARLIER

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        note = window.form.note
        earlier, new = "a" * (NOTE_LIMIT // 2 + 1), "b" * (NOTE_LIMIT // 2)
        note.set_text(earlier)
        assert ctx.locker.lock_now()
        note.set_text(new)
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert note.text() == new  # never cut to fit
        kept = held_drafts(ctx.windows)  # what a quit or the next Lock now writes
        assert kept["quick-log"]["note"] == new and kept[EARLIER]["note"] == earlier

        note.set_text("")  # saved, or let go of: the note is free
        window.put_away()
        ctx.windows.show("quick-log")
        assert note.text() == earlier and EARLIER not in held_drafts(ctx.windows)
    finally:
        stop(ctx)


def test_words_typed_while_locked_are_kept_sealed_at_a_quit_and_back_after_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """Words typed in the quick log after Lock now and not saved were lost at Quit or logout
    ("drafts not kept: the lock is closed"). They are sealed as entries saved then are, never
    readable on disk, and come back after the first Lock now's, earlier words first."""
    from footholds.app.quitting import bring_back_drafts, shutdown
    from footholds.ui.journal.quick_log import QuickLogWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        window.form.note.set_text("rainy walk, then the bus")
        assert ctx.locker.lock_now()
        window.form.note.set_text("tea at last, by the window")  # typed while locked
        ctx.app.quit = lambda: None  # type: ignore[method-assign]  # as the tray's Quit
        from footholds.app.quitting import request_quit

        request_quit(ctx.app, ctx)  # asks nothing: the words are kept
        shutdown(ctx)  # and once more at the shutdown: written over, not twice
    finally:
        stop(ctx)
    [sealed] = paths.sealed_drafts_dir.iterdir()
    on_disk = every_file(footholds_home)
    assert not [name for name, data in on_disk.items() if b"tea at last" in data]
    assert not [name for name, data in on_disk.items() if b"rainy walk" in data]

    ctx = start(paths, opened)  # the passphrase at the start
    try:
        bring_back_drafts(ctx)
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        assert window.form.note.text() == "rainy walk, then the bus\n\ntea at last, by the window"
        assert not sealed.exists()  # moved into the drafts file, sealed with the store
        assert not [n for n, d in every_file(footholds_home).items() if b"tea at last" in d]
    finally:
        stop(ctx)


def test_a_quit_that_cannot_keep_the_words_typed_while_locked_asks_first(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, footholds_home: Path
) -> None:
    """Without the lock's header (its public key), nothing can seal them: the quit asks, as
    it does for entries it cannot save, rather than lose them without a word."""
    from footholds.app.quitting import request_quit
    from footholds.ui.common.prompter import AGAIN, QUIT
    from footholds.ui.journal.quick_log import QuickLogWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("quick-log")
        assert isinstance(window, QuickLogWindow)
        assert ctx.locker.lock_now()
        window.form.note.set_text("tea at last")
        header = header_path(paths.data_dir)
        kept = header.read_bytes()
        header.write_bytes(b"{damaged")
        asked: list[str] = []

        # Try again, once the header is back
        def retry(_parent: object, text: str, _settled: object = None) -> str:
            asked.append(text)
            header.write_bytes(kept)
            return AGAIN

        quits: list[bool] = []
        monkeypatch.setattr(ctx.prompter, "try_again", retry)
        monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
        request_quit(ctx.app, ctx)
        assert len(asked) == 1 and "lost" in asked[0] and quits == [True]
        assert len(list(paths.sealed_drafts_dir.iterdir())) == 1

        header.unlink()  # gone: the lock counts as off, yet nothing may be written plain
        asked.clear()

        def give_up(_parent: object, text: str, _settled: object = None) -> str:
            asked.append(text)
            return QUIT

        monkeypatch.setattr(ctx.prompter, "try_again", give_up)
        request_quit(ctx.app, ctx)  # Quit anyway: the person chose
        assert len(asked) == 1 and quits == [True, True]
        assert not [n for n, d in every_file(footholds_home).items() if b"tea at last" in d]
        header.write_bytes(kept)
    finally:
        stop(ctx)


def test_changes_in_a_journal_entry_at_lock_now_are_sealed_and_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """An entry's editor open at Lock now: its changes go sealed into the drafts file, out of
    sight and out of memory while locked, and come back in that entry's editor after the
    unlock (and after a quit while locked, once, not twice)."""
    from footholds.app.quitting import bring_back_drafts, keep_drafts
    from footholds.ui.journal.journal import JournalWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        entry = save_record(ctx, LogEntry(note="the walk"), None)
        assert entry is not None
        journal = ctx.windows.show("journal")
        assert isinstance(journal, JournalWindow)
        qtbot.waitUntil(lambda: journal.model.row_of(entry.id) >= 0)
        journal.view.setCurrentIndex(journal.model.index(journal.model.row_of(entry.id)))
        journal.open_button.click()
        assert journal.editor is not None
        journal.editor.form.note.set_text("the walk by the river")
        assert ctx.locker.lock_now()
        assert not journal.editor.isVisible()  # it stayed on show, words and all
        qtbot.waitUntil(lambda: not ctx.windows.is_built("journal"))  # nor in memory
        kept = paths.drafts_file.read_bytes()
        assert kept.startswith(storage.SEALED_FILE) and b"by the river" not in kept
        assert keep_drafts(ctx)  # a quit while locked: nothing typed since, nothing sealed
        assert paths.drafts_file.read_bytes() == kept
        assert not paths.sealed_drafts_dir.exists()
    finally:
        stop(ctx)
    assert not [n for n, d in every_file(footholds_home).items() if b"by the river" in d]
    ctx = start(paths, opened)
    try:
        bring_back_drafts(ctx)
        again = ctx.windows.show("journal")
        assert isinstance(again, JournalWindow)
        qtbot.waitUntil(lambda: again.model.row_of(entry.id) >= 0)
        again.view.setCurrentIndex(again.model.index(again.model.row_of(entry.id)))
        again.open_button.click()
        assert again.editor is not None
        assert again.editor.form.note.text() == "the walk by the river"
    finally:
        stop(ctx)


def test_words_in_a_window_lock_now_closed_and_kept_come_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Settings and Plan something stay built when Lock now closes them, their words let
    go once sealed in the drafts file; at the unlock those words were dropped, as the
    window was built already, and a half-typed list entry or plan was gone."""
    from footholds.ui.today.activity_plan import PlanActivityWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        qtbot.keyClicks(_feelings(ctx.windows.show("settings")).new_text, "hopeful-ish")
        plan = ctx.windows.show("plan-activity")
        assert isinstance(plan, PlanActivityWindow)
        qtbot.keyClicks(plan.own, "water the basil")
        assert ctx.locker.lock_now()
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert _feelings(ctx.windows.show("settings")).new_text.text() == "hopeful-ish"
        plan = ctx.windows.show("plan-activity")
        assert isinstance(plan, PlanActivityWindow)
        assert plan.own.text() == "water the basil"
        # Footholds did not close: the line under them says where they were
        assert plan.said.text() == (
            "These are the words you were writing, kept locked until now. They are not saved yet."
        )
    finally:
        stop(ctx)
    from footholds.app.quitting import bring_back_drafts, keep_drafts

    ctx = start(paths, opened)
    try:
        plan = ctx.windows.show("plan-activity")
        assert isinstance(plan, PlanActivityWindow)
        qtbot.keyClicks(plan.own, "call the bank")
        assert keep_drafts(ctx)  # as a quit does
    finally:
        stop(ctx)
    ctx = start(paths, opened)  # the next start: words given back now were kept at a close
    try:
        bring_back_drafts(ctx)
        plan = ctx.windows.show("plan-activity")
        assert isinstance(plan, PlanActivityWindow)
        assert plan.own.text() == "call the bank"
        assert "when Footholds closed" in plan.said.text()
    finally:
        stop(ctx)


def test_words_for_a_new_goal_at_lock_now_are_sealed_once_and_back_after(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    from footholds.app.quitting import bring_back_drafts, keep_drafts
    from footholds.ui.today.today import TodayWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        today = ctx.windows.show("today")
        assert isinstance(today, TodayWindow)
        qtbot.keyClicks(today.goals.new_goal, "Call the dentist")
        assert ctx.locker.lock_now()
        qtbot.waitUntil(lambda: not ctx.windows.is_built("today"))  # nor kept in memory
        assert keep_drafts(ctx)  # a quit while locked: the words are not sealed twice
        assert not paths.sealed_drafts_dir.exists()
    finally:
        stop(ctx)
    assert not [n for n, d in every_file(footholds_home).items() if b"the dentist" in d]
    ctx = start(paths, opened)
    try:
        bring_back_drafts(ctx)
        today = ctx.windows.show("today")
        assert isinstance(today, TodayWindow)
        assert today.goals.new_goal.text() == "Call the dentist"
    finally:
        stop(ctx)


def test_someone_half_added_in_reach_out_at_lock_now_is_sealed_once_and_back_after(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    from footholds.app.quitting import bring_back_drafts, keep_drafts
    from footholds.ui.people.reach_out import ReachOutWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("reach-out")
        assert isinstance(window, ReachOutWindow)
        window.add_person.click()
        qtbot.keyClicks(window.form.name, "Samwise")
        assert ctx.locker.lock_now()
        qtbot.waitUntil(lambda: not ctx.windows.is_built("reach-out"))
        assert keep_drafts(ctx)
        assert not paths.sealed_drafts_dir.exists()
    finally:
        stop(ctx)
    assert not [n for n, d in every_file(footholds_home).items() if b"Samwise" in d]
    ctx = start(paths, opened)
    try:
        bring_back_drafts(ctx)
        window = ctx.windows.show("reach-out")
        assert isinstance(window, ReachOutWindow)
        assert window.form.name.text() == "Samwise"
    finally:
        stop(ctx)


@pytest.mark.parametrize("plan_locked_too", [False, True])
def test_own_numbers_read_the_same_after_lock_now_and_at_a_locked_start(
    locked: tuple[Paths, str], qtbot: QtBot, plan_locked_too: bool
) -> None:
    """After Lock now Aunt Carmen's number and note stayed in Get help now, while the app
    starting locked said "only locked for now" of the same numbers. They go with the choice
    that keeps the plan and people readable (core/lock/numbers_copy.py): kept, both show
    them, with Copy number; locked too, both say they are only locked, with Unlock…, and no
    form whose number would vanish sealed."""
    from footholds.core.lock import numbers_copy

    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    settings.set("lock.safety_plan", plan_locked_too)
    settings.save()
    ctx = start(paths, opened)
    try:
        ctx.store.add(OwnLine(name="Aunt Carmen", number="600 111 222", note="after nine"))
        assert numbers_copy.copy_path(paths.store_dir).exists() is not plan_locked_too
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        assert ctx.locker.lock_now()
        own = window.own
        qtbot.waitUntil(lambda: own.locked.isVisible() or "Carmen" in shown_words(own))
        words = shown_words(own)  # (rows made anew show at the next turn)
        if plan_locked_too:
            assert "Carmen" not in words and "only locked for now" in words
            assert own.locked.isVisible() and not own.form.isVisible()
            assert not own.empty.isVisible()  # not "Add numbers that matter to you"
        else:
            assert "Carmen" in words and "after nine" in words
            assert not own.locked.isVisible() and own.form.isVisible()
    finally:
        stop(ctx)
    ctx = start(paths, None)  # the real start, locked: built sealed, asking nothing
    try:
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        own = window.own
        qtbot.waitUntil(lambda: own.locked.isVisible() or "Carmen" in shown_words(own))
        words = shown_words(own)
        if plan_locked_too:
            assert "Carmen" not in words and "only locked for now" in words
            assert own.locked.isVisible() and not own.form.isVisible()
        else:
            assert "Aunt Carmen" in words and "after nine" in words
            buttons = own.findChildren(QPushButton)
            assert any(b.text() in ("Call", "Copy number") for b in buttons)
    finally:
        stop(ctx)


def test_locked_with_the_plan_the_numbers_come_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    settings, _ = Settings.load(paths.settings_file)
    settings.set("lock.safety_plan", True)
    settings.save()
    ctx = start(paths, opened)
    try:
        ctx.store.add(OwnLine(name="Aunt Carmen", number="600 111 222"))
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        assert ctx.locker.lock_now()
        assert window.own.rows == [] and window.own.locked.isVisible()
        qtbot.mouseClick(window.own.locked.unlock, Qt.MouseButton.LeftButton)
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert [row.line.name for row in window.own.rows] == ["Aunt Carmen"]
        assert not window.own.locked.isVisible() and window.own.form.isVisible()
    finally:
        stop(ctx)


def test_of_the_windows_asked_for_while_locked_only_the_last_opens_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Clicking Journal, Proof list, Settings… with the prompt up opened every one of them
    at the unlock, all at once: the person wanted the last one."""
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.locker.lock_now()
        for name in ("journal", "proof-list", "journal", "settings"):
            dialog = ctx.windows.show(name)
            assert isinstance(dialog, UnlockDialog)
        assert dialog is ctx.locker.dialog  # one prompt for them all
        unlock_in(dialog, qtbot)
        assert ctx.windows.is_visible("settings")
        assert not ctx.windows.is_built("journal") and not ctx.windows.is_built("proof-list")
        # "Not now" still opens nothing
        assert ctx.locker.lock_now()
        dialog = ctx.windows.show("journal")
        assert isinstance(dialog, UnlockDialog)
        qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.windows.is_built("journal")
    finally:
        stop(ctx)


def test_unlocking_from_the_command_line_puts_the_apps_prompt_away(
    locked: tuple[Paths, str], qtbot: QtBot, footholds_home: Path
) -> None:
    """`footholds unlock` unlocked the app and left its prompt up, hidden behind; the window
    it was asked for opens, as if the passphrase had been typed there."""
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.server.listen()
        assert ctx.locker.lock_now()
        dialog = ctx.windows.show("proof-list")
        assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
        code, out = footholds(
            qtbot, footholds_home, "unlock", "--passphrase-file", "-", stdin=PASS + "\n"
        )
        assert code == 0 and "Unlocked" in out, out
        assert not ctx.locker.locked
        assert ctx.locker.dialog is None
        assert not isValid(dialog) or not dialog.isVisible()  # closed, and let go
        assert ctx.windows.is_visible("proof-list")
        # a later Unlock… after Lock now is a prompt of its own, working as ever
        assert ctx.locker.lock_now()
        ctx.locker.ask()
        assert ctx.locker.dialog is not None and ctx.locker.dialog is not dialog
        unlock_in(ctx.locker.dialog, qtbot)
        assert not ctx.locker.locked
    finally:
        stop(ctx)


def test_turning_the_lock_off_gives_words_still_sealed_to_a_window_kept_built(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Words sealed at a close while locked, which the drafts file refused at the unlock, move
    out as the lock is turned off (lock_drafts.move_sealed). A window built already, hidden
    (Settings stays built when closed), took them only as it is built: they waited unseen,
    and its empty box dropped them from the drafts file at the next close."""
    from footholds.core import drafts
    from footholds.ui.settings.settings_window import SettingsWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("settings")
        assert isinstance(window, SettingsWindow)
        qtbot.keyClicks(_feelings(window).new_text, "hopeful-ish")
        draft = window.draft()
        assert draft
        _feelings(window).new_text.clear()
        _feelings(window).new_text.setModified(False)
        window.close()
        assert ctx.windows.is_built("settings") and not ctx.windows.is_visible("settings")
        public = ctx.locker.header().public
        folder = paths.sealed_drafts_dir
        assert drafts.seal_away(folder, drafts.sealed_name(), {"settings": draft}, public)
        ctx.locker.disable(PASS)
        assert not ctx.locker.enabled
        assert _feelings(ctx.windows.show("settings")).new_text.text() == "hopeful-ish"
    finally:
        stop(ctx)


def test_a_number_half_typed_in_get_help_now_open_across_lock_now_comes_back(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Get help now stays open while locked; Lock now put its half-typed number in the
    drafts file and emptied the form, and at the unlock nothing gave it back (the window was
    built and in sight): the next close wrote the file from its empty form and it was gone."""
    from footholds.app.quitting import held_drafts

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        qtbot.keyClicks(window.own.name, "Dr Byrne")
        assert ctx.locker.lock_now()
        assert ctx.windows.is_visible("help-now") and window.own.name.text() == ""
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        assert window.own.name.text() == "Dr Byrne"
        assert held_drafts(ctx.windows)["help-now"] == {"own-lines": {"name": "Dr Byrne"}}
    finally:
        stop(ctx)


def test_lock_now_during_an_import_waits_for_it_to_stop(
    locked: tuple[Paths, str], qtbot: QtBot, tmp_path: Path
) -> None:
    # the import lets the tray answer half-way through; sealing the store under it would
    # leave it writing to a locked store: it stops at its next month file, then the lock comes
    from test_import_progress import big_daylio, settled

    from footholds.ui.settings.import_dialog import ImportDialog

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        before = ctx.store.count(LogEntry)
        dialog = ImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_file(big_daylio(tmp_path / "big.csv", 30_000))
        settled(dialog, qtbot)
        shown = dialog.show_progress
        was_locked: list[bool] = []

        def meanwhile(rows: int, share: float) -> None:
            shown(rows, share)
            if rows == 25_000 and not was_locked:
                ctx.tray.actions["lock"].trigger()  # the tray's Lock now
                was_locked.append(ctx.locker.locked)

        dialog.show_progress = meanwhile  # type: ignore[method-assign]
        dialog.import_button.click()
        assert was_locked == [False]  # not under the import
        kept = dialog.plan.duplicates[LogEntry.KIND] if dialog.plan is not None else 0
        assert 20_000 <= kept < 30_000
        qtbot.waitUntil(lambda: ctx.locker.locked)  # once it has stopped
        dialog.close()
        ctx.locker.ask()
        unlock = ctx.locker.dialog  # this app's, not one an earlier test left unclosed
        assert unlock is not None
        unlock_in(unlock, qtbot)
        assert not ctx.locker.locked
        assert ctx.store.count(LogEntry) == before + kept  # every entry that came in is there
    finally:
        stop(ctx)


def _feelings(window: object) -> ListEditor:
    """Settings' list of feelings: its editor, whose add field takes typed words."""
    from footholds.ui.settings.list_editors import ListEditor
    from footholds.ui.settings.settings_window import SettingsWindow

    assert isinstance(window, SettingsWindow)
    editor = window.rows["lists.feelings"].editor
    assert isinstance(editor, ListEditor)
    return editor


def test_words_for_a_removed_medicine_come_back_after_lock_now(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lock now seals what the windows hold, then lets go of it in them (forget_words):
    the words were in no draft, so the unlock brought nothing back."""
    from footholds.core.store import Medicine
    from footholds.ui.journal.medication import MedicationWindow

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        monkeypatch.setattr(ctx.prompter, "confirm", lambda *_a, **_k: True)
        ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
        window = ctx.windows.show("medication")
        assert isinstance(window, MedicationWindow)
        window.list.setCurrentRow(0)
        qtbot.keyClicks(window.change_dose, "100 mg")
        window.remove.click()
        assert "Sertraline is no longer on your list" in window.said.text()
        window.close()
        assert ctx.locker.lock_now()
        assert b"100 mg" not in paths.drafts_file.read_bytes()  # sealed
        assert window.change_dose.text() == "" and window.gone_words.waiting == []
        ctx.locker.ask()
        assert ctx.locker.dialog is not None
        unlock_in(ctx.locker.dialog, qtbot)
        again = ctx.windows.show("medication")
        assert isinstance(again, MedicationWindow)
        strip = again.gone_words
        assert strip.isVisibleTo(again) and "still here" in strip.line.text()
        assert "New dose: 100 mg" in strip.words.text()
    finally:
        stop(ctx)
