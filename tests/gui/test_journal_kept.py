"""Changes kept at a close for an entry gone by the next start: offered as a new entry in
the journal, never kept on disk out of view (journal_kept.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.app.quitting import bring_back_drafts, keep_drafts
from footholds.core import drafts
from footholds.core.store import LogEntry
from footholds.core.store.models import new_id
from footholds.ui.journal.journal import JournalWindow

WITH_WORDS, EMPTIED = new_id(), new_id()
NOW = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)


@pytest.fixture(autouse=True)
def noon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("footholds.core.days.now_local", lambda: NOW)


@pytest.fixture(autouse=True)
def no_boxes(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box offscreen waits for a click that never comes: what would be said."""
    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text, *_a, **_k: told.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text, *_a, **_k: told.append(text))
    return told


def open_journal(ctx: AppContext, qtbot: QtBot) -> JournalWindow:
    ctx.windows.show("journal")
    window = cast(JournalWindow, ctx.windows.get("journal"))
    qtbot.waitUntil(window.isActiveWindow)
    return window


def next_start(ctx: AppContext, qtbot: QtBot) -> JournalWindow:
    """What a quit keeps, and a journal built afresh from it, as at the next start."""
    assert keep_drafts(ctx)  # as shutdown does, before the windows close
    ctx.windows.close_all()
    ctx.windows.forget("journal")
    bring_back_drafts(ctx)
    again = open_journal(ctx, qtbot)
    return again


def quit_with_a_gone_entry_open(ctx: AppContext, qtbot: QtBot) -> LogEntry:
    """An entry's editor open with new words when the entry went (a restore, a removal
    elsewhere), "Keep as a new entry" offered, and then Footholds quit."""
    entry = LogEntry(at=NOW - timedelta(days=3), feelings=["tired"], note="as it was")
    ctx.store.add(entry)
    window = open_journal(ctx, qtbot)
    window.view.setCurrentIndex(window.model.index(window.model.row_of(entry.id)))
    window.open_button.click()
    editor = window.editor
    assert editor is not None
    editor.form.note.set_text("what I really wanted to say")
    ctx.store.remove(entry)
    editor.save.click()
    assert editor.save.text() == "Keep as a new entry"
    return entry


def test_words_kept_for_an_entry_gone_are_offered_as_a_new_entry(
    ctx: AppContext, qtbot: QtBot, no_boxes: list[str]
) -> None:
    """Quit while "Keep as a new entry" was up: the words went to the drafts file under the
    gone entry's id, and no row ever opened them again."""
    entry = quit_with_a_gone_entry_open(ctx, qtbot)
    journal = next_start(ctx, qtbot)
    assert journal.kept_bar.isVisible()
    assert "still here" in journal.kept_bar.message.text()
    journal.kept_bar.button.click()
    editor = journal.editor
    assert editor is not None and editor.isVisible()
    assert editor.form.note.text() == "what I really wanted to say"
    assert editor.form.feelings.picked() == ["tired"]
    assert "no longer in Footholds" in editor.message.text()
    assert editor.save.text() == "Keep as a new entry"
    assert not journal.kept_bar.isVisible()  # the one waiting is open
    editor.save.click()
    assert not editor.isVisible() and no_boxes == []
    [kept] = ctx.store.latest(LogEntry, 5)
    assert kept.note == "what I really wanted to say" and kept.at == entry.at
    assert journal.draft() is None  # saved: no longer kept as a draft
    # the drafts file follows the save (settle_drafts)
    qtbot.waitUntil(lambda: "journal" not in drafts.take(ctx.paths.drafts_file))
    journal.reload()
    assert not journal.kept_bar.isVisible()


