"""Medication and questionnaires in the app: off by default, the Today tick and the two-weekly
offer, the questionnaire window (score only on request, question 9 calmly offering help), the
medicines editor, and the summary window's two ticks."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta
from typing import cast
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core import checkin, medication
from footholds.core.store import MedicationTaken, Medicine, QuestionnaireAnswers
from footholds.render.paper import pdf_bytes, wording
from footholds.ui.common import tokens
from footholds.ui.common.limits import field_limit
from footholds.ui.common.said_under import limit_said
from footholds.ui.journal.medication import MedicationWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.questionnaire import QuestionnaireWindow, SafetyCard
from footholds.ui.today.today import TodayWindow
from support import present

LONDON = ZoneInfo("Europe/London")
NOON = datetime(2026, 12, 3, 12, 0, tzinfo=LONDON)


def test_off_by_default_nothing_shows_in_today(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(window)
    assert not window.checkins.isVisible()
    assert not window.checkins.taken.isVisible()


def test_the_medication_tick_saves_and_unticks(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("medication.enabled", True)
    window = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(window)
    box = window.checkins.taken
    assert box.isVisible() and not box.isChecked()
    box.click()
    assert medication.taken_on(ctx.store, window.today()) is not None
    box.click()
    assert ctx.store.all(MedicationTaken) == []


def test_the_two_weekly_offer_shows_once_then_waits(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("questionnaires.enabled", True)
    window = cast(TodayWindow, ctx.windows.get("today"))
    window.checkins.clock = lambda: NOON
    window.show()
    qtbot.waitExposed(window)
    window.refresh()
    assert window.checkins.offer_row.isVisible()
    assert ctx.settings["questionnaires.last_offered"].startswith("2026-12-03")
    # later the same day it stays; the next day and for two weeks it does not come back
    window.checkins.clock = lambda: NOON + timedelta(hours=3)
    window.refresh()
    assert window.checkins.offer_row.isVisible()
    for days in (1, 7, 13):
        # mypy cannot infer a lambda whose argument has a default
        window.checkins.clock = lambda d=days: NOON + timedelta(days=d)  # type: ignore[misc]
        window.refresh()
        assert not window.checkins.offer_row.isVisible(), days
    window.checkins.clock = lambda: NOON + timedelta(days=14)
    window.refresh()
    assert window.checkins.offer_row.isVisible()


def test_a_form_filled_in_lately_means_no_offer(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("questionnaires.enabled", True)
    ctx.store.add(QuestionnaireAnswers(at=NOON - timedelta(days=3), form="gad7", answers=[0] * 7))
    window = cast(TodayWindow, ctx.windows.get("today"))
    window.checkins.clock = lambda: NOON
    window.show()
    window.refresh()
    assert not window.checkins.offer_row.isVisible()
    assert ctx.settings["questionnaires.last_offered"] == ""


@pytest.fixture
def form_window(ctx: AppContext, qtbot: QtBot) -> QuestionnaireWindow:
    window = cast(QuestionnaireWindow, ctx.windows.show("questionnaire"))
    qtbot.waitExposed(window)
    return window


def test_it_opens_as_tall_as_its_first_page_and_grows_for_a_form(
    form_window: QuestionnaireWindow,
) -> None:
    """Two buttons and the words round them: no empty band above the credit line (it opened
    760 high, some 550 of them empty); the questions get their room once a form starts."""
    window = form_window
    choose = window.gad.mapTo(window, QPoint(0, window.gad.height())).y()
    link = window.help_link.mapTo(window, QPoint(0, 0)).y()
    assert link - choose < 120, (choose, link, window.height())
    # nor a band of some 40 pixels: the credit line, wrapping, was counted three lines tall
    credit = window.credit.mapTo(window, QPoint(0, 0)).y()
    assert credit - choose <= tokens.WINDOW[3] + tokens.S, (choose, credit)
    opened = window.height()
    window.start("phq9")
    assert window.height() > opened + 200
    window.start("gad7")  # never shrinks under the person
    assert window.height() >= opened + 200


def test_the_score_shows_only_when_asked(ctx: AppContext, form_window: QuestionnaireWindow) -> None:
    form_window.start("phq9")
    assert form_window.page is not None
    form_window.page.pick([1, 1, 2, 0, 0, 1, 0, 0, 0], difficulty=1)
    form_window.save.click()
    saved = ctx.store.all(QuestionnaireAnswers)
    assert [r.answers for r in saved] == [[1, 1, 2, 0, 0, 1, 0, 0, 0]]
    assert saved[0].difficulty == 1
    assert not form_window.score.isVisible() and form_window.score_button.isVisible()
    assert not form_window.safety.isVisible()
    form_window.score_button.click()
    text = form_window.score.text()
    assert "Your total is 5, on a scale from 0 to 27" in text
    assert "snapshot" in text and "not a diagnosis" in text and "“mild”" in text


@pytest.mark.parametrize(("answer", "offered"), [(0, False), (1, True), (2, True), (3, True)])
def test_question_nine_calmly_offers_the_plan_and_help(
    ctx: AppContext, form_window: QuestionnaireWindow, answer: int, offered: bool
) -> None:
    form_window.start("phq9")
    assert form_window.page is not None
    form_window.page.pick([*[0] * 8, answer])  # a list of int | None, as pick takes
    form_window.save.click()
    assert form_window.safety.isVisible() is offered
    if offered:
        form_window.open_plan.click()
        assert ctx.windows.is_visible("safety-plan")
        form_window.open_help.click()
        assert ctx.windows.is_visible("help-now")


def test_get_help_now_is_one_click_away_while_the_questions_are_on_screen(
    ctx: AppContext, form_window: QuestionnaireWindow
) -> None:
    for key in ("phq9", "gad7"):
        form_window.start(key)
        assert form_window.questions.isVisible() and form_window.help_link.isVisible()
    form_window.help_link.button.click()
    assert ctx.windows.is_visible("help-now")


def in_form_card(window: QuestionnaireWindow) -> SafetyCard:
    assert window.page is not None and isinstance(window.page.safety, SafetyCard)
    return window.page.safety


def test_question_nine_offers_help_in_the_form_as_it_is_answered(
    ctx: AppContext, qtbot: QtBot, form_window: QuestionnaireWindow
) -> None:
    form_window.start("phq9")
    page = form_window.page
    assert page is not None
    card = in_form_card(form_window)
    assert not card.isVisible()
    page.pick([1, 2, 0, 0, 1, 0, 0, 0])  # eight answers: nothing yet
    assert not card.isVisible()
    item_nine = page.groups[8]
    above = [page.groups[n].buttons()[0] for n in range(9)]
    settle(qtbot, form_window)  # laid out
    where = [b.mapTo(page, b.rect().topLeft()) for b in above]
    item_nine.button(2).click()  # "More than half the days"
    # at once, and without saving: closing now still leaves it seen
    assert card.isVisible() and form_window.pages.currentIndex() == 1
    settle(qtbot, form_window)
    # under question 9: question 9 and every question above it stay where they were
    assert [b.mapTo(page, b.rect().topLeft()) for b in above] == where
    assert card.geometry().top() > item_nine.button(2).mapTo(page, QPoint(0, 0)).y()
    card.open_plan.click()
    assert ctx.windows.is_visible("safety-plan")
    card.open_help.click()
    assert ctx.windows.is_visible("help-now")
    # the same card the page after saving shows, with the same words
    words = [w.text() for w in card.findChildren(QLabel)]
    assert words == [w.text() for w in form_window.safety.findChildren(QLabel)]
    assert words[0].startswith("Thank you for answering that question.")
    item_nine.button(1).click()
    assert card.isVisible()  # still above "Not at all": it stays
    item_nine.button(0).click()
    assert not card.isVisible()  # set back to "Not at all": it may go
    item_nine.button(3).click()
    assert card.isVisible()


def test_at_the_foot_of_the_form_the_card_shows_whole_and_question_nine_stays_in_sight(
    qtbot: QtBot, form_window: QuestionnaireWindow
) -> None:
    form_window.start("phq9")
    page = form_window.page
    assert page is not None
    view = form_window.questions
    settle(qtbot, form_window)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled down to answer the last questions
    nine = page.groups[8].button(1)
    nine.click()
    settle(qtbot, form_window)
    card = in_form_card(form_window)
    top = card.mapTo(view.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + card.height() <= view.viewport().height()  # its buttons too
    at = nine.mapTo(view.viewport(), QPoint(0, 0)).y()
    assert at >= 0 and at + nine.height() <= view.viewport().height()  # the answer still seen


@pytest.mark.parametrize("nine", [0, 1])
def test_saved_from_the_foot_of_the_form_the_thanks_shows_from_its_top(
    qtbot: QtBot, form_window: QuestionnaireWindow, nine: int
) -> None:
    """The form and the thanks after it share the window's page: saved with the page
    scrolled down to the last question, the thanks showed nothing at first, the page still as
    long as the form, and the keyboard went on to Get help now under the page."""
    form_window.start("phq9")
    page = form_window.page
    assert page is not None
    bar = form_window.questions.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    page.pick([*[0] * 8, nine], difficulty=0)
    form_window.save.click()
    view = form_window.questions.viewport()

    def read_from_the_top() -> None:
        assert not bar.isVisible()  # the short page fits: it scrolled as long as the form
        assert bar.value() == 0
        assert form_window.thanks.mapTo(view, QPoint(0, 0)).y() >= 0
        first = form_window.open_plan if nine else form_window.score_button
        assert first.mapTo(view, QPoint(0, first.height())).y() <= view.height()

    qtbot.waitUntil(read_from_the_top)
    first = form_window.open_plan if nine else form_window.score_button
    assert first.hasFocus()


def test_the_worry_form_has_no_such_card(form_window: QuestionnaireWindow) -> None:
    form_window.start("gad7")
    assert form_window.page is not None and form_window.page.safety is None
    form_window.page.pick([3] * 7)
    assert not any(isinstance(w, SafetyCard) and w.isVisible() for w in form_window.page.children())


def test_a_partly_answered_form_is_kept_without_a_total(
    ctx: AppContext, form_window: QuestionnaireWindow
) -> None:
    form_window.start("gad7")
    assert form_window.page is not None
    form_window.page.pick([2, None, 1])
    form_window.save.click()
    assert ctx.store.all(QuestionnaireAnswers)[0].answers == [2, None, 1, None, None, None, None]
    form_window.score_button.click()
    assert "no total" in form_window.score.text()


def test_nothing_picked_saves_nothing(ctx: AppContext, form_window: QuestionnaireWindow) -> None:
    form_window.start("gad7")
    form_window.save.click()
    assert ctx.store.all(QuestionnaireAnswers) == []
    assert form_window.pages.currentIndex() == 1


def test_the_published_wording_and_copyright_are_on_screen(
    form_window: QuestionnaireWindow,
) -> None:
    from PySide6.QtWidgets import QLabel

    form_window.start("phq9")
    texts = [label.text() for label in form_window.findChildren(QLabel)]
    assert "9. Thoughts that you would be better off dead or of hurting yourself in some way" in (
        texts
    )
    assert any(t.startswith("Developed by Drs. Robert L. Spitzer") for t in texts)
    assert not form_window.english_only.isVisible()  # English interface: nothing to say


def test_medicines_editor_adds_notes_a_change_and_removes_with_undo(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    window.name.setText("Sertraline")
    window.dose.setText("50 mg")
    window.add.click()
    assert [(m.name, m.dose) for m in ctx.store.all(Medicine)] == [("Sertraline", "50 mg")]
    window.list.setCurrentRow(0)
    window.change_dose.setText("100 mg")
    window.add_change.click()
    changes = ctx.store.all(Medicine)[0].changes
    assert [c["dose"] for c in changes] == ["100 mg"]
    window.remove.click()
    assert said_yes == ["Remove “Sertraline” from your medicines?"]
    assert ctx.store.all(Medicine) == []
    window.undo_bar.button.click()
    assert [m.name for m in ctx.store.all(Medicine)] == ["Sertraline"]


def test_a_dose_change_in_the_small_hours_starts_on_the_persons_today(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:30 on Sunday, the day starting at 4, the change's day offered is Saturday, the
    day the medication tick counts now, not the calendar's Sunday."""
    ctx.settings.set("day.start_hour", 4)
    night = datetime(2026, 3, 15, 0, 30).astimezone()
    monkeypatch.setattr("footholds.core.days.now_local", lambda: night)
    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    window.list.setCurrentRow(0)
    window.change_dose.setText("100 mg")
    window.add_change.click()
    [change] = ctx.store.all(Medicine)[0].changes
    assert change["day"] == "2026-03-14"


