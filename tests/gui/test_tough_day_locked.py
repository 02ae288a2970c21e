"""The tough-day window while the passphrase lock keeps the entries out of memory: one click
from the tray still, showing what needs no passphrase, and the whole window at the unlock.
And its proof card, as tall as what it holds."""

from __future__ import annotations

from typing import cast

import pytest
import test_unlock as base
from lock_starting import opened, start, stop
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from settling import settle
from test_lock_app import unlock_in

from footholds.app.build import AppContext
from footholds.core import content
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import Affirmation, Person, Proof, RoutineItem
from footholds.platform import phone_links
from footholds.ui.people.trusted_people import PersonRow
from footholds.ui.shell.unlock import UnlockDialog
from footholds.ui.tough_day.tough_day import ToughDayWindow
from support import person_day

pytest.importorskip("cryptography")

closed_lock, locked = base.closed_lock, base.locked  # the lock's own fixtures

SEALED = ("Walked to the end of the road", "Sam, my sister", "My own strong words", "Water")


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _write_sealed(ctx: AppContext) -> None:
    proof, person, own, item = SEALED
    ctx.store.add(Proof(day=person_day(), text=proof))
    ctx.store.add(Person(name=person))
    ctx.store.add(Affirmation(text=own))
    ctx.store.add(RoutineItem(text=item))


def _shown(window: ToughDayWindow) -> str:
    """Every word the window holds on its labels, shown or not."""
    return " ".join(label.text() for label in window.findChildren(QLabel))


def test_tough_day_opens_in_one_click_after_lock_now(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)  # the plan and the people locked too
        _write_sealed(ctx)
        assert ctx.locker.lock_now()
        ctx.tray.actions["tough-day"].trigger()  # the tray's first item
        window = ctx.windows.get("tough-day")
        assert isinstance(window, ToughDayWindow) and window.isVisible()
        assert ctx.locker.dialog is None  # no passphrase asked
        qtbot.waitExposed(window)
        # nothing the store keeps sealed is read, nor on any label
        for words in SEALED:
            assert words not in _shown(window)
        assert not window.proofs.isVisible()
        assert window.locked_card.isVisible()
        assert "only locked for now" in window.locked.line.text()
        assert "the people you trust" in window.locked.line.text()
        # the breath and a movement, from what Footholds ships
        steps = window.next_steps
        shown = [k for k, c in steps.choices.items() if c.isVisible()]
        assert shown == ["breath", "movement"]
        movements = {i["text"] for i in content.load_pack("movements", "en")}
        assert window.movement.words.text() in movements
        # words to hold on to: the shipped ones, never the person's own
        assert window.affirmation.card is not None and not window.affirmation.card.own
        # Get help now with the crisis lines at the foot
        assert window.help_now.isVisible() and window.crisis.isVisible()
        window.help_now.click()
        assert ctx.windows.is_visible("help-now")
    finally:
        stop(ctx)