def test_kept_words_discarded_by_the_person_go_and_only_then(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quit_with_a_gone_entry_open(ctx, qtbot)
    journal = next_start(ctx, qtbot)
    journal.kept_bar.button.click()
    editor = journal.editor
    assert editor is not None
    asked: list[str] = []

    def answer(_p: object, _title: str, text: str, **_k: object) -> bool:
        asked.append(text)
        return len(asked) > 1  # Keep editing first, then Discard changes

    monkeypatch.setattr(ctx.prompter, "ask", answer)
    editor.cancel.click()  # never without a question: they are words not saved
    assert editor.isVisible() and journal.draft() is not None
    editor.cancel.click()
    assert not editor.isVisible() and len(asked) == 2
    assert journal.draft() is None and not journal.kept_bar.isVisible()
    assert ctx.store.latest(LogEntry, 5) == []
    qtbot.waitUntil(lambda: "journal" not in drafts.take(ctx.paths.drafts_file))


def test_kept_words_open_as_new_again_after_another_quit(ctx: AppContext, qtbot: QtBot) -> None:
    """Quit with them open again, more written: still kept, and offered again."""
    entry = quit_with_a_gone_entry_open(ctx, qtbot)
    journal = next_start(ctx, qtbot)
    journal.kept_bar.button.click()
    assert journal.editor is not None
    journal.editor.form.note.set_text("what I really wanted to say, and more")
    assert journal.draft() is not None
    again = next_start(ctx, qtbot)
    assert again is not journal and again.kept_bar.isVisible()
    again.kept_bar.button.click()
    assert again.editor is not None
    assert again.editor.form.note.text() == "what I really wanted to say, and more"
    assert again.editor.windowTitle().endswith(f"{entry.at:%H:%M}")  # at its own time


def test_words_kept_for_an_entry_still_there_wait_in_its_editor(
    ctx: AppContext, qtbot: QtBot
) -> None:
    entry = LogEntry(at=NOW - timedelta(days=40), note="as it was")  # a month back
    ctx.store.add(entry)
    window = open_journal(ctx, qtbot)
    window.view.setCurrentIndex(window.model.index(window.model.row_of(entry.id)))
    window.open_button.click()
    assert window.editor is not None
    window.editor.form.note.set_text("changed, not saved")
    journal = next_start(ctx, qtbot)
    assert not journal.kept_bar.isVisible()
    assert entry.id in journal.kept
    journal._open_editor(entry, journal.kept.pop(entry.id))
    editor = journal.editor
    assert editor is not None and editor.form.note.text() == "changed, not saved"
    assert editor.save.text() == "Save changes"


def test_words_kept_before_their_time_was_are_offered_too(ctx: AppContext, qtbot: QtBot) -> None:
    """Kept by an earlier version (no time beside them) for an entry gone: looked for in
    every month, offered at the time they are opened; kept changes holding no words (a
    field emptied) are let go."""
    ctx.windows.drafts = {
        "journal": {
            WITH_WORDS: {"note": "still mine", "feelings": [], "energy": None},
            EMPTIED: {"note": "", "feelings": []},
        }
    }
    journal = JournalWindow(ctx)
    qtbot.addWidget(journal)
    journal.present()
    assert journal.kept_bar.isVisible()
    assert journal.strays == [WITH_WORDS]
    assert set(journal.kept) == {WITH_WORDS}
    journal.kept_bar.button.click()
    assert journal.editor is not None
    assert journal.editor.form.note.text() == "still mine"


def test_the_kept_words_editor_opens_tall_enough_for_what_it_says(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """With "no longer in Footholds" said as it opened, the window was sized before the
    sentence's third line was counted: "More" sat half under the foot of the page (s32)."""
    quit_with_a_gone_entry_open(ctx, qtbot)
    journal = next_start(ctx, qtbot)
    journal.kept_bar.button.click()
    editor = journal.editor
    assert editor is not None
    settle(qtbot, editor)
    area, more = editor.scroll_area, editor.form.more
    assert more.mapTo(area.viewport(), more.rect().bottomLeft()).y() < area.viewport().height()
    assert area.verticalScrollBar().maximum() == 0


def kept_at_start(
    ctx: AppContext, qtbot: QtBot, kept: dict[str, dict[str, object]]
) -> JournalWindow:
    """The journal built with `kept` as its drafts at the last close, entries long gone."""
    ctx.windows.drafts = {"journal": kept}
    journal = JournalWindow(ctx)
    qtbot.addWidget(journal)
    journal.present()
    return journal


def test_words_from_a_newer_version_show_what_can_be_read(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A field this version does not know opened the editor blank, and Cancel, asking
    nothing, let the words go from the drafts file for good."""
    at = (NOW - timedelta(days=2)).isoformat()
    journal = kept_at_start(
        ctx, qtbot, {WITH_WORDS: {"note": "still mine", "at": at, "mood_colour": "blue"}}
    )
    assert journal.strays == [WITH_WORDS]
    journal.kept_bar.button.click()
    editor = journal.editor
    assert editor is not None
    assert editor.form.note.text() == "still mine"
    assert "another version of Footholds" in editor.message.text()
    assert editor.changed()
    asked: list[str] = []
    monkeypatch.setattr(
        ctx.prompter, "ask", lambda _p, _t, text, **_k: asked.append(text) and False
    )
    editor.cancel.click()  # asks first: Keep editing
    assert asked and editor.isVisible()
    editor.save.click()  # shown and saved: now it goes
    [kept] = ctx.store.latest(LogEntry, 5)
    assert kept.note == "still mine" and kept.at.isoformat() == at


def test_an_over_long_note_kept_comes_back_cut_with_a_word_under_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.core.store.validate import NOTE_LIMIT

    long = "a" * (NOTE_LIMIT + 50)
    journal = kept_at_start(ctx, qtbot, {WITH_WORDS: {"note": long, "tried": "tea\x07"}})
    journal.kept_bar.button.click()
    editor = journal.editor
    assert editor is not None
    assert editor.form.note.text() == long[:NOTE_LIMIT]
    assert editor.form.journal.tried.text() == "tea"  # as a paste leaves control characters
    assert "the rest was left out" in editor.form.note.said.text()
    editor.save.click()
    [kept] = ctx.store.latest(LogEntry, 5)
    assert kept.note == long[:NOTE_LIMIT]


def test_words_this_version_cannot_show_stay_kept_and_are_said(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Nothing in them this version can show: not offered (to open blank and go), kept in
    the drafts file at every close, and the strip says so, with no button."""
    journal = kept_at_start(
        ctx, qtbot, {WITH_WORDS: {"mood_colour": "blue", "energy": "lots"}, EMPTIED: {"note": ""}}
    )
    assert journal.strays == []
    assert journal.kept_bar.isVisible() and not journal.kept_bar.button.isVisible()
    assert "another version of Footholds" in journal.kept_bar.message.text()
    assert set(journal.kept) == {WITH_WORDS}  # the emptied one let go
    draft = journal.draft()
    assert draft is not None and draft[WITH_WORDS]["mood_colour"] == "blue"


def test_an_entry_still_there_keeps_words_it_cannot_show(ctx: AppContext, qtbot: QtBot) -> None:
    entry = LogEntry(at=NOW - timedelta(days=1), note="as it was")
    ctx.store.add(entry)
    journal = kept_at_start(ctx, qtbot, {entry.id: {"mood_colour": "blue"}})
    assert not journal.kept_bar.isVisible()
    journal.view.setCurrentIndex(journal.model.index(journal.model.row_of(entry.id)))
    journal.open_button.click()
    editor = journal.editor
    assert editor is not None and editor.form.note.text() == "as it was"
    assert "another version of Footholds" in editor.message.text()
    editor.cancel.click()
    assert not editor.isVisible()
    draft = journal.draft()
    assert draft is not None and draft[entry.id]["mood_colour"] == "blue"


def test_words_it_cannot_show_stay_beside_new_words_put_away(ctx: AppContext, qtbot: QtBot) -> None:
    """The entry opened with words only another version can show, new words written, then
    Footholds closed: both stay kept (the new ones overwrote the other version's)."""
    entry = LogEntry(at=NOW - timedelta(days=1), note="as it was")
    ctx.store.add(entry)
    journal = kept_at_start(ctx, qtbot, {entry.id: {"mood_colour": "blue"}})
    journal.view.setCurrentIndex(journal.model.index(journal.model.row_of(entry.id)))
    journal.open_button.click()
    editor = journal.editor
    assert editor is not None
    editor.form.note.set_text("as it was, and more")
    draft = journal.draft()  # asked at a quit, the editor still open
    assert draft is not None and draft[entry.id]["mood_colour"] == "blue"
    assert draft[entry.id]["note"] == "as it was, and more"
    editor.close()  # closed by Footholds: put away
    kept = journal.kept[entry.id]
    assert kept["mood_colour"] == "blue" and kept["note"] == "as it was, and more"


def test_words_it_cannot_show_can_be_let_go_after_a_question(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = kept_at_start(ctx, qtbot, {WITH_WORDS: {"mood_colour": "blue"}})
    bar = journal.kept_bar
    assert bar.isVisible() and bar.let_go.isVisible()
    answers = [False, True]
    asked: list[str] = []

    def answer(_p: object, _title: str, text: str, *_a: object, **_k: object) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ctx.prompter, "ask", answer)
    bar.let_go.click()  # Keep them
    assert asked and bar.isVisible() and WITH_WORDS in journal.kept
    bar.let_go.click()  # Let them go
    assert not bar.isVisible() and journal.draft() is None
    journal.reload()
    assert not bar.isVisible()


def test_words_of_only_spaces_for_a_gone_entry_are_not_offered(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Offered, Save said there was nothing to keep ("entry.nothing")."""
    journal = kept_at_start(ctx, qtbot, {WITH_WORDS: {"note": "   ", "tried": "\n"}})
    assert journal.strays == [] and not journal.kept_bar.isVisible()
    assert journal.draft() is None
