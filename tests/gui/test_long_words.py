"""A person's own words, however long a run without spaces (a pasted web address, a key held
down), wrap inside their card: no window grows past its width and no button is pushed out of
reach, and lists wrap their rows in full instead of scrolling sideways or cutting with "…"."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core.store import (
    Affirmation,
    Goal,
    Medicine,
    Person,
    Proof,
    SafetyPlan,
    ThoughtLog,
)
from footholds.ui.common.breaks import breakable, ends_sentence, shortened, written
from footholds.ui.common.delegates import WrappingDelegate
from footholds.ui.common.own_words import TitleField, own_words
from footholds.ui.help.safety_plan_view import SafetyPlanView
from footholds.ui.journal.medication import MedicationWindow
from footholds.ui.proofs.affirmation import AffirmationWindow
from footholds.ui.proofs.proof_list import ProofListWindow
from footholds.ui.reflect.thought_log import ThoughtLogWindow
from footholds.ui.today.activity_plan import PlanActivityWindow
from footholds.ui.today.today import TodayWindow
from footholds.ui.tough_day.tough_day import ToughDayWindow
from support import person_day, text_of

PROOF = "Igotthroughthewholeafternoonwithoutgivingup" * 8
HELD = "d" * 400


def reachable(window: QWidget) -> None:
    """Every button shown is inside the window's width: none pushed off to the right."""
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            right = button.mapTo(window, QPoint(button.width(), 0)).x()
            assert right <= window.width(), button.text() or button.accessibleName()


def no_sideways_scroll(view: QAbstractItemView) -> None:
    assert view.horizontalScrollBar().maximum() == 0
    assert isinstance(view.itemDelegate(), WrappingDelegate)


def test_break_points_never_split_a_letter_and_can_be_taken_out() -> None:
    accented = "e\u0301" * 40  # an e and its accent, two code points drawn as one letter
    family = "\U0001f469\u200d\U0001f467" * 20  # a woman and a girl, joined
    for text in (accented, family, "x" * 95, "a short one", PROOF):
        shown = breakable(text)
        assert written(shown) == text
        for at, char in enumerate(shown):
            if char == "\u200b":
                assert shown[at + 1] not in "\u0301\u200d" and shown[at - 1] != "\u200d"
    assert "\u200b" in breakable("x" * 95) and breakable("a short one") == "a short one"
    assert shortened("a short one", 40) == "a short one"
    assert shortened("a short one", 7) == "a short…"  # no space left before the "…"
    assert shortened(family, 4) == "\U0001f469\u200d\U0001f467…"  # the pair kept whole
    assert shortened(accented, 3) == "e\u0301…"  # never an accent without its letter


def test_a_cut_start_ends_at_a_word_with_one_ellipsis() -> None:
    """Cut inside a word ("…at all, ev"), and "the" + "…" + the sentence's "." gave four
    dots: "by the…. You'll find it in Today"."""
    walk = "then sit on the bench by the river, and watch the water"
    assert shortened(walk, 31) == "then sit on the bench by the…"  # not "by the r…"
    assert shortened(walk, 37) == "then sit on the bench by the river…"  # the comma gives way
    assert shortened("one. two three", 6) == "one…"  # a full stop too: never ".…"
    assert shortened("wait… and then more", 7) == "wait…"  # never "……"
    assert shortened("W" * 50, 10) == "W" * 10 + "…"  # one long word: cut inside it
    assert ends_sentence("by the…") and ends_sentence("Call mum!")
    assert not ends_sentence("by the river")


def test_own_words_keep_the_text_as_written(qtbot: QtBot) -> None:
    label = own_words(PROOF, "heading")
    qtbot.addWidget(label)
    assert label.text() == PROOF  # as written, for the code and the screen reader
    assert label.accessibleName() == PROOF
    assert label.wordWrap() and label.minimumSizeHint().width() < 300
    named = own_words()
    qtbot.addWidget(named)
    named.setAccessibleName("Your thought")
    named.setText(HELD)
    assert named.accessibleName() == "Your thought"  # a name the window gave is kept