def test_a_tough_day_open_at_lock_now_puts_the_sealed_words_away_and_comes_back(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        ctx.settings.set("lock.safety_plan", True)  # the plan and the people locked too
        _write_sealed(ctx)
        window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
        qtbot.waitExposed(window)
        assert window.proofs.words.text() == SEALED[0]
        window.next_steps.choose("person")
        assert ctx.locker.lock_now()
        assert window.isVisible()  # it stays, the person is using it
        # (the people's rows go with the next turn of the event loop)
        qtbot.waitUntil(lambda: not any(words in _shown(window) for words in SEALED))
        assert window.next_steps.chosen is None  # back from the people, who are locked
        assert not window.next_steps.choices["person"].isVisible()

        # Unlock… asks for the passphrase; then the whole window, refreshed
        qtbot.mouseClick(window.locked.unlock, Qt.MouseButton.LeftButton)
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
        unlock_in(dialog, qtbot)
        assert not ctx.locker.locked and window.isVisible()
        assert window.proofs.isVisible() and not window.locked_card.isVisible()
        assert window.proofs.words.text() == SEALED[0]
        assert window.next_steps.choices["person"].isVisible()
        assert window.affirmation.card is not None and window.affirmation.card.own
    finally:
        stop(ctx)


def test_with_no_proofs_the_card_holds_just_its_kind_line(ctx: AppContext, qtbot: QtBot) -> None:
    """It kept room for four lines of large type under the one kind line: a tall empty box,
    and at a large font the question below went out of sight."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.5)  # as QT_FONT_DPI=144 shows it
    app.setFont(larger)
    try:
        window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
        qtbot.waitExposed(window)
        settle(qtbot, window)  # the layout settles
        hero = window.proofs
        words = hero.words
        assert hero.shown is None and hero.empty.isVisible()
        line = words.fontMetrics().lineSpacing()
        # the kind line, as many lines as it needs at this width, and no empty room below
        # (at 1.5 times the font it wraps once: the footer no longer widens the window)
        assert words.height() < words.heightForWidth(words.width()) + line
        assert words.height() < 3 * line
        gap = hero.empty.mapTo(hero, hero.empty.rect().topLeft()).y() - (
            words.mapTo(hero, words.rect().bottomLeft()).y()
        )
        assert gap < line
        # the question under it is in view without scrolling
        question = window.next_steps.question
        viewport = window.scroller.viewport()
        bottom = question.mapTo(viewport, question.rect().bottomLeft()).y()
        assert bottom <= viewport.height()
    finally:
        app.setFont(font)


def test_people_kept_readable_stay_one_click_away_in_a_tough_day_after_lock_now(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """With the plan and people kept readable, Get help now listed them with Copy number
    while Tough day hid its One person step and said the people were locked."""
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        ctx.store.add(Proof(day=person_day(), text="Walked to the end of the road"))
        ctx.store.add(Person(name="Marta Ruiz", how="call 0612 345 678", message="Call me?"))
        ctx.store.add(Person(name="Dr Okafor", how="email okafor@clinic.example"))
        window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
        qtbot.waitExposed(window)
        window.next_steps.choose("person")
        assert ctx.locker.lock_now()
        # the step the person was on stays, with the names and how to reach them
        assert window.next_steps.chosen is not None
        assert window.next_steps.chosen.key == "person"
        window.next_steps.show_choices()
        steps = window.next_steps
        assert steps.choices["person"].isVisible()
        assert not steps.choices["bare-minimum"].isVisible()
        # in the place the one small thing left, not beside a gap
        grid = steps.grid
        place = cast(
            "tuple[int, int, int, int]", grid.getItemPosition(grid.indexOf(steps.choices["person"]))
        )
        assert place[:2] == (1, 0)  # PySide6 types the place as a bare object
        line = window.locked.line.text()
        assert "only locked for now" in line and "people" not in line
        window.next_steps.choose("person")
        people = window.people
        qtbot.waitUntil(lambda: people.readable is not None)
        assert people.readable is not None
        okafor, marta = people.readable.rows
        # Dr Okafor has no message of his own: Footholds' ready one shows, as unlocked
        assert isinstance(okafor, PersonRow) and okafor.person.name == "Dr Okafor"
        assert okafor.message.text() == "I'm not OK right now. Can you call me?"
        assert isinstance(marta, PersonRow) and marta.person.name == "Marta Ruiz"
        assert okafor.copy_number is None and marta.copy_number is not None
        # her own message stays locked, said so with Unlock… (the rows go next turn); a
        # ready one stands in for it, to copy now
        qtbot.waitUntil(lambda: "Call me?" not in _shown(window))
        assert people.readable is not None
        marta = people.readable.rows[1]
        assert isinstance(marta, PersonRow) and marta.own is not None
        assert marta.message.text() == "I'm not OK right now. Can you call me?"
        assert marta.copy.isVisibleTo(people)
        assert marta.own.isVisibleTo(people)
        assert people.readable.note is not None and people.readable.note.isVisibleTo(people)
        assert "Walked to the end of the road" not in _shown(window)
        qtbot.mouseClick(window.locked.unlock, Qt.MouseButton.LeftButton)
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        unlock_in(dialog, qtbot)
        assert not ctx.locker.locked
        names = ["Dr Okafor", "Marta Ruiz"]
        qtbot.waitUntil(lambda: [row.person.name for row in people.rows] == names)
        assert "Call me?" in _shown(window)
    finally:
        stop(ctx)


def test_words_typed_in_a_tough_day_are_put_away_at_lock_now_and_come_back_at_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Words typed in "How does it feel right now?" without Keep it were wiped by Lock now.
    They go as the quick log's do: sealed in the drafts file, out of sight while locked,
    back in the line at the unlock, with what was typed meanwhile after them."""
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
        qtbot.waitExposed(window)
        window.show_more(True)
        qtbot.keyClicks(window.name_it.line, "heavy and far away")
        assert ctx.locker.lock_now()
        assert window.isVisible() and window.name_it.line.text() == ""
        raw = paths.drafts_file.read_bytes()
        assert b"heavy" not in raw  # sealed
        qtbot.keyClicks(window.name_it.line, "a bit lighter now")  # typed while locked
        window.show_more(False)
        qtbot.mouseClick(window.locked.unlock, Qt.MouseButton.LeftButton)
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        unlock_in(dialog, qtbot)
        assert window.name_it.line.text() == "heavy and far away a bit lighter now"
        assert window.more.isChecked() and window.more_box.isVisible()  # in sight
        assert window.more.text() == "Show &less"
        assert "tough-day" not in ctx.windows.drafts  # back in its window, not waiting
    finally:
        stop(ctx)


def test_words_typed_in_a_tough_day_outlast_closing_it_and_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Closing Tough day keeps the words typed, as the quick log does; a quit keeps them as
    its draft, back in the line when it opens after the next start."""
    from footholds.app import quitting
    from footholds.core import drafts

    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    window.show_more(True)
    window.name_it.line.setText("tired of being tired")  # (set, not typed: not "modified")
    window.close()
    assert ctx.windows.is_built("tough-day")  # kept, not let go with its words
    again = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    assert again is window and window.name_it.line.text() == "tired of being tired"
    assert window.more_box.isVisible()  # opened on them

    assert quitting.keep_drafts(ctx)  # the quit
    assert drafts.take(ctx.paths.drafts_file)["tough-day"] == {"note": "tired of being tired"}
    window.name_it.line.clear()
    window.close()
    ctx.windows.forget("tough-day")  # the next start: built afresh, taking the draft
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    fresh = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    assert fresh is not window
    assert fresh.name_it.line.text() == "tired of being tired"
    assert fresh.more_box.isVisible()
    fresh.name_it.save()  # Keep it: no draft any more
    assert fresh.draft() is None


@pytest.mark.parametrize("people_kept", [False, True])
def test_without_today_the_locked_line_names_no_one_small_thing(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, people_kept: bool
) -> None:
    """Where Today is not offered, Tough day has no one small thing: the locked line said it
    was locked all the same."""
    paths, _ = locked
    if people_kept:
        Settings.load(paths.settings_file)[0].save()  # as turning the lock on does
    ctx = start(paths, opened)
    try:
        if not people_kept:
            ctx.settings.set("lock.safety_plan", True)  # the people locked too
        ctx.store.add(Proof(day=person_day(), text="Walked to the end of the road"))
        ctx.store.add(Person(name="Marta Ruiz", how="call 0612 345 678"))
        available = ctx.windows.available
        monkeypatch.setattr(ctx.windows, "available", lambda n: n != "today" and available(n))
        assert ctx.locker.lock_now()
        window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
        qtbot.waitExposed(window)
        assert window.bare_minimum is None
        line = window.locked.line.text()
        assert "only locked for now" in line and "small thing" not in line
        assert ("people" in line) is not people_kept
    finally:
        stop(ctx)
