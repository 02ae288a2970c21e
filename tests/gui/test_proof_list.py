"""The proof list window: add, edit, remove with undo, search, show one, keyboard, the CLI."""

from __future__ import annotations

import argparse
import random
from datetime import datetime
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.app.handlers import handle
from footholds.cli import commands
from footholds.core import days
from footholds.core.store import Proof
from footholds.ui.common.delegates import RichItemDelegate
from footholds.ui.proofs.proof_list import ProofListWindow
from support import person_day


def _open(ctx: AppContext, qtbot: QtBot) -> ProofListWindow:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    return window


def _today(ctx: AppContext) -> QDate:
    """The person's today (core/days.py): at 00:30 still yesterday's date."""
    day = days.today(int(ctx.settings["day.start_hour"]))
    return QDate(day.year, day.month, day.day)


def _texts(window: ProofListWindow) -> list[str]:
    return [window.list.item(i).text() for i in range(window.list.count())]


def test_empty_state_invites_the_first_entry_with_examples(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    assert window.empty.isVisible()
    assert not window.list_area.isVisible()
    assert 2 <= len(window.examples) <= 3
    assert all(len(label.text()) > 10 for label in window.examples)
    assert not window.show_one.isEnabled()
    qtbot.mouseClick(window.add_first, Qt.MouseButton.LeftButton)
    assert window.editor.isVisible()
    assert window.editor.date.date() == _today(ctx)


def test_add_with_date_and_tags(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    assert not window.add.isVisible()  # while empty, the empty state's is the one add action
    qtbot.mouseClick(window.add_first, Qt.MouseButton.LeftButton)
    window.editor.text.setPlainText("Went to the shop when everything felt heavy")
    window.editor.date.setDate(QDate(2025, 2, 14))
    window.editor.tags.setText("errands, #heavy day")
    qtbot.mouseClick(window.editor.save, Qt.MouseButton.LeftButton)
    [saved] = ctx.store.all(Proof)
    assert saved.text == "Went to the shop when everything felt heavy"
    assert saved.day == "2025-02-14"
    assert saved.tags == ["errands", "heavy day"]
    assert saved.source == "own"
    assert not window.editor.isVisible()
    assert not window.empty.isVisible()
    assert window.list.count() == 1
    assert "Went to the shop" in _texts(window)[0]
    assert "#errands" in _texts(window)[0]


def test_empty_text_is_not_saved(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.editor.start()
    window.editor.text.setPlainText("   ")
    qtbot.mouseClick(window.editor.save, Qt.MouseButton.LeftButton)
    assert ctx.store.all(Proof) == []
    assert window.editor.isVisible()


def test_edit_keeps_the_id(ctx: AppContext, qtbot: QtBot) -> None:
    proof = ctx.store.add(Proof(text="First try", day="2024-05-01"))
    window = _open(ctx, qtbot)
    window.list.setCurrentRow(0)
    qtbot.mouseClick(window.edit, Qt.MouseButton.LeftButton)
    assert window.editor.text.toPlainText() == "First try"
    assert window.editor.date.date() == QDate(2024, 5, 1)
    window.editor.text.setPlainText("Second try, better words")
    qtbot.mouseClick(window.editor.save, Qt.MouseButton.LeftButton)
    [saved] = ctx.store.all(Proof)
    assert saved.id == proof.id
    assert saved.text == "Second try, better words"
    assert saved.day == "2024-05-01"


def test_remove_then_undo_brings_it_back(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    proof = ctx.store.add(
        Proof(day=person_day(), text="Answered the email I dreaded", tags=["work"])
    )
    window = _open(ctx, qtbot)
    window.list.setCurrentRow(0)
    qtbot.mouseClick(window.remove, Qt.MouseButton.LeftButton)
    assert said_yes == ["Remove “Answered the email I dreaded” from your proof list?"]
    assert ctx.store.all(Proof) == []
    assert window.undo.isVisible()
    assert window.undo.timer.isActive()
    assert 3000 <= window.undo.timer.interval() <= 15000  # a few seconds
    qtbot.mouseClick(window.undo.button, Qt.MouseButton.LeftButton)
    [back] = ctx.store.all(Proof)
    assert (back.id, back.text, back.tags) == (proof.id, proof.text, ["work"])
    assert not window.undo.isVisible()
    assert window.list.count() == 1


def test_undo_offer_goes_away_and_the_removal_stands(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    ctx.store.add(Proof(day=person_day(), text="Slept, which counts"))
    window = _open(ctx, qtbot)
    window.list.setCurrentRow(0)
    window.remove.click()
    window.undo.timer.timeout.emit()  # the few seconds pass
    assert not window.undo.isVisible()
    assert ctx.store.all(Proof) == []
    assert window.empty.isVisible()


def test_search_filters_and_says_when_nothing_matches(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(day=person_day(), text="Walked the dog in the rain", tags=["outside"]))
    ctx.store.add(Proof(text="Called my brother", day="2023-01-09"))
    window = _open(ctx, qtbot)
    assert window.list.count() == 2
    window.search.setText("dog")
    assert window.list.count() == 1 and "dog" in _texts(window)[0]
    window.search.setText("OUTSIDE")  # tags, case-insensitive
    assert window.list.count() == 1
    window.search.setText("2023-01")  # the date
    assert "brother" in _texts(window)[0]
    window.search.setText("zebra")
    assert window.list.count() == 0
    assert window.no_match.isVisible()
    assert window.clear_search.isVisible()  # a way out, beside the words
    qtbot.mouseClick(window.clear_search, Qt.MouseButton.LeftButton)
    assert window.search.text() == "" and window.focusWidget() is window.search
    assert window.list.count() == 2
    assert not window.clear_search.isVisible() and not window.no_match.isVisible()


def test_newest_day_first(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(text="older", day="2020-01-01"))
    ctx.store.add(Proof(text="newer", day="2026-01-01"))
    ctx.store.add(Proof(text="middle", day="2023-06-01"))
    window = _open(ctx, qtbot)
    assert [t.split("\n")[1] for t in _texts(window)] == ["newer", "middle", "older"]


def test_show_me_one_shows_a_different_one_each_time(ctx: AppContext, qtbot: QtBot) -> None:
    for text in ("one", "two", "three"):
        ctx.store.add(Proof(day=person_day(), text=text))
    window = _open(ctx, qtbot)
    window.shown.rng = random.Random(4)
    assert not window.shown.card.isVisible()
    window.show_one.click()
    assert window.shown.card.isVisible()
    seen = [window.shown.text.text()]
    for _ in range(6):
        window.show_one.click()
        assert window.shown.text.text() != seen[-1]
        seen.append(window.shown.text.text())
    assert set(seen) <= {"one", "two", "three"}


LONG = (
    "A really long grey day where I woke at four, could not get back to sleep, dragged "
    "myself to the kitchen, burned the toast, cried in the shower, and still answered the "
    "two emails that mattered, then called my sister for ten minutes. "
)


def test_show_me_one_takes_the_lists_place_and_moves_nothing_above_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """With 30 long entries, the card came in above the search: the search and the buttons
    dropped from y=220 to y=415 under the pointer and the list shrank to one entry (the
    tour's p30.png, p31.png). It shows in the list's place, in the list's room."""
    for n in range(30):
        ctx.store.add(Proof(day=person_day(), text=f"Entry {n}: {LONG * 2}"))
    window = _open(ctx, qtbot)
    window.resize(560, 620)
    qtbot.waitUntil(lambda: window.list.isVisible())
    before = {
        w: w.mapTo(window, w.rect().topLeft())
        for w in (window.search, window.show_one, window.add, window.list_area)
    }
    area = window.list_area.size()
    qtbot.mouseClick(window.show_one, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.shown.card.isVisible)
    assert window.showing_one() and not window.list.isVisible()
    after = {w: w.mapTo(window, w.rect().topLeft()) for w in before}
    assert after == before
    assert window.list_area.size() == area
    assert window.back.isVisible() and not window.edit.isVisible()
    # again, for another one: the button is still under the pointer
    qtbot.mouseClick(window.show_one, Qt.MouseButton.LeftButton)
    assert (
        window.show_one.mapTo(window, window.show_one.rect().topLeft()) == before[window.show_one]
    )
    # back to the list, by the button, by Esc or by searching
    qtbot.mouseClick(window.back, Qt.MouseButton.LeftButton)
    assert window.list.isVisible() and window.edit.isVisible() and not window.back.isVisible()
    qtbot.waitUntil(window.list.hasFocus)
    window.show_one.click()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.list.isVisible() and window.isVisible()
    window.show_one.click()
    qtbot.keyClicks(window.search, "29:")
    assert window.list.isVisible() and window.list.count() == 1
    assert window.list_area.size() == area


def test_the_entry_shown_goes_when_it_is_removed(ctx: AppContext, qtbot: QtBot) -> None:
    proof = ctx.store.add(Proof(day=person_day(), text="only one"))
    window = _open(ctx, qtbot)
    window.show_one.click()
    assert window.shown.text.text() == "only one"
    ctx.store.remove(proof)
    qtbot.waitUntil(lambda: not window.showing_one())


def test_entries_from_quick_log_and_goals_are_shown_with_where_they_came_from(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Proof(text="drank water", source="quick-log", day="2026-01-02"))
    ctx.store.add(Proof(text="Cleared the desk: all steps", source="goal", day="2026-01-01"))
    window = _open(ctx, qtbot)
    first, second = _texts(window)
    assert "drank water" in first and "quick log" in first
    assert "Cleared the desk" in second and "goal" in second


def test_a_long_entry_is_kept_whole_and_wraps(ctx: AppContext, qtbot: QtBot) -> None:
    long_text = " ".join(["I kept going even though it was hard."] * 100)
    ctx.store.add(Proof(day=person_day(), text=long_text))
    window = _open(ctx, qtbot)
    assert long_text in _texts(window)[0]
    assert window.list.wordWrap()
    assert window.width() < 900
    rect = window.list.visualItemRect(window.list.item(0))
    assert rect.width() <= window.list.viewport().width()
    assert rect.height() > 3 * window.list.fontMetrics().height()  # wrapped onto many lines


LONG = (
    "I made it through day {n} of a long stretch at work, and still called my sister on the "
    "way home, even when it felt heavy"
)


def _rows_fill_the_list(window: ProofListWindow) -> None:
    """Every row as wide as the list's viewport is now, its words wrapped at that width less
    the same padding on both sides, and laid out as tall as they wrap there."""
    view = window.list
    delegate = view.itemDelegate()
    assert isinstance(delegate, RichItemDelegate)
    room = view.viewport().width() - 2 * view.spacing()
    for row in range(view.count()):
        index = view.model().index(row, 0)
        hint = delegate.sizeHint(QStyleOptionViewItem(), index)
        assert hint.width() == room, row  # the words stopped 16 px short of the room
        assert view.visualRect(index).height() == hint.height(), row  # re-wrapped
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways


def test_every_row_wraps_at_the_width_the_list_has(ctx: AppContext, qtbot: QtBot) -> None:
    for day in range(1, 13):
        ctx.store.add(Proof(day=f"2026-11-{10 + day:02d}", text=LONG.format(n=day)))
    window = _open(ctx, qtbot)
    bar = window.list.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)  # the rows are many: the bar takes its room
    _rows_fill_the_list(window)
    for width in (420, 720, 560):  # narrower, wider, back
        window.resize(width, window.height())

        def narrowed(w: int = width) -> bool:
            return window.list.viewport().width() < w - 40

        qtbot.waitUntil(narrowed)
        qtbot.wait(150)  # the list lays its rows out again a moment after a resize
        _rows_fill_the_list(window)


def test_keyboard_only(ctx: AppContext, qtbot: QtBot, said_yes: list[str]) -> None:
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.isVisible()
    qtbot.waitUntil(window.editor.text.hasFocus)
    qtbot.keyClicks(window.editor.text, "Got up for the delivery")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [p.text for p in ctx.store.all(Proof)] == ["Got up for the delivery"]
    assert not window.editor.isVisible()
    assert window.list.currentRow() == 0
    qtbot.keyClick(window.list, Qt.Key.Key_Return)  # Enter edits
    assert window.editor.isVisible()
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Escape)  # Esc leaves the editor first
    assert not window.editor.isVisible()
    assert window.isVisible()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert ctx.store.all(Proof) == []
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_esc_puts_the_words_away_for_next_time_and_cancel_lets_them_go(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """A long entry is not lost to one key: Esc closes the editor and the words are there
    when it opens again, however it is opened. Cancel, the button that says so, lets go
    once its Undo is no longer offered."""
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.add_first.click()
    words = "Answered the phone when it rang, " * 120
    qtbot.keyClicks(window.editor.text, "Answered")
    window.editor.text.setPlainText(words)
    window.editor.text.document().setModified(True)  # as typing leaves it
    window.editor.tags.setText("calls")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()
    assert window.empty.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.isVisible()
    assert window.editor.text.toPlainText() == words
    assert window.editor.tags.text() == "calls"
    qtbot.mouseClick(window.editor.cancel, Qt.MouseButton.LeftButton)
    assert not window.editor.isVisible()
    assert window.undo.pending()  # offered back for a few seconds (test_cancel_sets_aside)
    window.undo.timer.timeout.emit()
    window.add_first.click()
    assert window.editor.text.toPlainText() == ""
    assert ctx.store.all(Proof) == []


def test_words_saved_or_cancelled_never_come_back_as_a_new_entry(qtbot: QtBot) -> None:
    """Save and Cancel hid the editor with the words still in it, marked typed: built again in
    another language, the window took them for a new entry's draft, and Add opened with them
    (Save then made a copy of an entry already kept)."""
    from footholds.ui.proofs.proof_editor import ProofEditor

    old = ProofEditor()
    qtbot.addWidget(old)
    walked = Proof(day=person_day(), text="Walked the dog")
    for close in (old.discard, old.discard):  # once as after Save, once as Cancel
        old.start(walked)
        qtbot.keyClicks(old.text, " and fed the cat")
        close()
        assert not old.holds_words()
    new = ProofEditor()
    qtbot.addWidget(new)
    new.take_over(old)
    assert new.drafts == {}
    new.start()
    assert new.text.toPlainText() == ""


def test_the_list_follows_changes_made_elsewhere(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    ok, message = handle(
        ctx, "proof-add", {"proof": Proof(day=person_day(), text="from the CLI").to_dict()}
    )
    assert ok, message
    assert window.list.count() == 1
    ok, message = handle(ctx, "proof-add", {"proof": {"text": "", "day": person_day()}})
    assert not ok and "empty" in message
    ok, message = handle(ctx, "proof-add", {"proof": {"text": "undated"}})
    assert not ok and "day" in message  # a sender must say the day: no calendar guess


def test_cli_proof_add_and_list_without_the_app(
    footholds_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from footholds.cli.parser import build_parser

    for argv in (
        ["proof", "add", "Got through the funeral", "--date", "2024-03-02", "--tag", "grief"],
        ["proof", "add", "Made soup"],
    ):
        assert commands.run(build_parser().parse_args(argv)) == 0
    assert commands.run(build_parser().parse_args(["proof", "list"])) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("20")]
    assert lines[-1] == "2024-03-02  Got through the funeral  #grief"
    assert "Made soup" in lines[0]
    bad = argparse.Namespace(
        command="proof", proof_command="add", text="x", date="2024-02-31", tag=[]
    )
    assert commands.run(bad) == 2


def test_get_help_now_is_one_click_away(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    assert window.help_link.isVisible()
    window.help_link.button.click()
    assert ctx.windows.get("help-now").isVisible()


def test_the_editor_shows_the_day_in_words_and_keeps_the_iso_day(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.common import i18n

    window = _open(ctx, qtbot)
    window.editor.start()
    assert window.editor.date.text() == "Today"
    qtbot.keyClick(window.editor.date, Qt.Key.Key_Down)  # a day back, by keyboard
    assert window.editor.date.text() == "Yesterday"
    window.editor.date.setDate(QDate(2025, 2, 14))
    assert window.editor.date.text() == "Fri 14 Feb 2025"
    assert "-" not in window.editor.date.text()
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        qtbot.waitUntil(lambda: window.editor.date.text() == "Vie 14 feb 2025")  # live
    finally:
        ctx.settings.set("general.language", "en")
        i18n.apply(ctx)
    window.editor.text.setPlainText("Answered one email")
    qtbot.mouseClick(window.editor.save, Qt.MouseButton.LeftButton)
    [saved] = ctx.store.all(Proof)
    assert saved.day == "2025-02-14"


def test_the_editor_shows_an_entry_s_day_in_words(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(text="First try", day="2024-05-01"))
    window = _open(ctx, qtbot)
    window.list.setCurrentRow(0)
    qtbot.mouseClick(window.edit, Qt.MouseButton.LeftButton)
    assert window.editor.date.text() == "Wed 1 May 2024"
    qtbot.mouseClick(window.editor.save, Qt.MouseButton.LeftButton)
    [saved] = ctx.store.all(Proof)
    assert saved.day == "2024-05-01"


def test_the_editor_offers_no_day_after_today(ctx: AppContext, qtbot: QtBot) -> None:
    window = _open(ctx, qtbot)
    window.editor.start()
    assert window.editor.date.text() == "Today"
    qtbot.keyClick(window.editor.date, Qt.Key.Key_Up)  # a day on, by keyboard: not offered
    assert window.editor.date.text() == "Today"
    assert window.editor.date.maximumDate() == _today(ctx)


def test_a_proof_added_in_the_small_hours_is_the_persons_today(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday with the day starting at 4 am it is still Saturday: Add dates the
    entry Saturday, calls Saturday "Today", offers no Sunday yet, and the list agrees."""
    monkeypatch.setattr(days, "now_local", lambda: datetime(2026, 12, 6, 0, 30).astimezone())
    ctx.settings.set("day.start_hour", 4)
    window = _open(ctx, qtbot)
    qtbot.mouseClick(window.add_first, Qt.MouseButton.LeftButton)
    assert window.editor.date.date() == QDate(2026, 12, 5)
    assert window.editor.date.text() == "Today"
    assert window.editor.date.maximumDate() == QDate(2026, 12, 5)
    window.editor.text.setPlainText("Stayed up with the worry and let it pass")
    qtbot.mouseClick(window.editor.save, Qt.MouseButton.LeftButton)
    [saved] = ctx.store.all(Proof)
    assert saved.day == "2026-12-05"
    assert _texts(window)[0].startswith("Today")


def test_a_new_day_start_hour_relabels_the_open_list(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:58 on Sunday the day starting at 4 am makes Saturday "Today"; set to midnight
    in Settings, Sunday is today: the open list, the card and the editor say it so at once,
    as the journal and the check-in do, and the entries keep their days."""
    monkeypatch.setattr(days, "now_local", lambda: datetime(2026, 12, 6, 0, 58).astimezone())
    ctx.settings.set("day.start_hour", 4)
    ctx.store.add(Proof(text="Got through the night", day="2026-12-05"))
    window = _open(ctx, qtbot)
    assert _texts(window)[0].startswith("Today")
    window.show_random()
    assert window.shown.date.text() == "Today"
    window.editor.start(ctx.store.all(Proof)[0])
    assert window.editor.date.text() == "Today"
    ctx.settings.set("day.start_hour", 0)
    assert _texts(window)[0].startswith("Yesterday")
    assert window.list.item(0).toolTip() == "Yesterday"
    assert window.shown.date.text() == "Yesterday"
    assert window.editor.date.text() == "Yesterday"
    assert window.editor.date.maximumDate() == QDate(2026, 12, 6)  # Sunday can be chosen now
    assert [p.day for p in ctx.store.all(Proof)] == ["2026-12-05"]


def test_words_put_away_wait_for_their_own_entry(ctx: AppContext, qtbot: QtBot) -> None:
    """Esc over changes to one entry, then Edit on another: that other's own words open,
    to be saved to it; the first one's words come back when it is edited again, and the
    words for a new entry on Add. Nothing lands on the wrong entry, nothing is lost."""
    first = ctx.store.add(Proof(text="Went for a walk", day="2025-03-01"))
    second = ctx.store.add(Proof(text="Called my sister", day="2025-03-02"))
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    window.add.click()
    qtbot.keyClicks(window.editor.text, "Ate a proper lunch")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Escape)
    window.choose(first.id)
    window.edit.click()
    assert window.editor.text.toPlainText() == "Went for a walk"
    qtbot.keyClicks(window.editor.text, " round the park")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()

    window.choose(second.id)
    window.edit.click()
    assert window.editor.text.toPlainText() == "Called my sister"  # its own, not the walk
    assert window.editor.date.date() == QDate(2025, 3, 2)
    qtbot.keyClicks(window.editor.text, " back")
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.get(Proof, second.id).text == "Called my sister back"  # type: ignore[union-attr]
    assert ctx.store.get(Proof, first.id).text == "Went for a walk"  # type: ignore[union-attr]

    window.choose(first.id)
    window.edit.click()  # the walk's own unfinished words come back to it
    assert window.editor.text.toPlainText() == "Went for a walk round the park"
    assert window.editor.save.text().replace("&", "") == "Save changes"
    qtbot.keyClick(window.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.get(Proof, first.id).text == "Went for a walk round the park"  # type: ignore[union-attr]

    window.add.click()  # and the new entry's words on Add
    assert window.editor.text.toPlainText() == "Ate a proper lunch"
    assert window.editor.save.text().replace("&", "") == "Save"


def test_opening_another_entry_keeps_the_words_being_written(ctx: AppContext, qtbot: QtBot) -> None:
    """Edit on another entry while the editor is open over typed words: those words wait
    for their entry as Esc would keep them, and the window keeps them when it closes."""
    first = ctx.store.add(Proof(day=person_day(), text="Went for a walk"))
    second = ctx.store.add(Proof(day=person_day(), text="Called my sister"))
    window = _open(ctx, qtbot)
    window.choose(first.id)
    window.edit.click()
    qtbot.keyClicks(window.editor.text, " in the rain")
    window.choose(second.id)
    window.edit.click()
    assert window.editor.text.toPlainText() == "Called my sister"
    window.close()  # the walk's words are not in the fields now: still kept
    qtbot.wait(50)  # a window let go of is deleted once events run
    assert ctx.windows.get("proof-list") is window
    window = _open(ctx, qtbot)
    window.choose(first.id)
    window.edit.click()
    assert window.editor.text.toPlainText() == "Went for a walk in the rain"


def test_every_way_to_a_first_entry_puts_the_editor_alone_on_the_page(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Ctrl+N, or the tray's Keep as proof, opened the editor above the empty page's
    examples, squeezed until their lines were cut off; Add my first one already hid them."""
    window = _open(ctx, qtbot)
    assert window.empty.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.isVisible() and not window.empty.isVisible()
    window.editor.cancel.click()
    assert window.empty.isVisible()
    window.present(add=True, text="Went to the shop")
    assert window.editor.isVisible() and not window.empty.isVisible()


def test_the_editor_s_limit_line_is_read_whole_with_a_proof_shown_above_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """ "Show me one", then Add, then a paste past the limit: the window, given only the
    height its parts need on one line each, was too short for its wrapped words, and the
    squeezed editor laid "Up to 4,000 characters fit here." across its box's bottom border,
    the box's words showing through."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from support import words_under

    for _ in range(7):
        ctx.store.add(
            Proof(
                day=person_day(),
                text="Walked to the corner shop and back; the air helped a little.",
            )
        )
    window = _open(ctx, qtbot)
    window.resize(460, 200)  # as short as it goes: its wrapped header needs more than that
    window.show_one.click()
    window.add.click()
    QGuiApplication.clipboard().setText("a long day, and I kept going. " * 1100)
    window.editor.text.paste()
    QApplication.processEvents()
    box, said = window.editor.text, window.editor.text.said
    assert said.speaking and said.isVisible()
    box_foot = box.mapTo(window, box.rect().bottomLeft()).y()
    assert box_foot < said.mapTo(window, said.rect().topLeft()).y()
    assert words_under(said) == []


def test_closing_the_first_entry_s_editor_gives_the_keyboard_back_to_add_my_first_one(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """With no entry yet the list is hidden: Esc or Cancel left the focus nowhere, and the
    next key did nothing a person could see."""
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for close in ("esc", "cancel"):
        window.add_first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(window.add_first, Qt.Key.Key_Return)
        assert window.editor.isVisible()
        qtbot.keyClicks(window.editor.text, "Got up")
        if close == "esc":
            qtbot.keyClick(window.editor.text, Qt.Key.Key_Escape)
        else:
            window.editor.cancel.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(window.editor.cancel, Qt.Key.Key_Space)
            # the words offered back first, the keyboard on Undo, as after a removal
            qtbot.waitUntil(window.undo.button.hasFocus)
            window.undo.timer.timeout.emit()
        assert not window.editor.isVisible()
        qtbot.waitUntil(window.add_first.hasFocus)


def test_days_to_come_look_out_of_reach_and_a_click_on_one_says_why(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = _open(ctx, qtbot)
    window.editor.start()
    edit = window.editor.date
    today = _today(ctx)
    calendar = edit.calendarWidget()
    calendar.setCurrentPage(today.year(), today.month())
    edit.mark_out_of_reach()
    later, earlier = today.addDays(1), today.addDays(-1)
    grey = edit.palette().color(edit.palette().ColorGroup.Disabled, edit.palette().ColorRole.Text)
    assert calendar.dateTextFormat(later).foreground().color() == grey
    assert calendar.dateTextFormat(later).toolTip().startswith("A proof is something")
    assert calendar.dateTextFormat(today).foreground().style() == Qt.BrushStyle.NoBrush
    assert calendar.dateTextFormat(earlier).foreground().style() == Qt.BrushStyle.NoBrush
    # a click on a day to come says why it is not taken; the day stays today
    edit.show()
    calendar.show()
    qtbot.waitExposed(calendar)
    cells = edit.cells
    assert cells is not None
    spot = None
    for row in range(cells.model().rowCount()):
        for column in range(cells.model().columnCount()):
            index = cells.model().index(row, column)
            rect = cells.visualRect(index)
            if edit.day_at(rect.center()) == later:
                spot = rect.center()
    assert spot is not None
    qtbot.mouseClick(cells.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert edit.said_beyond.startswith("A proof is something you have already got through")
    assert edit.date() == today


def test_enter_in_the_tags_saves_and_save_wears_the_accent(ctx: AppContext, qtbot: QtBot) -> None:
    """Enter in Tags did nothing, and Save was a plain button beside the window's accent Add.
    Save is the accent while the editor is open (Add gives it up, keeping its width); Enter
    in a one-line field saves, and Enter in the words' box is a new line, never a save."""
    ctx.store.add(Proof(day=_today(ctx).toString(Qt.DateFormat.ISODate), text="Made tea"))
    window = _open(ctx, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    add_width = window.add.width()
    assert window.add.property("role") == "primary"
    window.add.click()
    editor = window.editor
    assert editor.isVisible()
    assert editor.save.property("role") == "primary"
    assert window.add.property("role") == "secondary" and window.add.width() == add_width
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Got up")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)  # a new line in the words
    qtbot.keyClicks(editor.text, "and showered")
    assert editor.isVisible() and len(ctx.store.all(Proof)) == 1
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "morning")
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    assert not editor.isVisible()
    [saved] = [p for p in ctx.store.all(Proof) if p.text != "Made tea"]
    assert saved.text == "Got up\nand showered" and saved.tags == ["morning"]
    assert window.add.property("role") == "primary"


def test_the_calendar_is_made_when_it_opens_and_greys_days_to_come_then(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Made with the field, an unopened calendar sat in the window with unnamed parts. It is
    made on the click that opens it, and watched before it shows: the days to come are
    greyed as it opens."""
    from PySide6.QtWidgets import QCalendarWidget

    window = _open(ctx, qtbot)
    window.editor.start()
    edit = window.editor.date
    assert edit.findChildren(QCalendarWidget) == [] and edit.cells is None
    qtbot.waitExposed(edit)
    arrow = QPoint(edit.width() - 6, edit.height() // 2)  # the popup opens from its arrow
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    later = _today(ctx).addDays(1)
    grey = edit.palette().color(edit.palette().ColorGroup.Disabled, edit.palette().ColorRole.Text)
    assert calendar.dateTextFormat(later).foreground().color() == grey
    calendar.window().hide()
