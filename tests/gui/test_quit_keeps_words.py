"""Changes typed into a journal entry's editor and not saved survive Footholds closing (the
tray's Quit, a logout's SIGTERM, `footholds quit`): kept as that entry's draft, back in its
editor next time, and never written over the saved entry unless the person saves."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core import drafts
from footholds.core.store import LogEntry
from footholds.ui.common.operations import save_record
from footholds.ui.journal.journal import JournalWindow

NOW = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=1)


def never_asked(*args: object, **kwargs: object) -> bool:
    raise AssertionError(f"asked at a quit: {args!r}")


def open_entry(ctx: AppContext, qtbot: QtBot, entry: LogEntry) -> JournalWindow:
    window = cast(JournalWindow, ctx.windows.show("journal"))
    qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0, timeout=10_000)
    window.view.setCurrentIndex(window.model.index(window.model.row_of(entry.id)))
    window.open_button.click()
    assert window.editor is not None
    qtbot.waitUntil(window.editor.isVisible)
    return window


def qt_quits(ctx: AppContext) -> None:
    """What QApplication.quit() does before the loop ends (the modal editor first, then the
    windows), then the app's own shutdown step that keeps drafts (quitting.shutdown)."""
    QApplication.closeAllWindows()
    assert quitting.keep_drafts(ctx)


def next_start(ctx: AppContext) -> None:
    """The journal built afresh after a start, taking what was kept at the close."""
    ctx.windows.forget("journal")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)


@pytest.mark.parametrize("menu", [True, False], ids=["tray-quit", "sigterm"])
def test_changes_in_an_entry_editor_come_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, menu: bool
) -> None:
    entry = save_record(ctx, LogEntry(at=NOW, note="Walked to the shop"), None)
    assert entry is not None
    window = open_entry(ctx, qtbot, entry)
    editor = window.editor
    assert editor is not None
    editor.form.to_the_end()
    qtbot.keyClicks(editor.form.note, " and sat in the park")
    # nobody may be there to answer at a logout: a quit asks nothing about the changes
    monkeypatch.setattr(ctx.prompter, "ask", never_asked)
    if menu:  # the tray's Quit: drafts kept first, then Qt closes the windows
        monkeypatch.setattr(ctx.app, "quit", lambda: qt_quits(ctx))
        quitting.request_quit(ctx.app, ctx)
    else:  # SIGTERM and `footholds quit` call app.quit() alone
        qt_quits(ctx)
    assert not editor.isVisible()
    # the saved entry is as it was: only Save changes it
    assert ctx.store.get(LogEntry, entry.id).note == "Walked to the shop"  # type: ignore[union-attr]
    kept = drafts.take(ctx.paths.drafts_file)
    assert kept["journal"][entry.id]["note"] == "Walked to the shop and sat in the park"

    next_start(ctx)
    again = open_entry(ctx, qtbot, entry)
    assert again is not window
    editor = again.editor
    assert editor is not None
    assert editor.form.note.text() == "Walked to the shop and sat in the park"
    assert editor.message.isVisibleTo(editor) and "not saved yet" in editor.message.text()
    assert editor.changed()  # Cancel asks first; Save keeps them
    editor.save.click()
    assert ctx.store.get(LogEntry, entry.id).note == (  # type: ignore[union-attr]
        "Walked to the shop and sat in the park"
    )
    assert again.draft() is None
    assert quitting.keep_drafts(ctx) and not ctx.paths.drafts_file.exists()


