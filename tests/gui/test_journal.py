"""The journal: entries by day, reading and changing one, search, delete with undo, and a
long history read a month at a time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Store
from footholds.ui.common import i18n
from footholds.ui.common.operations import save_record
from footholds.ui.journal import journal as journal_module
from footholds.ui.journal import journal_words
from footholds.ui.journal.journal import JournalWindow
from footholds.ui.journal.journal_model import day_heading, months_to_walk
from footholds.ui.journal.quick_log import QuickLogWindow


def fill(ctx: AppContext, entries: list[LogEntry]) -> None:
    """Write many entries quickly (no fsync), then let the app's store see them afresh."""
    quick = Store(ctx.paths.store_dir, aside_dir=ctx.paths.aside_dir, durable=False)
    quick.open()
    for entry in entries:
        quick.add(entry)
    quick.close()
    ctx.store.close()
    ctx.store.open()


def open_journal(ctx: AppContext, qtbot: QtBot) -> JournalWindow:
    ctx.windows.show("journal")
    window = cast(JournalWindow, ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    return window


def select(window: JournalWindow, entry_id: str) -> None:
    row = window.model.row_of(entry_id)
    assert row >= 0
    window.view.setCurrentIndex(window.model.index(row))


NOW = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which day it is comes from one clock (core/days.py); fixed at NOW's noon, so a run
    between midnight and the day-start hour reads the same days."""
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NOW)


def test_empty_state_says_what_will_appear(ctx: AppContext, qtbot: QtBot) -> None:
    window = open_journal(ctx, qtbot)
    assert window.empty.isVisible()
    assert not window.view.isVisible()
    assert "Nothing here yet" in window.empty.text()
    assert not window.open_button.isEnabled() and not window.delete_button.isEnabled()
    # LOOK.md's empty state: an icon, one line, one action (the quick log)
    assert window.empty.mark is not None and window.empty.mark.isVisible()
    window.note_now.click()
    assert ctx.windows.is_visible("quick-log")


def test_entries_are_grouped_by_day_newest_first(ctx: AppContext, qtbot: QtBot) -> None:
    # NOW is the clock core/days.py reads too (the noon fixture): collected just before
    # midnight and run just after, the entries and the journal's "today" still agree
    now = NOW
    fill(
        ctx,
        [
            LogEntry(at=now - timedelta(days=9), note="older"),
            LogEntry(at=now - timedelta(hours=1), feelings=["calm"], energy=3, note="today early"),
            LogEntry(at=now, wins=["moved"]),
            LogEntry(at=now - timedelta(days=1), note="yesterday", source="cli"),
        ],
    )
    window = open_journal(ctx, qtbot)
    rows = window.model.rows
    kinds = [r.kind for r in rows]
    assert kinds == ["day", "entry", "entry", "day", "entry", "day", "entry"]
    texts = [window.model.data(window.model.index(i)) for i in range(len(rows))]
    assert texts[0] == "Today" and texts[3] == "Yesterday"
    assert texts[5] == day_heading((now - timedelta(days=9)).date(), now.date())
    assert "Small wins: moved" in texts[1]
    assert "yesterday" in texts[4]  # `footholds log` writes the same entries as the quick log
    assert "calm" in texts[2] and "energy 3 of 5" in texts[2] and "today early" in texts[2]
    assert not (window.model.flags(window.model.index(0)) & Qt.ItemFlag.ItemIsSelectable)
    assert window.view.accessibleName() and window.search.accessibleName()


def test_an_entry_can_be_read_in_full_and_changed(ctx: AppContext, qtbot: QtBot) -> None:
    long_note = "A long day. " * 400
    entry = LogEntry(at=NOW - timedelta(days=2), feelings=["tired"], note=long_note)
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    editor = window.editor
    assert editor is not None and editor.isVisible()
    assert editor.form.note.text() == long_note  # all of it, not the list's short version
    assert editor.form.feelings.picked() == ["tired"]
    # Save carries the accent, Cancel does not: they looked alike
    assert (editor.save.property("role"), editor.cancel.property("role")) == (
        "primary",
        "secondary",
    )
    editor.form.note.set_text("Changed my mind about how to put it.")
    editor.form.energy.buttons[1].click()
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    [saved] = ctx.store.latest(LogEntry, 5)
    assert (saved.id, saved.at) == (entry.id, entry.at)
    assert saved.note == "Changed my mind about how to put it." and saved.energy == 2
    qtbot.waitUntil(lambda: "Changed my mind" in window.model.data(window.model.index(1)))


def test_editing_keeps_a_feeling_no_longer_on_the_list(ctx: AppContext, qtbot: QtBot) -> None:
    entry = LogEntry(at=NOW, feelings=["a word I removed"], note="x")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    assert window.editor is not None
    window.editor.form.note.set_text("y")
    window.editor.save.click()
    assert ctx.store.latest(LogEntry, 1)[0].feelings == ["a word I removed"]


def test_a_feeling_typed_in_your_own_is_saved_with_the_changes(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = LogEntry(at=NOW, note="x")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None and editor.form.feelings.add_field is not None
    editor.form.feelings.add_field.setText("drained")
    assert editor.changed()  # leaving would ask: the word is not thrown away unseen
    draft = editor.draft()
    assert draft is not None and draft["feelings"] == ["drained"]
    editor.save.click()
    assert not editor.isVisible()
    assert ctx.store.latest(LogEntry, 1)[0].feelings == ["drained"]


def test_a_save_stopped_by_the_three_feelings_says_so(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save changes with three feelings picked and a fourth typed: the editor stayed open,
    saying only "Added to your list", as if something had been kept."""
    entry = LogEntry(at=NOW, feelings=["tired", "sad", "anxious"], note="x")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None and editor.form.feelings.add_field is not None
    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text, *_a, **_k: told.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text, *_a, **_k: told.append(text))
    editor.form.note.set_text("y")
    editor.form.feelings.add_field.setText("drained")
    editor.save.click()
    assert editor.isVisible() and told == []
    assert editor.message.isVisible()
    assert editor.message.text().startswith("Not saved yet: up to three feelings")
    assert editor.form.feelings.typed() == "drained"
    assert ctx.store.latest(LogEntry, 1)[0].note == "x"  # nothing saved yet