def test_an_empty_name_is_explained_and_nothing_saved(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    window.add.click()
    assert ctx.store.all(Medicine) == [] and "name" in window.added.text()  # beside Add


def test_summary_ticks_are_off_by_default_and_hidden_while_off(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitExposed(window)
    assert not window.extras.medication.isVisible()
    ctx.settings.set("medication.enabled", True)
    ctx.settings.set("questionnaires.enabled", True)
    assert window.extras.medication.isVisible() and window.extras.questionnaires.isVisible()
    assert not window.extras.medication.isChecked()
    assert not window.extras.questionnaires.isChecked()
    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    report = window.report()
    assert report.extras is None
    window.extras.medication.setChecked(True)
    assert window.report().extras is not None


def test_pdf_carries_the_new_sections_only_when_ticked(ctx: AppContext) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    day = date(2026, 12, 1)
    at = datetime(2026, 12, 1, 10, tzinfo=LONDON)
    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    ctx.store.add(QuestionnaireAnswers(at=at, form="phq9", answers=[1] * 9))

    def text(meds: bool, forms: bool) -> str:
        report = checkin.gather(
            ctx.store, day - timedelta(days=3), day + timedelta(days=1), made=day, tz=LONDON,
            include_medication=meds, include_questionnaires=forms,
        )  # fmt: skip
        data, _pages = pdf_bytes(report, words=wording())
        raw = subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode()
        return " ".join(unicodedata.normalize("NFKC", raw).split())

    both = text(True, True)
    assert "Sertraline: 50 mg" in both
    assert "PHQ-9 on Tue 1 Dec: 9 (scale 0 to 27)" in both
    assert "Little interest or pleasure in doing things: Several days (1)" in both
    neither = text(False, False)
    assert "Sertraline" not in neither and "PHQ-9" not in neither


def test_in_spanish_the_forms_stay_english_and_say_so(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.reflect.questionnaire import QuestionnaireWindow

    ctx.settings.set("general.language", "es")
    window = QuestionnaireWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.english_only.isVisible()
    window.start("gad7")
    assert present(window.page).form.language == "en"
    assert present(window.page).form.items[0] == "Feeling nervous, anxious or on edge"


def test_the_dose_change_form_shows_only_once_there_is_a_medicine(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str]
) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    assert not window.change_dose.isVisible() and not window.add_change.isVisible()
    assert window.empty.isVisible() and window.name.isVisible()
    window.name.setText("Sertraline")
    window.add.click()
    assert window.change_dose.isVisible() and window.add_change.isVisible()
    assert not window.empty.isVisible()
    window.remove.click()
    assert not window.change_dose.isVisible()


def test_my_medicines_has_the_header_every_window_has(ctx: AppContext, qtbot: QtBot) -> None:
    from footholds.ui.common.components import WindowHeader

    window = cast(MedicationWindow, ctx.windows.show("medication"))
    assert isinstance(window.header, WindowHeader)
    assert window.header.title.text() == "My medicines" and window.header.line.isVisibleTo(window)


def test_enter_in_either_field_adds_the_medicine(ctx: AppContext, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.name, "Sertraline")
    qtbot.keyClicks(window.dose, "50 mg")
    qtbot.keyClick(window.dose, Qt.Key.Key_Return)
    assert [(m.name, m.dose) for m in ctx.store.all(Medicine)] == [("Sertraline", "50 mg")]


def test_a_long_dose_is_held_to_what_is_kept_and_the_window_says_so(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    dose = (
        "50 mg in the morning with breakfast, and 25 mg more in the evening if the doctor says so"
    )
    qtbot.keyClicks(window.dose, dose + " at the next review, in March")
    assert field_limit(window.dose) == Medicine.DOSE_LIMIT
    assert len(window.dose.text()) == Medicine.DOSE_LIMIT
    said = limit_said(window.dose)  # just under the field it speaks of
    assert said is not None and said.text() == f"Up to {Medicine.DOSE_LIMIT} characters fit here."
    window.name.setText("Sertraline")
    held = window.dose.text()
    window.add.click()  # all that the field held is kept: nothing refused after the fact
    assert ctx.store.all(Medicine)[0].dose == held
    for field, limit in (
        (window.name, Medicine.NAME_LIMIT),
        (window.change_dose, Medicine.DOSE_LIMIT),
        (window.change_note, Medicine.NOTE_LIMIT),
    ):
        assert field_limit(field) == limit


def test_with_no_medicine_the_empty_state_holds_the_place_and_the_form_stays_put(
    ctx: AppContext, qtbot: QtBot
) -> None:
    from footholds.ui.common.components import EmptyState

    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    assert isinstance(window.empty, EmptyState) and window.empty.isVisible()
    assert not window.list.isVisible()  # no blank box above the line
    settle(qtbot, window)
    name_at = window.name.mapTo(window, window.name.rect().topLeft())
    window.name.setText("Sertraline")
    window.add.click()
    settle(qtbot, window)
    assert window.list.isVisible() and not window.empty.isVisible()
    assert window.added.text() == "Added."  # beside Add medicine
    # the Name field keeps its place: neither pushed right by the dose-change labels nor
    # up by the words under the button
    assert window.name.mapTo(window, window.name.rect().topLeft()) == name_at


def test_at_its_least_width_the_header_line_shows_whole(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    window.resize(300, 200)  # as narrow and as short as the person can make it
    settle(qtbot, window)
    window.resize(300, 200)
    settle(qtbot, window)
    # no narrower than a field's limit needs (said_under.window_needs), and not much wider
    assert window.width() == window.minimumWidth() <= 400
    line = window.header.line
    assert line.height() >= line.heightForWidth(line.width())


def test_enter_on_an_answer_saves_the_answers(
    ctx: AppContext, form_window: QuestionnaireWindow, qtbot: QtBot
) -> None:
    """Enter did nothing in the questionnaire, though it saves elsewhere."""
    from PySide6.QtCore import Qt

    from footholds.core.store import QuestionnaireAnswers

    form_window.start("phq9")
    assert form_window.page is not None
    form_window.page.pick([1, 1, 2, 0, 0, 1, 0, 0, 0], difficulty=1)
    answer = form_window.page.groups[0].checkedButton()
    assert answer is not None
    answer.setFocus()
    qtbot.keyClick(answer, Qt.Key.Key_Return)
    assert [a.form for a in ctx.store.all(QuestionnaireAnswers)] == ["phq9"]


def test_remove_acts_only_on_a_medicine_shown_selected(ctx: AppContext, qtbot: QtBot) -> None:
    """Reopened, the list takes the focus and its first row becomes current unselected:
    Remove waits for a medicine the person chose (it asked about Sertraline before)."""
    from PySide6.QtCore import QItemSelectionModel

    ctx.store.add(Medicine(name="Sertraline", dose="50 mg"))
    ctx.store.add(Medicine(name="Melatonin"))
    window = cast(MedicationWindow, ctx.windows.show("medication"))
    qtbot.waitExposed(window)
    first = window.list.model().index(0, 0)
    # as the list's focus-in does: current, and not selected
    window.list.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    assert window.list.currentRow() == 0 and not window.list.selectedItems()
    assert window.chosen() is None
    assert not window.remove.isEnabled() and not window.add_change.isEnabled()
    window.remove.click()  # nothing is asked (the fixture fails any question)
    window.list.setCurrentRow(1)  # chosen: shown selected
    assert window.list.item(1).isSelected()
    chosen = window.chosen()
    assert chosen is not None and chosen.name == "Melatonin"
    assert window.remove.isEnabled() and window.add_change.isEnabled()