def test_kept_changes_wait_for_their_entry_and_go_when_discarded(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = save_record(ctx, LogEntry(at=NOW, note="first"), None)
    other = save_record(ctx, LogEntry(at=NOW - timedelta(minutes=5), note="other"), None)
    assert first is not None and other is not None
    window = open_entry(ctx, qtbot, first)
    assert window.editor is not None
    window.editor.form.note.set_text("first, changed")
    monkeypatch.setattr(ctx.prompter, "ask", never_asked)
    qt_quits(ctx)

    next_start(ctx)
    again = open_entry(ctx, qtbot, other)  # another entry: none of those words in it
    assert again.editor is not None
    assert again.editor.form.note.text() == "other" and not again.editor.message.isVisibleTo(
        again.editor
    )
    again.editor.reject()
    # still kept, though not opened: a second quit keeps them again
    assert quitting.keep_drafts(ctx)
    assert drafts.take(ctx.paths.drafts_file)["journal"][first.id]["note"] == "first, changed"

    open_entry(ctx, qtbot, first)
    assert again.editor is not None
    assert again.editor.form.note.text() == "first, changed"
    again.editor.reject()  # Cancel: the changes are set aside, with Undo for a few seconds
    assert not again.editor.isVisible()
    assert ctx.store.get(LogEntry, first.id).note == "first"  # type: ignore[union-attr]
    assert again.draft() is not None  # a quit meanwhile would keep them
    again.undo_bar.timer.timeout.emit()  # the few seconds pass without Undo: they go
    assert again.draft() is None


def test_words_for_a_new_goal_or_step_come_back_after_a_quit(ctx: AppContext, qtbot: QtBot) -> None:
    """Today: a micro-goal, a next step or one of the three small things typed and not added
    yet was lost at a quit (the fields add on Enter or a button, nothing kept them)."""
    from footholds.core import goals as g
    from footholds.core.store import Goal
    from footholds.ui.today.today import TodayWindow

    goal = ctx.store.add(g.add_step(Goal(title="Tidy the kitchen"), "clear the table"))
    window = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.keyClicks(window.goals.new_goal, "Call the dentist")
    qtbot.keyClicks(window.goals.cards[goal.id].new_step, "wash three cups")
    qtbot.keyClicks(window.routine.typed, "open a window")  # the three small things
    qt_quits(ctx)
    assert ctx.store.count(Goal) == 1  # kept as words, never added without the person
    kept = drafts.take(ctx.paths.drafts_file)["today"]["goals"]
    assert kept == {"": "Call the dentist", goal.id: "wash three cups"}

    ctx.windows.forget("today")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    again = cast(TodayWindow, ctx.windows.show("today"))
    assert again is not window
    assert again.goals.new_goal.text() == "Call the dentist"
    assert again.goals.cards[goal.id].new_step.text() == "wash three cups"
    assert again.routine.typed.text() == "open a window"
    # each says the words are not saved yet, until they are gone
    assert again.goals.kept.isVisibleTo(again) and "not saved yet" in again.goals.kept.text()
    assert again.routine.kept.isVisibleTo(again)
    assert "not saved yet" in again.routine.kept.text()
    size = again.size()
    again.goals.new_goal.clear()
    assert not again.goals.kept.isVisibleTo(again)
    # its room goes with it (no gap left in the form), the window keeping its size
    assert not again.goals.kept.sizePolicy().retainSizeWhenHidden()
    assert again.size() == size
    again.goals.cards[goal.id].new_step.clear()
    again.routine.typed.clear()
    assert again.draft() is None


def test_words_in_reach_outs_person_form_come_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Reach out: someone half added (a name, a ready message) and an own message typed and
    not added were lost at a quit."""
    from footholds.core.store import OwnItem, Person
    from footholds.ui.people.reach_out import ReachOutWindow

    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    window.add_person.click()
    qtbot.keyClicks(window.form.name, "Sam")
    qtbot.keyClicks(window.form.message, "Fancy a walk on Sunday?")
    qtbot.keyClicks(window.own, "Thinking of you")
    qt_quits(ctx)
    assert ctx.store.count(Person) == 0 and ctx.store.count(OwnItem) == 0  # never saved
    kept = drafts.take(ctx.paths.drafts_file)["reach-out"]
    assert kept["form"]["name"] == "Sam" and kept["own"] == "Thinking of you"

    ctx.windows.forget("reach-out")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    again = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    assert again is not window
    assert again.form.isVisibleTo(again) and again.form.name.text() == "Sam"
    assert again.form.message.toPlainText() == "Fancy a walk on Sunday?"
    assert "not saved yet" in again.form.kept_said.text()
    assert again.own.text() == "Thinking of you"
    assert again.own_kept.isVisibleTo(again) and "not saved yet" in again.own_kept.text()
    again.form.save.click()
    assert [p.name for p in ctx.store.all(Person)] == ["Sam"]
    assert again.draft() == {"own": "Thinking of you"}


def test_changes_to_someone_in_reach_out_wait_for_them(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.core.store import Person
    from footholds.ui.people.reach_out import ReachOutWindow

    sam = ctx.store.add(Person(name="Sam", how="a text"))
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    window._on_person_edit(sam.id)
    window.form.how.setText("a call after six")
    assert window.draft() == {
        "form": {
            "person": sam.id,
            "name": "Sam",
            "how": "a call after six",
            "note": "",
            "message": "",
        }
    }
    qt_quits(ctx)
    ctx.windows.forget("reach-out")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    again = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    assert again.form.editing is not None and again.form.editing.id == sam.id
    assert again.form.how.text() == "a call after six"
    assert ctx.store.get(Person, sam.id).how == "a text"  # type: ignore[union-attr]


def test_changes_to_someone_removed_by_the_next_start_come_back_for_someone_new(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The person gone by the next start (removed elsewhere, an older backup restored):
    the words typed for them were let go unseen."""
    from footholds.core.store import Person
    from footholds.ui.people.reach_out import ReachOutWindow

    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _p, text, *_a, **_k: told.append(text))
    monkeypatch.setattr(ctx.prompter, "warn", lambda _p, text, *_a, **_k: told.append(text))
    sam = ctx.store.add(Person(name="Sam", how="a text"))
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    window._on_person_edit(sam.id)
    window.form.note.setText("likes walks by the river")
    qt_quits(ctx)
    ctx.store.remove(sam)
    ctx.windows.forget("reach-out")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    again = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    assert again.form.isVisibleTo(again) and again.form.editing is None
    assert again.form.name.text() == "Sam"
    assert again.form.note.text() == "likes walks by the river"
    assert "no longer in your list" in again.form.problem.text()
    again.form.save.click()
    [back] = ctx.store.all(Person)
    assert (back.name, back.how, back.note) == ("Sam", "a text", "likes walks by the river")
    assert told == []


