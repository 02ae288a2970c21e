"""A save the disk refused is held, not kept for good: the thank-you after it says where the
entry is for now. Before: with the disk full, the quick log thanked with "Kept. It will be here
whenever you want to look back." while a dialog said the entry was only in memory and would be
lost if Footholds closed."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_error_words import FailingWrite

from footholds.app.build import AppContext
from footholds.core import atomic, content
from footholds.core.store import LogEntry, StoreWriteError
from footholds.ui.common.operations import add_record
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow

ONLY_IN_MEMORY = (
    "For now it is only in memory: keep Footholds open, and it will be saved as soon as "
    "writing works again."
)


@pytest.fixture
def warned(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text: said.append(text))
    return said


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as failing:  # undone before the store closes
        failing.setattr(atomic, "os", FailingWrite(errno.ENOSPC))
        yield


def _never_said(words: str) -> bool:
    """None of the thanks that say an entry is saved or kept for good."""
    sure = content.load_document("acknowledgements")
    return words not in {*sure["saved"], *sure["tough"], *sure["done_reach_out"]}


def test_the_quick_log_thanks_say_the_entry_is_only_in_memory(
    ctx: AppContext, qtbot: QtBot, warned: list[str], full_disk: None
) -> None:
    ctx.windows.show("quick-log")
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is quick.form.note)
    qtbot.keyClicks(quick.form.note, "made tea")
    qtbot.keyClick(quick.form.note, Qt.Key.Key_Return)
    assert warned and "only in memory" in warned[0]
    words = quick.thanks.line.text()
    assert words == f"Thank you for checking in. {ONLY_IN_MEMORY}"
    assert _never_said(words)
    assert [e.note for e in ctx.store.latest(LogEntry, 5)] == ["made tea"]  # held


def test_the_quick_log_thanks_say_it_is_kept_for_now_when_a_file_holds_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.windows.show("quick-log")
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    entry = LogEntry(note="made tea")
    refused = StoreWriteError(errno.ENOSPC, "full").explain("store.write.disk_full")
    quick._show_thanks(entry, refused)
    assert quick.thanks.line.text() == (
        "Thank you for checking in. It is kept for now, and will be saved as soon as writing "
        "works again."
    )


def test_a_win_added_as_proof_on_a_full_disk_says_where_it_is(
    ctx: AppContext, qtbot: QtBot, warned: list[str], full_disk: None
) -> None:
    ctx.windows.show("quick-log")
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    quick._show_thanks(LogEntry(wins=["made tea"]))
    quick.thanks.keep_proof.click()
    assert quick.thanks.line.text() == f"Added to your proof list. {ONLY_IN_MEMORY}"


def test_tough_day_and_reach_out_say_where_the_entry_is(
    ctx: AppContext, qtbot: QtBot, warned: list[str], full_disk: None
) -> None:
    tough = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.addWidget(tough)
    tough.more.click()
    section = tough.name_it
    section.line.setText("a heavy morning")
    section.save()
    assert section.said.text() == f"Thank you for naming it. {ONLY_IN_MEMORY}"

    reach = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    qtbot.addWidget(reach)
    assert reach.log_reached_out("Sam") is not None
    assert reach.said.text() == f"Thank you for reaching out. {ONLY_IN_MEMORY}"


def test_a_store_opened_only_to_read_keeps_the_words_in_the_form(
    ctx: AppContext, warned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing held them: thanking for them and clearing the form lost them."""
    from footholds.core.store import failures

    def refuse(_record: object) -> None:
        raise failures.write_error(errno.EROFS, "store.read_only_open")

    monkeypatch.setattr(ctx.store, "add", refuse)
    assert add_record(ctx, LogEntry(note="hello"))[0] is None
    assert warned == ["Footholds opened your entries for reading only."]


def test_a_change_or_removal_nothing_held_is_not_shown_as_done(
    ctx: AppContext, warned: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store opened only to read: a change returned as saved, and a removal as done (its
    row gone, an Undo offered) though nothing changed on disk or in memory."""
    from footholds.core.store import failures
    from footholds.ui.common.operations import remove_record, update_record

    saved = ctx.store.add(LogEntry(note="hello"))

    def refuse(_record: object) -> None:
        raise failures.write_error(errno.EROFS, "store.read_only_open")

    monkeypatch.setattr(ctx.store, "update", refuse)
    monkeypatch.setattr(ctx.store, "remove", refuse)
    assert update_record(ctx, saved) is None
    assert remove_record(ctx, saved) is False
    assert warned == ["Footholds opened your entries for reading only."] * 2


def test_a_change_the_full_disk_refused_but_memory_holds_is_kept(
    ctx: AppContext, warned: list[str], full_disk: None
) -> None:
    from footholds.ui.common.operations import remove_record, update_record

    with pytest.raises(StoreWriteError):
        ctx.store.add(LogEntry(note="first"))  # (held in memory)
    [entry] = ctx.store.latest(LogEntry, 5)
    assert update_record(ctx, entry) is entry
    assert remove_record(ctx, entry) is True