def test_an_entry_gone_while_open_keeps_the_changes_as_a_new_entry(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older backup restored (or the entry removed elsewhere) while its editor was open:
    Save said "no longer there" again and again, and Cancel lost the words."""
    entry = LogEntry(at=NOW, feelings=["tired"], note="as it was")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    editor.form.note.set_text("edited during the restore")
    ctx.store.remove(entry)  # as a restore of a backup without it leaves the store
    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text, *_a, **_k: told.append(text))
    editor.save.click()
    assert told == []  # no box that only says no
    assert editor.isVisible() and editor.form.note.text() == "edited during the restore"
    assert "no longer in Footholds" in editor.message.text()
    assert "older backup" in editor.message.text()
    assert editor.save.text() == "Keep as a new entry"
    editor.save.click()
    assert not editor.isVisible()
    [kept] = ctx.store.latest(LogEntry, 5)
    assert kept.note == "edited during the restore" and kept.feelings == ["tired"]
    assert kept.at == entry.at


def test_an_entry_back_while_offered_as_new_is_changed_in_place(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gone, then back under its own id (an Undo elsewhere) before Keep as a new entry: Save
    failed for ever with "already saved". Now it saves the change to the entry itself."""
    entry = LogEntry(at=NOW, feelings=["tired"], note="as it was")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    editor.form.note.set_text("edited while it was away")
    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text, *_a, **_k: told.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text, *_a, **_k: told.append(text))
    ctx.store.remove(entry)
    editor.save.click()
    assert editor.save.text() == "Keep as a new entry"
    ctx.store.add(entry)  # back, with its id
    editor.save.click()
    assert not editor.isVisible()
    assert told == []  # no "already saved" box
    [kept] = ctx.store.latest(LogEntry, 5)
    assert kept.id == entry.id and kept.note == "edited while it was away"