def test_an_entry_opens_with_the_cursor_after_its_words(ctx: AppContext, qtbot: QtBot) -> None:
    """Typing in an entry opened from the journal goes on after its words, as in the quick
    log: the cursor stood at the start of the note, and new words went in before them."""
    entry = save_record(ctx, LogEntry(at=NOW, note="Walked to the shop"), None)
    assert entry is not None
    window = open_entry(ctx, qtbot, entry)
    assert window.editor is not None
    qtbot.keyClicks(window.editor.form.note, " and back")
    assert window.editor.form.note.text() == "Walked to the shop and back"


def built_again(ctx: AppContext, name: str) -> QWidget:
    """Window `name` after a start: built afresh, taking what was kept at the close."""
    ctx.windows.forget(name)
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    return ctx.windows.show(name)


def test_something_of_your_own_to_plan_comes_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Plan something: words written in "Something of your own" and not planned yet were
    lost at a quit."""
    from footholds.core.store import Activity
    from footholds.ui.today.activity_plan import PlanActivityWindow

    window = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    window.own_kind.setCurrentIndex(window.own_kind.findData("connection"))
    qtbot.keyClicks(window.own, "Write to Ana")
    qt_quits(ctx)
    assert ctx.store.count(Activity) == 0  # never planned, nor added to the list
    assert drafts.take(ctx.paths.drafts_file)["plan-activity"] == {
        "own": "Write to Ana",
        "kind": "connection",
    }

    again = cast(PlanActivityWindow, built_again(ctx, "plan-activity"))
    assert again is not window
    assert again.own.text() == "Write to Ana" and again.own_kind.currentData() == "connection"
    assert "not saved yet" in again.said.text()
    qtbot.keyClicks(again.own, " on Sunday")  # after the words, not before
    assert again.own.text() == "Write to Ana on Sunday"
    again.plan.click()
    assert again.draft() is None
    assert quitting.keep_drafts(ctx) and not ctx.paths.drafts_file.exists()


def test_a_medicine_typed_and_not_added_comes_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """My medicines: a name and dose typed and not added yet were lost at a quit."""
    from footholds.core.store import Medicine
    from footholds.ui.journal.medication import MedicationWindow

    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.keyClicks(window.name, "Sertraline")
    qtbot.keyClicks(window.dose, "50 mg")
    qt_quits(ctx)
    assert ctx.store.count(Medicine) == 0
    assert drafts.take(ctx.paths.drafts_file)["medication"] == {
        "name": "Sertraline",
        "dose": "50 mg",
    }

    again = cast(MedicationWindow, built_again(ctx, "medication"))
    assert again.name.text() == "Sertraline" and again.dose.text() == "50 mg"
    assert "not saved yet" in again.said.text()
    again.add.click()
    assert [m.name for m in ctx.store.all(Medicine)] == ["Sertraline"]
    assert again.draft() is None
    # a crash now (no close): the medicine added is not given back as "not saved yet"
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())
    ctx.windows.forget("medication")
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)
    after_crash = cast(MedicationWindow, ctx.windows.show("medication"))
    assert after_crash.name.text() == "" and "not saved yet" not in after_crash.said.text()


def test_a_dose_change_typed_and_not_noted_comes_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """My medicines: a new dose typed for a medicine, with its day and a note, and not noted
    yet was lost at a quit. It comes back under the same medicine, chosen again."""
    from PySide6.QtCore import QDate

    from footholds.core.store import Medicine
    from footholds.ui.journal.medication import MedicationWindow

    ctx.store.add(Medicine(name="Fluoxetine", dose="10 mg"))
    sertraline = ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    window.list.setCurrentRow(1)
    assert window.chosen() == sertraline
    day = QDate.currentDate().addDays(-3)
    window.change_day.setDate(day)
    qtbot.keyClicks(window.change_dose, "100 mg")
    qtbot.keyClicks(window.change_note, "Dr Lee suggested it")
    qt_quits(ctx)
    assert ctx.store.get(Medicine, sertraline.id).changes == []  # type: ignore[union-attr]
    kept = drafts.take(ctx.paths.drafts_file)["medication"]
    assert kept == {
        "change": {
            "dose": "100 mg",
            "note": "Dr Lee suggested it",
            "day": day.toString("yyyy-MM-dd"),
            "medicine": sertraline.id,
            "name": "Sertraline",
        }
    }

    again = cast(MedicationWindow, built_again(ctx, "medication"))
    assert again.chosen() == sertraline
    assert again.change_dose.text() == "100 mg" and again.change_dose.isEnabled()
    assert again.change_note.text() == "Dr Lee suggested it"
    assert again.change_day.date() == day
    assert "not saved yet" in again.said.text()
    again.add_change.click()
    changes = ctx.store.get(Medicine, sertraline.id).changes  # type: ignore[union-attr]
    assert [c["dose"] for c in changes] == ["100 mg"]
    assert changes[0]["day"] == day.toString("yyyy-MM-dd")
    assert again.draft() is None
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_words_brought_back_and_not_saved_stay_for_a_crash(ctx: AppContext, qtbot: QtBot) -> None:
    """A save elsewhere settles the file, and words brought back and still unsaved stay."""
    from footholds.core.store import Medicine
    from footholds.ui.journal.medication import MedicationWindow

    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.keyClicks(window.name, "Sertraline")
    qt_quits(ctx)
    again = cast(MedicationWindow, built_again(ctx, "medication"))
    save_record(ctx, LogEntry(at=NOW, note="Walked"), None)
    qtbot.wait(50)
    assert drafts.take(ctx.paths.drafts_file)["medication"] == {"name": "Sertraline"}
    assert ctx.store.count(Medicine) == 0 and again.name.text() == "Sertraline"


def test_the_kept_line_goes_when_the_words_are_cleared(ctx: AppContext, qtbot: QtBot) -> None:
    """Plan something: emptying the words brought back takes the line (and the draft) away."""
    from footholds.ui.today.activity_plan import PlanActivityWindow

    window = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.keyClicks(window.own, "Write to Ana")
    qt_quits(ctx)
    again = cast(PlanActivityWindow, built_again(ctx, "plan-activity"))
    assert "not saved yet" in again.said.text()
    again.own.selectAll()
    qtbot.keyClick(again.own, Qt.Key.Key_Delete)
    assert "not saved yet" not in again.said.text()
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_words_typed_in_settings_come_back_after_a_quit(ctx: AppContext, qtbot: QtBot) -> None:
    """Settings: a number of one's own, a new entry in My lists and a session's therapist,
    typed and not added yet, were lost at a quit. They wait for their page, which it opens
    on, and are kept again at the next quit when their page was not opened."""
    from footholds.core.settings import LISTS_SECTION, SAFETY_SECTION, SESSIONS_SECTION
    from footholds.core.store import OwnLine, Session
    from footholds.ui.settings.list_editors import ListEditor
    from footholds.ui.settings.settings_window import SettingsWindow

    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.keyClicks(window.own_lines.name, "My GP")
    qtbot.keyClicks(window.own_lines.number, "01632 960000")
    feelings = cast(ListEditor, window.rows["lists.feelings"].editor)
    qtbot.keyClicks(feelings.new_text, "wobbly")
    qtbot.keyClicks(window.sessions.therapist, "Dr Okafor")
    qt_quits(ctx)
    assert ctx.store.count(OwnLine) == 0 and ctx.store.count(Session) == 0
    assert "wobbly" not in ctx.settings["lists.feelings"]
    expected = {
        "own-lines": {"name": "My GP", "number": "01632 960000"},
        "lists": {"lists.feelings": "wobbly"},
        "sessions": {"therapist": "Dr Okafor"},
    }
    assert drafts.take(ctx.paths.drafts_file)["settings"] == expected

    again = cast(SettingsWindow, built_again(ctx, "settings"))
    assert again.tabs.currentWidget() is again.tabs.scroll_of(LISTS_SECTION)
    # pages not opened yet: their words wait, and are kept again at a quit
    assert not again.tabs.is_built(SAFETY_SECTION)
    assert again.draft() == expected
    qt_quits(ctx)
    again = cast(SettingsWindow, built_again(ctx, "settings"))
    feelings = cast(ListEditor, again.rows["lists.feelings"].editor)
    assert feelings.new_text.text() == "wobbly"
    assert "not saved yet" in again.rows["lists.feelings"].error.message
    assert again.own_lines.name.text() == "My GP"
    assert again.own_lines.number.text() == "01632 960000"
    assert "not saved yet" in again.own_lines.kept.text()
    assert again.own_lines.kept.isVisibleTo(again.own_lines)
    assert again.sessions.therapist.text() == "Dr Okafor"
    assert "not saved yet" in again.sessions.kept.text()
    again.own_lines.add.click()
    assert [line.name for line in ctx.store.all(OwnLine)] == ["My GP"]
    assert not again.own_lines.kept.isVisibleTo(again.own_lines)
    again.tabs.show_page(SESSIONS_SECTION)
    assert again.draft() == {
        "lists": {"lists.feelings": "wobbly"},
        "sessions": {"therapist": "Dr Okafor"},
    }
    # the words emptied, or added: their line goes, and they are gone from the drafts file
    again.sessions.therapist.clear()
    assert not again.sessions.kept.isVisibleTo(again.sessions)
    feelings.add_button.click()
    assert "wobbly" in ctx.settings["lists.feelings"]
    assert "not saved yet" not in again.rows["lists.feelings"].error.message
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_a_number_typed_in_get_help_now_comes_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.core.store import OwnLine
    from footholds.ui.help.help_now import HelpNowWindow

    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    qtbot.keyClicks(window.own.name, "Sam")
    qtbot.keyClicks(window.own.number, "07700 900123")
    qt_quits(ctx)
    assert ctx.store.count(OwnLine) == 0
    again = cast(HelpNowWindow, built_again(ctx, "help-now"))
    assert again.own.name.text() == "Sam" and again.own.number.text() == "07700 900123"
    assert "not saved yet" in again.own.kept.text()


@pytest.mark.parametrize("menu", [True, False], ids=["tray-quit", "sigterm"])
def test_a_safety_plan_part_over_its_limit_lets_a_quit_go_on_and_is_kept(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, menu: bool
) -> None:
    """A part of the safety plan over its limit refused the close, which cancelled a quit
    (a logout then lost every word). At a quit what fits is saved, the rest is kept as the
    window's draft and comes back in its box, with the line saying so."""
    from footholds.core.store import SafetyPlan
    from footholds.ui.help.safety_plan import SafetyPlanWindow

    window = cast(SafetyPlanWindow, ctx.windows.show("safety-plan"))
    long = "a" * (SafetyPlan.SECTION_LIMIT + 10)
    window.fields["sp-reasons"].setPlainText(long)  # as if the box took more
    qtbot.keyClicks(window.fields["sp-people-places"], "Sam, the park")
    if menu:
        monkeypatch.setattr(ctx.app, "quit", lambda: qt_quits(ctx))
        quitting.request_quit(ctx.app, ctx)
    else:
        qt_quits(ctx)
    assert not window.isVisible()  # the close was not refused: the quit goes on
    plan = ctx.store.all(SafetyPlan)
    assert [p.sections for p in plan] == [{"sp-people-places": "Sam, the park"}]  # what fits
    kept = drafts.take(ctx.paths.drafts_file)["safety-plan"]
    assert kept == {"sections": {"sp-reasons": long}}

    again = cast(SafetyPlanWindow, built_again(ctx, "safety-plan"))
    assert again is not window
    assert again.fields["sp-reasons"].toPlainText() == long
    assert again.fields["sp-people-places"].toPlainText() == "Sam, the park"
    assert "not saved yet" in again.status.line.text()
    assert again.changed()
    # the person's own close still says what does not fit, and stays open
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert again.isVisible()
    again.fields["sp-reasons"].setPlainText("Biscuit, my dog")
    assert again.save_plan() and again.draft() is None
    assert quitting.keep_drafts(ctx) and not ctx.paths.drafts_file.exists()