def test_copying_selected_words_gives_them_as_written(qtbot: QtBot) -> None:
    """The break points are for showing only: a web address copied with them in it no
    longer works when pasted."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    address = "https://example.org/" + "averylongpathwithoutspaces" * 3  # no hyphen to break at
    label = own_words(address, selectable=True)
    qtbot.addWidget(label)
    label.show()
    label.setSelection(0, len(breakable(address)))
    assert "\u200b" in label.selectedText()
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == address


def test_a_long_proof_on_a_tough_day_stays_in_the_window(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(day=person_day(), text=PROOF))
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    assert window.proofs.words.text() == PROOF
    assert window.minimumSizeHint().width() < 700
    qtbot.waitUntil(lambda: window.width() < 700)
    reachable(window)


def test_a_long_affirmation_of_ones_own_fits_the_window(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Affirmation(text="Iamallowedtotakeuproomintheworld" * 11))
    window = cast(AffirmationWindow, ctx.windows.show("affirmation"))
    qtbot.waitExposed(window)
    assert window.words.text().startswith("Iamallowed")
    assert window.minimumSizeHint().width() < 700
    assert window.words.property("type") == "heading"  # a step smaller, above the buttons
    reachable(window)


def test_a_long_goal_and_step_leave_today_s_buttons_in_reach(ctx: AppContext, qtbot: QtBot) -> None:
    goal = Goal(title="a" * 300, steps=[{"id": "s1", "text": "b" * 300}])
    ctx.store.add(goal)
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.resize(560, 760)
    today.refresh()
    assert today.minimumSizeHint().width() < 600
    card = today.goals.cards[goal.id]
    qtbot.waitUntil(lambda: card.steps.height() > 4 * card.fontMetrics().height())
    no_sideways_scroll(card.steps)
    reachable(today)


def test_a_long_step_wraps_in_full_and_a_long_title_ends_in_one_ellipsis(
    ctx: AppContext, qtbot: QtBot
) -> None:
    step = "Put the cups from the desk in the sink, and then this step should wrap onto a second"
    goal = Goal(title="Went to the shop on my own " * 6, steps=[{"id": "s1", "text": step}])
    ctx.store.add(goal)
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.resize(460, 760)
    card = today.goals.cards[goal.id]
    lines = card.steps.fontMetrics().height()
    qtbot.waitUntil(lambda: card.steps.sizeHintForRow(0) > 1.5 * lines)
    title = card.title
    assert isinstance(title, TitleField)
    card.new_step.setFocus()
    assert title.shown().endswith("…") and title.shown().count("…") == 1
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    assert title.shown() == title.text()  # the whole title while it is being changed


def test_a_long_thought_stays_in_its_card_and_past_rows_wrap_once(
    ctx: AppContext, qtbot: QtBot
) -> None:
    log = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    log.show()
    qtbot.waitExposed(log)
    width = log.width()
    log.pages.thought.setPlainText(HELD + " and then it all felt like too much.")
    for _ in range(6):
        log.next.click()
    assert log.quote_text.text().startswith(HELD)
    assert log.minimumSizeHint().width() <= width
    reachable(log)
    kinder = "It was a small thing and I counted it as a failure, which it was not at all " * 3
    ctx.store.add(ThoughtLog(thought=HELD, balanced=kinder))
    log.refresh_past()
    row = log.past.item(0).text()
    assert row.count("…") == 1 and "  " not in row  # cut once, by the app, with even gaps
    no_sideways_scroll(log.past)
    lines = log.past.fontMetrics().height()
    assert log.past.sizeHintForRow(0) > 2.5 * lines  # the day, then the words wrapped in full


def test_a_long_own_activity_wraps_in_the_list(ctx: AppContext, qtbot: QtBot) -> None:
    activation.add_own(ctx.store, "g" * 130, activation.ACTIVITY_KINDS[0])
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    no_sideways_scroll(plan.ideas)
    tall = max(plan.ideas.sizeHintForRow(row) for row in range(plan.ideas.count()))
    assert tall > 1.5 * plan.ideas.fontMetrics().height()
    reachable(plan)
    # stood in from the edge by the delegate, every line, not by leading spaces (a wrapped
    # second line came back to the edge); the row's words are the activity as written
    from footholds.ui.common.calm import INDENT_ROLE

    own = next(
        plan.ideas.item(r) for r in range(plan.ideas.count()) if "ggg" in plan.ideas.item(r).text()
    )
    assert own.text() == "g" * 130 and own.data(INDENT_ROLE) > 0


def test_a_long_dose_wraps_in_the_medicine_list(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Medicine(name="Sertraline", dose="fifty" * 20))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    assert isinstance(window.list, QListWidget)
    no_sideways_scroll(window.list)
    assert window.list.sizeHintForRow(0) > 1.5 * window.list.fontMetrics().height()
    reachable(window)


def test_long_words_about_a_person_wrap_in_reach_out(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Person(name="Sam" * 20, how="https://" + "w" * 120, note=HELD, message="m" * 200))
    window = ctx.windows.show("reach-out")
    assert window is not None
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() < 700
    reachable(window)


def test_a_long_safety_plan_section_wraps_where_it_is_shown(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(SafetyPlan(sections={"sp-professionals": "https://" + "q" * 300}))
    view = SafetyPlanView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    assert any(text_of(part).startswith("https://qq") for part in view.parts)
    assert view.minimumSizeHint().width() < 500


def test_a_long_proof_wraps_in_the_proof_list(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Proof(day=person_day(), text=PROOF))
    window = cast(ProofListWindow, ctx.windows.show("proof-list"))
    qtbot.waitExposed(window)
    window.show_random()
    assert window.shown.text.text() == PROOF
    assert window.minimumSizeHint().width() < 700
    assert window.list.horizontalScrollBar().maximum() == 0
    reachable(window)


def test_a_long_name_with_a_session_wraps_in_my_sessions(ctx: AppContext, qtbot: QtBot) -> None:
    """A pasted address in "With" made the whole settings page wider than its window: a
    sideways scroll bar, "Add session" cut to "Add" and "Remove" past the right edge."""
    from PySide6.QtWidgets import QLabel

    from footholds.core.settings import SESSIONS_SECTION
    from footholds.core.store import Session
    from footholds.ui.settings.settings_window import SettingsWindow

    ctx.store.add(Session(day="2026-12-01", time="17:00", therapist="W" * 100))  # the most
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.waitExposed(window)
    window.present(SESSIONS_SECTION)
    [row] = window.sessions.rows
    label = row.findChild(QLabel)
    assert label is not None and written(label.accessibleName()).endswith("W" * 100)
    assert row.minimumSizeHint().width() < 400
    assert window.minimumSizeHint().width() < 800
    qtbot.waitUntil(lambda: window.sessions.width() <= window.width())
    reachable(window)


def test_a_long_word_in_a_note_wraps_in_its_journal_card(ctx: AppContext, qtbot: QtBot) -> None:
    """Drawn whole on one line, a long run was cut at the card's right edge."""
    from datetime import datetime

    from footholds.core.store import LogEntry
    from footholds.ui.journal.journal import JournalWindow

    entry = ctx.store.add(LogEntry(at=datetime.now().astimezone(), note="W" * 300 + " end"))
    window = cast(JournalWindow, ctx.windows.show("journal"))
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.row_of(entry.id) >= 0)
    row = window.model.row_of(entry.id)
    lines = window.view.fontMetrics().height()
    qtbot.waitUntil(lambda: window.view.sizeHintForRow(row) > 6 * lines)  # W by W, in full
    assert window.view.horizontalScrollBar().maximum() == 0
    index = window.model.index(row)
    assert written(window.model.data(index)).endswith("W" * 300 + " end")  # read as written
    assert "\u200b" not in window.model.data(index)