def test_an_editor_left_with_esc_changes_nothing(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = LogEntry(at=NOW, note="as it was")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    assert window.editor is not None
    window.editor.form.note.set_text("something else")
    monkeypatch.setattr(ctx.prompter, "ask", lambda *_a, **_k: True)  # Discard changes
    qtbot.keyClick(window.editor.form.note, Qt.Key.Key_Escape)
    assert not window.editor.isVisible()
    assert ctx.store.latest(LogEntry, 1)[0].note == "as it was"


def test_leaving_an_editor_with_changes_sets_them_aside_with_an_undo(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc (or Cancel, or the title bar's close) after changing an entry, or pasting a lot
    into it, closed the editor with no question: the changes were gone. Then it asked; now,
    as every form with a Cancel, it closes and the strip offers the changes back for a few
    seconds (never a question to answer on a tired evening)."""
    entry = LogEntry(at=NOW, note="as it was")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    asked: list[object] = []
    monkeypatch.setattr(ctx.prompter, "ask", lambda *a, **_k: asked.append(a))
    # nothing changed yet, More opened and shut: Esc closes at once, offering nothing
    editor.form.show_more(True)
    editor.form.show_more(False)
    qtbot.keyClick(editor.form.note, Qt.Key.Key_Escape)
    assert not editor.isVisible() and not window.undo_bar.pending()
    pasted = "Everything I wanted to say about today. " * 50
    # Esc, Cancel and the title bar's close (on a close the window system sends; one
    # Footholds sends, a quit, keeps them as a draft: test_journal_quit.py)
    for leave in ("esc", "cancel", "close"):
        window.open_button.click()
        editor = window.editor
        assert editor is not None
        qtbot.waitExposed(editor)
        editor.form.note.set_text(pasted)
        if leave == "esc":
            qtbot.keyClick(editor.form.note, Qt.Key.Key_Escape)
        elif leave == "cancel":
            editor.cancel.click()
        else:
            editor.reject()
        assert not editor.isVisible() and asked == []
        assert window.undo_bar.pending() and "set aside" in window.undo_bar.message.whole
        assert window.draft() is not None  # kept at a quit meanwhile
        window.undo_bar.undo()
        again = window.editor
        assert again is not None and again is not editor
        qtbot.waitExposed(again)
        assert again.form.note.text() == pasted and not again.message.isVisible()
        again.save.click() if leave == "close" else again.reject()
        if leave != "close":
            window.undo_bar.timer.timeout.emit()  # the few seconds pass: let go
            assert window.draft() is None
    assert ctx.store.latest(LogEntry, 1)[0].note == pasted


def test_search_reaches_back_through_the_years(ctx: AppContext, qtbot: QtBot) -> None:
    entries = []
    for months_back in range(0, 40):
        at = NOW - timedelta(days=30 * months_back)
        entries.append(LogEntry(at=at, note=f"ordinary day {months_back}"))
    entries.append(LogEntry(at=NOW - timedelta(days=1150), note="The CAFE\u0301 by the river"))
    entries.append(LogEntry(at=NOW - timedelta(days=5), trigger="a café with a friend"))
    entries.append(LogEntry(at=NOW - timedelta(days=700), wins=["Café visit"]))
    fill(ctx, entries)
    window = open_journal(ctx, qtbot)
    window.search.setText("café")  # QTest types ASCII only
    qtbot.waitUntil(lambda: window.needle == "cafe", timeout=3000)  # folded
    qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
    found = {e.id for r in window.model.rows if (e := r.entry) is not None}
    assert found == {e.id for e in entries[-3:]}
    assert window.status.text() == "3 entries found."
    window.search.clear()
    window.search.setText("no such words anywhere")
    qtbot.waitUntil(lambda: window.empty.isVisible(), timeout=10_000)
    assert "Nothing matches" in window.empty.text()
    assert not window.note_now.isVisible()  # a search that found nothing needs no quick log
    assert window.search.isVisible()  # but keeps its box, to change the words
    # and a way out under the words, where the eyes are: every entry back, keyboard in the box
    assert window.clear_search.isVisible()
    qtbot.mouseClick(window.clear_search, Qt.MouseButton.LeftButton)
    assert window.search.text() == "" and window.search.hasFocus()
    qtbot.waitUntil(lambda: window.view.isVisible(), timeout=10_000)
    assert not window.clear_search.isVisible()


def test_remove_asks_once_and_can_be_undone(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: asked.append(args) or True)
    keep = LogEntry(at=NOW - timedelta(hours=2), note="stays")
    gone = LogEntry(at=NOW, feelings=["flat"], energy=1, wins=["rested"], note="to remove")
    fill(ctx, [keep, gone])
    window = open_journal(ctx, qtbot)
    select(window, gone.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert len(asked) == 1  # the one way every window asks (ctx.prompter)
    _parent, question, action = asked[0]
    assert str(question).startswith("Remove the entry you wrote") and action == "Remove"
    assert [e.id for e in ctx.store.latest(LogEntry, 5)] == [keep.id]
    assert window.undo_bar.isVisible()
    qtbot.waitUntil(lambda: window.model.row_of(gone.id) == -1)
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    back = {e.id: e for e in ctx.store.latest(LogEntry, 5)}
    assert back[gone.id] == gone
    assert not window.undo_bar.isVisible()
    qtbot.waitUntil(lambda: window.model.row_of(gone.id) >= 0)


def test_a_removal_the_store_refused_offers_no_undo_and_keeps_the_row(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store opened only to read: the removal was shown as done, with an Undo, though the
    entry was still there (it came back at the next refresh)."""
    import errno

    from footholds.core.store import failures

    monkeypatch.setattr(ctx.prompter, "confirm", lambda *args: True)
    monkeypatch.setattr(ctx.prompter, "warn", lambda *args: None)
    gone = LogEntry(at=NOW, note="to remove")
    fill(ctx, [gone])
    window = open_journal(ctx, qtbot)
    select(window, gone.id)

    def refuse(_record: object) -> None:
        raise failures.write_error(errno.EROFS, "store.read_only_open")

    monkeypatch.setattr(ctx.store, "remove", refuse)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert not window.undo_bar.isVisible()
    assert window.model.row_of(gone.id) >= 0


def test_removing_the_last_entry_takes_read_or_change_and_remove_away_with_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They stood disabled above "Nothing here yet", asking for an entry no longer there."""
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    only = LogEntry(at=NOW, note="the only one")
    fill(ctx, [only])
    window = open_journal(ctx, qtbot)
    assert window.open_button.isVisible() and window.delete_button.isVisible()
    select(window, only.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(window.empty.isVisible)
    assert not window.open_button.isVisible() and not window.delete_button.isVisible()
    assert window.undo_bar.isVisible()  # the way back stays
    qtbot.mouseClick(window.undo_bar.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.open_button.isVisible)


def test_keep_it_cancels_and_the_undo_offer_fades(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "UNDO_SECONDS", 1)
    answers = [False, True]
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: answers.pop(0))
    entry = LogEntry(at=NOW, note="x")
    fill(ctx, [entry])
    window = open_journal(ctx, qtbot)
    select(window, entry.id)
    window.delete_button.setFocus()
    qtbot.keyClick(window.delete_button, Qt.Key.Key_Return)  # Enter works on a focused button
    assert ctx.store.latest(LogEntry, 1)  # kept
    assert not window.undo_bar.isVisible()
    select(window, entry.id)
    window.delete_button.click()
    qtbot.waitUntil(lambda: not window.undo_bar.isVisible(), timeout=3000)
    assert ctx.store.latest(LogEntry, 1) == []


def test_a_long_history_is_read_a_month_at_a_time_as_the_person_scrolls(
    ctx: AppContext, qtbot: QtBot
) -> None:
    entries = [
        LogEntry(at=NOW - timedelta(days=day, hours=h), note=f"day {day} part {h}")
        for day in range(0, 730, 3)
        for h in (1, 5)
    ]
    fill(ctx, entries)
    window = open_journal(ctx, qtbot)
    first = window.model.entry_count()
    assert 40 <= first < len(entries) / 4  # the newest months only

    def all_read() -> None:
        window.view.scrollToBottom()  # as the person scrolls on, each next month is read
        assert window.model.entry_count() == len(entries)

    # until all are read, however long a busy machine takes, not 200 turns of 5 ms
    qtbot.waitUntil(all_read, timeout=30_000)
    ids = [r.entry.id for r in window.model.rows if r.entry is not None]
    assert len(set(ids)) == len(ids)  # no month read twice
    ats = [r.entry.at for r in window.model.rows if r.entry is not None]
    assert ats == sorted(ats, reverse=True)


def test_the_search_count_appears_without_moving_the_list(ctx: AppContext, qtbot: QtBot) -> None:
    """ "40 found so far; scroll for more." came in a line of its own under the list, and the
    list's foot moved up about 25 px as it appeared (LOOK.md: feedback moves nothing)."""
    entries = [
        LogEntry(at=NOW - timedelta(days=day, hours=h), note=f"day {day} part {h}")
        for day in range(0, 730, 3)
        for h in (1, 5)
    ]
    fill(ctx, entries)
    window = open_journal(ctx, qtbot)
    settle(qtbot, window)  # compared at rest: a move still shows, a late first layout does not
    before = window.view.geometry()
    seen: list[QRect] = []

    def counted() -> bool:
        seen.append(window.view.geometry())
        return "found so far" in window.status.text()

    window.search.setText("part")
    qtbot.waitUntil(counted, timeout=10_000)
    settle(qtbot, window)
    seen.append(window.view.geometry())
    assert [at for at in seen if at != before] == []
    # the words fit the room kept for them (no line cut off at the window's width)
    assert window.status.height() >= window.status.heightForWidth(window.status.width())


def test_a_quick_log_save_shows_up_while_the_journal_is_open(ctx: AppContext, qtbot: QtBot) -> None:
    window = open_journal(ctx, qtbot)
    assert not window.search.isVisible()  # nothing to search yet
    ctx.windows.show("quick-log")
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick.form.note.set_text("fresh from the tray")
    quick.form.submit.emit()
    ctx.windows.show("journal")
    qtbot.waitUntil(lambda: window.model.entry_count() == 1, timeout=3000)
    assert "fresh from the tray" in window.model.data(window.model.index(1))
    assert window.search.isVisible()  # the first entry brings the search box


def test_no_search_box_while_the_journal_has_no_entries(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_journal(ctx, qtbot)
    assert window.empty.isVisible() and not window.search.isVisible()
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    entry = LogEntry(at=NOW, note="only one")
    save_record(ctx, entry, window)  # as a save anywhere in the app does
    qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0, timeout=3000)
    assert window.search.isVisible() and not window.empty.isVisible()
    select(window, entry.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # the last entry goes: nothing to search
    qtbot.waitUntil(lambda: not window.search.isVisible(), timeout=3000)
    assert window.empty.isVisible() and "Nothing here yet" in window.empty.text()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ([], []),
        (["2026-03"], ["2026-04", "2026-03", "2026-02"]),
        (["2025-12", "2026-01"], ["2026-02", "2026-01", "2025-12", "2025-11"]),
    ],
)
def test_months_to_walk_cover_neighbours_newest_first(
    files: list[str], expected: list[str]
) -> None:
    assert months_to_walk(files) == expected


def test_escape_closes_and_the_keyboard_reaches_everything(ctx: AppContext, qtbot: QtBot) -> None:
    fill(ctx, [LogEntry(at=NOW - timedelta(days=d), note="x") for d in (0, 0, 1, 2)])
    window = open_journal(ctx, qtbot)
    for widget in (window.search, window.view, window.open_button, window.delete_button):
        assert widget.accessibleName()
    window.view.setFocus()
    visited = []
    for _ in range(6):
        qtbot.keyClick(window.view, Qt.Key.Key_Down)
        visited.append(window.model.rows[window.view.currentIndex().row()].kind)
    assert set(visited) == {"entry"}  # the arrow keys pass over the day headings
    spoken = window.model.data(window.view.currentIndex(), Qt.ItemDataRole.AccessibleTextRole)
    day = window.model.rows[window.view.currentIndex().row()].day
    assert spoken.startswith(day_heading(day, NOW.date()) + ", ")
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_month_names_come_from_the_one_formatter(ctx: AppContext) -> None:
    """ "Looking back through September 2025…": the year only when not this year, and the
    same month names in Spanish as the rest of the app."""
    today = date.today()
    this_year = today.year
    assert journal_words.month_name(f"{this_year}-09", today) == "September"
    assert journal_words.month_name("2025-09", today) == "September 2025"
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        assert journal_words.month_name("2025-09", today) == "septiembre de 2025"
        assert journal_words.month_name(f"{this_year}-01", today) == "enero"
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize(
    ("language", "when", "question"),
    [
        ("en", "today", "Remove the entry you wrote today at 09:15?"),
        ("en", "yesterday", "Remove the entry you wrote yesterday at 09:15?"),
        ("en", "older", "Remove the entry you wrote on Wednesday 3 December 2025 at 09:15?"),
        ("es", "today", "¿Quitar la entrada que escribiste hoy a las 09:15?"),
        ("es", "yesterday", "¿Quitar la entrada que escribiste ayer a las 09:15?"),
        (
            "es",
            "older",
            "¿Quitar la entrada que escribiste el miércoles, 3 de diciembre de 2025 a las 09:15?",
        ),
        # the one o'clock hour: "a la", not "a las"
        ("en", "today at one", "Remove the entry you wrote today at 01:15?"),
        ("es", "today at one", "¿Quitar la entrada que escribiste hoy a la 01:15?"),
        ("es", "yesterday at one", "¿Quitar la entrada que escribiste ayer a la 01:15?"),
        (
            "es",
            "older at one",
            "¿Quitar la entrada que escribiste el miércoles, 3 de diciembre de 2025 a la 01:15?",
        ),
    ],
)
def test_the_removal_question_reads_as_a_sentence(
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    when: str,
    question: str,
) -> None:
    at = {
        "today": NOW.replace(hour=9, minute=15),
        "yesterday": NOW.replace(hour=9, minute=15) - timedelta(days=1),
        "older": datetime(2025, 12, 3, 9, 15).astimezone(),
        "today at one": NOW.replace(hour=1, minute=15),
        "yesterday at one": NOW.replace(hour=1, minute=15) - timedelta(days=1),
        "older at one": datetime(2025, 12, 3, 1, 15).astimezone(),
    }[when]
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda _p, q, _a: asked.append(q) or False)
    ctx.settings.set("day.start_hour", 0)  # the day by the calendar: 01:15 is today's
    entry = LogEntry(at=at, note="words")
    fill(ctx, [entry])
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        window = open_journal(ctx, qtbot)
        qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0, timeout=10_000)
        select(window, entry.id)
        qtbot.keyClick(window.view, Qt.Key.Key_Delete)
        assert asked == [question]
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