def test_reach_out_brings_back_the_newest_own_message(ctx: AppContext, qtbot: QtBot) -> None:
    """Of several drafts (one sealed at a quit while locked), the own message typed last."""
    from footholds.ui.people.reach_out import ReachOutWindow

    ctx.windows.forget("reach-out")
    ctx.windows.drafts = {}
    drafts.push(ctx.windows.drafts, "reach-out", {"own": "Older words"})
    drafts.push(ctx.windows.drafts, "reach-out", {"own": "Newest words"})
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    assert window.own.text() == "Newest words"
    window.own.clear()
    assert not window.own_kept.isVisibleTo(window)


def test_tough_days_feeling_comes_back_saying_it_is_not_saved(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Tough day: "How does it feel" came back without the line; it goes when saved."""
    from footholds.ui.tough_day.tough_day import ToughDayWindow

    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    window.show_more(True)
    qtbot.keyClicks(window.name_it.line, "heavy")
    qt_quits(ctx)
    again = cast(ToughDayWindow, built_again(ctx, "tough-day"))
    assert again.name_it.line.text() == "heavy"
    assert "not saved yet" in again.name_it.said.text()
    again.name_it.save()
    assert again.name_it.line.text() == "" and "not saved yet" not in again.name_it.said.text()
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_my_sessions_line_goes_when_the_name_is_cleared(ctx: AppContext, qtbot: QtBot) -> None:
    """Settings › My sessions: the line stayed after the therapist's name was emptied."""
    from footholds.ui.reflect.sessions_editor import SessionsEditor

    editor = SessionsEditor(ctx)
    qtbot.addWidget(editor)
    editor.bring_back({"therapist": "Dr Lee"})
    assert editor.kept.isVisibleTo(editor)
    editor.therapist.clear()
    assert not editor.kept.isVisibleTo(editor)


def test_a_session_being_changed_comes_back_after_a_quit(ctx: AppContext, qtbot: QtBot) -> None:
    """Settings › My sessions: a day, time, how often and length changed and not added yet
    were lost at a quit (only the therapist's name was kept)."""
    from PySide6.QtCore import QDate, QTime

    from footholds.core.settings import SESSIONS_SECTION
    from footholds.core.store import Session
    from footholds.ui.settings.settings_window import SettingsWindow

    window = cast(SettingsWindow, ctx.windows.show("settings", section=SESSIONS_SECTION))
    editor = window.sessions
    assert editor.typed_words() == {}  # as it opens: nothing to keep
    day = QDate.currentDate().addDays(9)
    editor.first.setDate(day)
    editor.start.setTime(QTime(9, 30))
    editor.every.setCurrentIndex(editor.every.findData("2w"))
    editor.minutes.setValue(60)
    qt_quits(ctx)
    assert ctx.store.count(Session) == 0
    assert drafts.take(ctx.paths.drafts_file)["settings"] == {
        "sessions": {
            "day": day.toString("yyyy-MM-dd"),
            "time": "09:30",
            "every": "2w",
            "minutes": 60,
        }
    }

    again = cast(SettingsWindow, built_again(ctx, "settings"))
    assert again.tabs.currentWidget() is again.tabs.scroll_of(SESSIONS_SECTION)
    editor = again.sessions
    assert editor.first.date() == day and editor.start.time() == QTime(9, 30)
    assert editor.every.currentData() == "2w" and editor.minutes.value() == 60
    assert editor.kept.isVisibleTo(editor) and "not saved yet" in editor.kept.text()
    editor.add.click()
    [session] = ctx.store.all(Session)
    assert (session.day, session.time, session.every, session.minutes) == (
        day.toString("yyyy-MM-dd"),
        "09:30",
        "2w",
        60,
    )
    assert not editor.kept.isVisibleTo(editor) and again.draft() is None
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_a_session_put_back_as_it_opened_lets_its_line_go(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTime

    from footholds.ui.reflect.sessions_editor import SessionsEditor

    editor = SessionsEditor(ctx)
    qtbot.addWidget(editor)
    editor.bring_back({"time": "09:30"})
    assert editor.kept.isVisibleTo(editor)
    editor.start.setTime(QTime(17, 0))
    assert not editor.kept.isVisibleTo(editor) and editor.typed_words() == {}


def test_words_typed_in_settings_stay_through_a_new_language(ctx: AppContext, qtbot: QtBot) -> None:
    """Settings makes its pages again when the language changes (General): a feeling being
    typed in My lists, a number of one's own and a session being written were lost with the
    old pages. They go into the new ones as they were, with no line (never put away), and
    are kept at a quit before those pages are opened."""
    from PySide6.QtCore import QTime

    from footholds.core.settings import LISTS_SECTION, SAFETY_SECTION, SESSIONS_SECTION
    from footholds.ui.common import i18n
    from footholds.ui.settings.list_editors import ListEditor
    from footholds.ui.settings.settings_window import SettingsWindow

    window = cast(SettingsWindow, ctx.windows.show("settings"))
    feelings = cast(ListEditor, window.rows["lists.feelings"].editor)
    qtbot.keyClicks(feelings.new_text, "wobbly")
    qtbot.keyClicks(window.own_lines.number, "01632 960000")
    qtbot.keyClicks(window.suggestions.field, "Water the basil")
    qtbot.keyClicks(window.sessions.therapist, "Dr Okafor")
    window.sessions.start.setTime(QTime(9, 30))
    session = window.sessions.typed_words()
    window.tabs.show_page("General")
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        qtbot.waitUntil(lambda: window.windowTitle() != "Footholds settings")
        assert window.tabs.built() == ["General"]
        # not opened again yet: a quit keeps them all the same
        assert window.draft() == {
            "lists": {"lists.feelings": "wobbly"},
            "suggestion": {"new": "Water the basil"},
            "own-lines": {"number": "01632 960000"},
            "sessions": session,
        }
        window.tabs.show_page(LISTS_SECTION)
        feelings = cast(ListEditor, window.rows["lists.feelings"].editor)
        assert feelings.new_text.text() == "wobbly" and feelings.new_text.isModified()
        assert window.rows["lists.feelings"].error.message == ""  # no "not saved yet" line
        assert window.suggestions.field.text() == "Water the basil"
        assert window.suggestions.said.text() == ""
        window.tabs.show_page(SAFETY_SECTION)
        assert window.own_lines.number.text() == "01632 960000"
        assert not window.own_lines.kept.isVisibleTo(window.own_lines)
        window.tabs.show_page(SESSIONS_SECTION)
        assert window.sessions.therapist.text() == "Dr Okafor"
        assert window.sessions.start.time() == QTime(9, 30)
        assert not window.sessions.kept.isVisibleTo(window.sessions)
        assert window.draft() == {
            "lists": {"lists.feelings": "wobbly"},
            "suggestion": {"new": "Water the basil"},
            "own-lines": {"number": "01632 960000"},
            "sessions": session,
        }
        assert "wobbly" not in ctx.settings["lists.feelings"]  # nothing added for them
    finally:
        i18n.remove(ctx.app)


def test_a_routine_suggestion_typed_in_settings_comes_back_after_a_quit(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """Settings › My lists: a routine suggestion of one's own typed and not added was lost
    at a quit, and with a new language."""
    from footholds.core.settings import LISTS_SECTION
    from footholds.ui.settings.settings_window import SettingsWindow

    window = cast(SettingsWindow, ctx.windows.show("settings", section=LISTS_SECTION))
    qtbot.keyClicks(window.suggestions.field, "Water the basil")
    qt_quits(ctx)
    assert drafts.take(ctx.paths.drafts_file)["settings"] == {
        "suggestion": {"new": "Water the basil"}
    }
    again = cast(SettingsWindow, built_again(ctx, "settings"))
    assert again.tabs.currentWidget() is again.tabs.scroll_of(LISTS_SECTION)
    assert again.suggestions.field.text() == "Water the basil"
    assert "not saved yet" in again.suggestions.said.text()
    again.suggestions.add.click()
    assert "not saved yet" not in again.suggestions.said.text()
    assert again.draft() is None
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_words_brought_back_and_emptied_go_from_the_drafts_file_at_once(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The quick log and the proof list's editor: words brought back and then deleted by the
    person stayed in the drafts file until the next save or quit, so a crash before either
    gave back words the person had deleted. (A quit itself never did: it writes what the
    windows hold then.)"""
    from footholds.ui.journal.quick_log import QuickLogWindow
    from footholds.ui.proofs.proof_list import ProofListWindow

    log = cast(QuickLogWindow, ctx.windows.show("quick-log"))
    qtbot.keyClicks(log.form.note, "a heavy day")
    proofs = cast(ProofListWindow, ctx.windows.show("proof-list", add=True))
    qtbot.keyClicks(proofs.editor.text, "got up")
    qt_quits(ctx)
    assert set(drafts.take(ctx.paths.drafts_file)) == {"quick-log", "proof-list"}

    log = cast(QuickLogWindow, built_again(ctx, "quick-log"))
    ctx.windows.forget("proof-list")
    proofs = cast(ProofListWindow, ctx.windows.show("proof-list"))
    assert log.form.note.toPlainText() == "a heavy day"
    assert proofs.editor.text.toPlainText() == "got up"
    log.form.note.clear()
    qtbot.waitUntil(lambda: "quick-log" not in drafts.take(ctx.paths.drafts_file))
    assert "proof-list" in drafts.take(ctx.paths.drafts_file)  # still there, unsaved
    proofs.editor.text.clear()
    qtbot.waitUntil(lambda: not ctx.paths.drafts_file.exists())


def test_what_to_talk_about_comes_back_saying_it_is_not_saved(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check-in's "What I want to talk about" came back after a quit with no line saying
    it was not saved yet, unlike every other window; the line goes once it is saved."""
    from checkin_clock import checkin_on
    from footholds.core.store import Session
    from footholds.ui.reflect.checkin import CheckinWindow

    checkin_on(monkeypatch, NOW.date())
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    assert not window.note.kept.isVisibleTo(window)  # nothing brought back
    qtbot.keyClicks(window.talk, "ask about sleep")
    qt_quits(ctx)
    again = cast(CheckinWindow, built_again(ctx, "check-in"))
    assert again.talk.toPlainText() == "ask about sleep"
    assert again.note.kept.isVisibleTo(again) and "not saved yet" in again.note.kept.text()
    again.save_session.click()
    assert [s.talk_about for s in ctx.store.all(Session)] == ["ask about sleep"]
    assert not again.note.kept.isVisibleTo(again)


def test_the_check_ins_line_goes_when_its_words_are_emptied(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checkin_clock import checkin_on
    from footholds.ui.reflect.checkin import CheckinWindow

    checkin_on(monkeypatch, NOW.date())
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.keyClicks(window.talk, "ask about sleep")
    qt_quits(ctx)
    again = cast(CheckinWindow, built_again(ctx, "check-in"))
    assert "not saved yet" in again.note.kept.text()
    again.talk.clear()
    assert not again.note.kept.isVisibleTo(again)
    qtbot.waitUntil(lambda: "check-in" not in drafts.take(ctx.paths.drafts_file))