@pytest.mark.parametrize(
    ("language", "when", "title"),
    [
        ("en", "today", "Entry from today at 09:15"),
        ("en", "yesterday", "Entry from yesterday at 09:15"),
        ("en", "older", "Entry from Wednesday 3 December 2025 at 09:15"),
        # "Entrada del hoy 21:20" read wrong: each case is a sentence of its own
        ("es", "today", "Entrada de hoy a las 09:15"),
        ("es", "yesterday", "Entrada de ayer a las 09:15"),
        ("es", "older", "Entrada del miércoles, 3 de diciembre de 2025 a las 09:15"),
        ("es", "today at one", "Entrada de hoy a la 01:15"),
        ("es", "older at one", "Entrada del miércoles, 3 de diciembre de 2025 a la 01:15"),
    ],
)
def test_the_editor_s_title_reads_as_a_sentence(
    ctx: AppContext, qtbot: QtBot, language: str, when: str, title: str
) -> None:
    at = {
        "today": NOW.replace(hour=9, minute=15),
        "yesterday": NOW.replace(hour=9, minute=15) - timedelta(days=1),
        "older": datetime(2025, 12, 3, 9, 15).astimezone(),
        "today at one": NOW.replace(hour=1, minute=15),
        "older at one": datetime(2025, 12, 3, 1, 15).astimezone(),
    }[when]
    ctx.settings.set("day.start_hour", 0)  # the day by the calendar: 01:15 is today's
    entry = LogEntry(at=at, note="words")
    fill(ctx, [entry])
    ctx.settings.set("general.language", language)
    i18n.apply(ctx)
    try:
        window = open_journal(ctx, qtbot)
        qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0, timeout=10_000)
        select(window, entry.id)
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
        assert window.editor is not None
        assert window.editor.windowTitle() == title
        window.editor.reject()
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)


def test_before_the_day_start_hour_it_is_still_the_day_before(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 03:41 (the day starts at 4) it is still Friday, as Today says: the 03:41 entry and
    Friday afternoon's are both under "Today", Thursday's under "Yesterday"."""
    friday = datetime(2026, 12, 4, 15, 0).astimezone()
    night = datetime(2026, 12, 5, 3, 41).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    late = LogEntry(at=night, note="late")
    afternoon = LogEntry(at=friday, note="afternoon")
    thursday = LogEntry(at=friday - timedelta(days=1), note="thursday")
    fill(ctx, [late, afternoon, thursday])
    asked: list[str] = []
    monkeypatch.setattr(ctx.prompter, "confirm", lambda _p, q, _a: asked.append(q) or False)
    window = open_journal(ctx, qtbot)
    headings = [
        (row.day, window.model.data(window.model.index(n)))
        for n, row in enumerate(window.model.rows)
        if row.kind == "day"
    ]
    assert headings == [(friday.date(), "Today"), (friday.date() - timedelta(days=1), "Yesterday")]
    assert window.model.rows[1].entry == late and window.model.rows[2].entry == afternoon
    select(window, late.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert asked == ["Remove the entry you wrote today at 03:41?"]
    select(window, afternoon.id)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.editor is not None
    assert window.editor.windowTitle() == "Entry from today at 15:00"
    window.editor.reject()


def test_a_new_day_start_hour_regroups_the_open_journal(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday with the day starting at 4 it is still Saturday; set the day to
    start at midnight while the journal is open and Sunday is "Today" at once, the 00:20
    entry under it and Saturday evening's under "Yesterday", as Today and Insights say."""
    ctx.settings.set("day.start_hour", 4)
    night = datetime(2026, 12, 6, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    saturday = datetime(2026, 12, 5)
    late, evening = night - timedelta(minutes=10), night - timedelta(hours=3)
    fill(ctx, [LogEntry(at=late, note="late"), LogEntry(at=evening, note="evening")])
    window = open_journal(ctx, qtbot)

    def headings() -> list[tuple[date, str]]:
        model = window.model
        rows = enumerate(model.rows)
        return [(r.day, model.data(model.index(n))) for n, r in rows if r.kind == "day"]

    assert headings() == [(saturday.date(), "Today")]
    ctx.settings.set("day.start_hour", 0)
    qtbot.waitUntil(lambda: headings() == [(night.date(), "Today"), (saturday.date(), "Yesterday")])


def test_starting_words_show_in_spanish(ctx: AppContext, qtbot: QtBot) -> None:
    """A starting feeling, win or part kept as its English key (written while Footholds
    spoke English, or from the command line) reads in the person's language, as the quick
    log shows it; search finds it in that language too."""
    entry = LogEntry(
        at=NOW,
        feelings=["lonely", "a word of my own"],
        energy=5,
        wins=["reached out"],
        part="the inner critic",
    )
    fill(ctx, [entry])
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        window = open_journal(ctx, qtbot)
        text = window.model.data(window.model.index(window.model.row_of(entry.id)))
        assert text.splitlines()[0] == "12:00  ·  soledad, a word of my own  ·  energía 5 de 5"
        assert "Pequeños logros: hablé con alguien" in text
        assert "lonely" not in text and "reached out" not in text
        assert "the inner critic" not in text and "la voz crítica" in text
        window.search.setText("soledad")
        window._on_typing_paused()
        qtbot.waitUntil(lambda: not window.reader.isActive(), timeout=10_000)
        assert window.model.row_of(entry.id) >= 0
        assert window.status.text() == "1 entrada encontrada."  # not "1 encontradas."
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
