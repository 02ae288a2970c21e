"""PHQ-9 and GAD-7, whenever the person wants: the published wording, one form at a time.

Nothing here is sent anywhere. The total is shown only when the person asks for it, worded as
a snapshot of the last two weeks, never a diagnosis. Any answer above "not at all" on the
question about being better off dead or hurting yourself calmly offers the safety plan and
Get help now, in the form as soon as it is given and again after saving: no alarm, no sound.
Get help now is also one click away on every page, as in every window where painful things
may be said.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from footholds.core import questionnaires as q
from footholds.core.store import QuestionnaireAnswers
from footholds.ui.common import buttons, i18n, tokens
from footholds.ui.common.calm import CalmWindow, fit_to_words, wrapped
from footholds.ui.common.components import Card, WindowHeader, label
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.operations import save_record
from footholds.ui.common.scrolling import bring_into_view, fit_whole_page, page_area, scrolling_page

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class FormPage(QWidget):
    """One questionnaire: the stem, each item with its four answers, and the closing question."""

    def __init__(self, form: q.Form, safety: SafetyCard | None = None) -> None:
        super().__init__()
        self.form = form
        self.groups: list[QButtonGroup] = []
        self.safety = safety
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(tokens.S)
        layout.addWidget(label(form.name, "heading"))
        layout.addWidget(wrapped(form.stem))
        for n, item in enumerate(form.items, 1):
            layout.addWidget(self._question(f"{n}. {item}", form.options))
            if safety is not None and n - 1 == form.safety_item:
                # right under the item it answers, so nothing above it moves when it shows,
                # and next in the Tab order
                safety.hide()
                layout.addWidget(safety)
                self.groups[-1].idToggled.connect(self._on_safety_item_toggled)
        layout.addWidget(self._question(form.difficulty, form.difficulty_options))
        layout.addStretch(1)

    def _on_safety_item_toggled(self, _value: int, on: bool) -> None:
        if not on or self.safety is None:
            return  # the answer being left; the one picked next says what to show
        offered = q.offers_safety(self.form.key, self.answers())
        if offered and self.safety.isHidden():
            self.safety.show()
            # the questions stay where they are; only if the card would land out of sight
            # (question 9 at the foot of the view) does the page scroll, just enough to show
            # it whole: its way to help matters more than keeping the question still
            bring_into_view(self.safety, margin=0)
        elif not offered:
            self.safety.hide()

    def _question(self, text: str, options: tuple[str, ...]) -> QWidget:
        box = Card()
        inner = box.body
        # tighter than a lone card's padding: nine of these are read one after another
        inner.setContentsMargins(tokens.S + tokens.EDGE, tokens.S, tokens.S, tokens.S)
        label = wrapped(text)
        inner.addWidget(label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(tokens.S)
        group = QButtonGroup(box)
        group.setExclusive(True)
        for value, option in enumerate(options):
            button = QRadioButton(option)
            button.setAccessibleName(option)
            button.setAccessibleDescription(text)
            group.addButton(button, value)
            grid.addWidget(button, 0, value)  # one row: the answers read as a scale
        inner.addLayout(grid)
        self.groups.append(group)
        return box

    def answers(self) -> list[int | None]:
        """The items' answers, None where none was picked."""
        picked = [g.checkedId() for g in self.groups[: len(self.form.items)]]
        return [None if p < 0 else p for p in picked]

    def difficulty(self) -> int | None:
        value = self.groups[-1].checkedId()
        return None if value < 0 else value

    def pick(self, answers: list[int | None], difficulty: int | None = None) -> None:
        """Set the answers (tests and a future edit use it)."""
        for group, value in zip(self.groups, [*answers, difficulty], strict=False):
            if value is not None:
                button = group.button(value)
                if button is not None:
                    button.setChecked(True)


class SafetyCard(Card):
    """The calm offer of the safety plan and Get help now, after an answer above "not at all"
    to the question about being better off dead or hurting yourself: no alarm, no sound. The
    same card in the form, as the answer is given, and after saving."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        # the window's words, kept in its translation context (where they always were)
        self.body.setSpacing(tokens.S)
        self.words = wrapped(
            QCoreApplication.translate(
                "QuestionnaireWindow",
                "Thank you for answering that question. If thoughts like these are with "
                "you, you don't have to hold them alone. Your safety plan and people who "
                "can help right now are one click away.",
            )
        )
        self.body.addWidget(self.words)
        self.open_plan = buttons.secondary(
            QCoreApplication.translate("QuestionnaireWindow", "Open my safety plan"),
            description=QCoreApplication.translate(
                "QuestionnaireWindow", "Your own steps for a hard moment, in your words."
            ),
        )
        self.open_help = buttons.secondary(
            QCoreApplication.translate("QuestionnaireWindow", "Get help now"),
            description=QCoreApplication.translate(
                "QuestionnaireWindow", "Crisis lines and the emergency number for your region."
            ),
        )
        row = QHBoxLayout()
        row.addWidget(self.open_plan)
        row.addWidget(self.open_help)
        row.addStretch(1)
        self.body.addLayout(row)
        self.open_plan.clicked.connect(lambda: ctx.windows.show("safety-plan"))
        self.open_help.clicked.connect(lambda: ctx.windows.show("help-now"))


WIDTH = 640
FORM_HEIGHT = 760  # room for several questions at once; the rest scroll


class QuestionnaireWindow(CalmWindow):
    """Choose a form, fill it in, then see what you want to see."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Questionnaires"))
        self.page: FormPage | None = None
        self.saved: QuestionnaireAnswers | None = None

        self.header = WindowHeader(
            self.tr("A questionnaire, if you want one"),
            self.tr(
                "Standard questions many therapists use between sessions. Fill one in whenever "
                "you like. Every answer may be left empty, and nothing is sent anywhere."
            ),
        )
        self.english_only = wrapped(
            self.tr(
                "These questionnaires are shown in English only: no validated translation "
                "is included, and their wording must stay exactly as published."
            )
        )
        bold = self.english_only.font()
        bold.setBold(True)
        self.english_only.setFont(bold)
        # shown in any interface language the forms have no validated translation for
        self.english_only.setVisible(self.interface_language() not in q.languages("phq9"))
        self.phq = buttons.secondary(
            self.tr("Mood (PHQ-9)"),
            self.tr("Fill in the PHQ-9, about mood"),
            self.tr("Nine questions about the last two weeks."),
        )
        self.gad = buttons.secondary(
            self.tr("Worry and anxiety (GAD-7)"),
            self.tr("Fill in the GAD-7, about worry and anxiety"),
            self.tr("Seven questions about the last two weeks."),
        )
        choose = QHBoxLayout()
        choose.addWidget(self.phq)
        choose.addWidget(self.gad)
        choose.addStretch(1)

        self.save = buttons.primary(
            self.tr("Save my answers"),
            description=self.tr("Keeps your answers on this computer."),
        )
        self.back = buttons.quiet(
            self.tr("Choose another"),
            description=self.tr("Go back to the two questionnaires."),
        )
        self.form_actions = QWidget()
        form_buttons = QHBoxLayout(self.form_actions)
        form_buttons.setContentsMargins(0, 0, 0, 0)
        form_buttons.addWidget(self.back)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save)
        filling = QWidget()
        self.form_host = QVBoxLayout(filling)
        self.form_host.setContentsMargins(0, 0, 0, 0)

        self.thanks = label(kind="heading")
        self.score_button = buttons.quiet(
            self.tr("Show my total"),
            description=self.tr("Only if you want to see it: a number for the last two weeks."),
        )
        self.score = wrapped(selectable=True)
        self.safety = SafetyCard(ctx)
        self.open_plan, self.open_help = self.safety.open_plan, self.safety.open_help
        self.again = buttons.quiet(
            self.tr("Fill in another"),
            description=self.tr("Go back to the two questionnaires."),
        )
        self.close_button = buttons.secondary(
            self.tr("Close"), description=self.tr("Close this window.")
        )
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(tokens.S)
        done_layout.addWidget(self.thanks)
        done_layout.addWidget(self.safety)
        done_layout.addWidget(self.score_button, 0, Qt.AlignmentFlag.AlignLeft)
        done_layout.addWidget(self.score)
        done_layout.addStretch(1)
        self.done_actions = QWidget()
        done_buttons = QHBoxLayout(self.done_actions)
        done_buttons.setContentsMargins(0, 0, 0, 0)
        done_buttons.addWidget(self.again)
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.close_button)

        start = QWidget()
        start_layout = QVBoxLayout(start)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addLayout(choose)
        start_layout.addStretch(1)
        self.pages = QStackedWidget()
        for page in (start, filling, done):
            self.pages.addWidget(page)

        self.credit = label(q.copyright_line(), "caption")
        # one click from every page, the questions included: some of them ask about painful
        # things (PRODUCT.md: Get help now from every window where something painful is said)
        self.help_link = HelpLink(ctx)
        # the shared page: the header and the shown page scroll in the window's column, the
        # scroll bar at the window's edge, and the page's buttons, the credit line and the
        # help link stay in view under it, ending where the questions end (the form had its
        # own scroll area inside the window's margin, its questions ending short of Save)
        column = scrolling_page(
            self, "", "", self.form_actions, self.done_actions, self.credit, self.help_link
        )
        column.addWidget(self.header)
        column.addWidget(self.english_only)
        column.addWidget(self.pages, 1)
        self.questions = page_area(self)
        self._on_page_shown()
        self.pages.currentChanged.connect(lambda _i: self._on_page_shown())

        self.phq.clicked.connect(lambda: self.start("phq9"))
        self.gad.clicked.connect(lambda: self.start("gad7"))
        self.save.clicked.connect(self._on_save_clicked)
        self.back.clicked.connect(self._on_back_clicked)
        self.again.clicked.connect(self._on_back_clicked)
        self.score_button.clicked.connect(self._on_score_clicked)
        self.close_button.clicked.connect(self.close)
        # it opens on two buttons: as tall as they and the words round them need, with no
        # empty band above the credit line (it opened 760 high); a form makes it taller
        fit_whole_page(self, WIDTH)

    def _on_page_shown(self) -> None:
        """Under the page, the buttons of the page shown; the page named for what it holds."""
        shown = self.pages.currentIndex()
        self.form_actions.setVisible(shown == 1)
        self.done_actions.setVisible(shown == 2)
        # each page is read from its top: the thanks after saving showed nothing at first,
        # the page still scrolled down to where the form's last question had been
        self.questions.verticalScrollBar().setValue(0)
        if self.page is not None:
            # off its page the form asks for no room: a stack's height for a width is its
            # tallest page's, and the short thanks after it scrolled as long as the form
            self.page.setVisible(shown == 1)
        if shown == 1:
            self.questions.setAccessibleName(self.tr("The questions"))
            self.questions.setAccessibleDescription(
                self.tr("Pick one answer for each question, or leave it empty.")
            )
        else:
            self.questions.setAccessibleName(self.windowTitle())
            self.questions.setAccessibleDescription(self.header.line.text())
        self._asks_for_shown_page()

    def _asks_for_shown_page(self) -> None:
        """The pages ask for room only while shown: a stack asks for its tallest page's."""
        shown = self.pages.currentWidget()
        for page in self.pages.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            policy = page.sizePolicy()
            policy.setVerticalPolicy(
                QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            )
            page.setSizePolicy(policy)
        self.pages.updateGeometry()

    def start(self, key: str) -> None:
        """Show a fresh form `key` (phq9 or gad7)."""
        if self.page is not None:
            self.form_host.removeWidget(self.page)
            self.page.deleteLater()
        form = q.form(key, self.interface_language())
        # the form offers help as soon as question 9 is answered, not only once it is saved:
        # closing the window must not be the way to miss it
        self.page = FormPage(form, SafetyCard(self.ctx) if form.safety_item is not None else None)
        self.form_host.addWidget(self.page)
        self.pages.setCurrentIndex(1)
        # room for the questions, never shorter than the person made it; they scroll
        fit_to_words(self, self.width(), FORM_HEIGHT, self.height())
        self.questions.verticalScrollBar().setValue(0)
        self.page.groups[0].buttons()[0].setFocus()

    def unsaved_work(self) -> bool:
        """Answering a form, not saved yet: a new language waits until it is done
        (shell/language_follow.py)."""
        return self.pages.currentIndex() == 1 and self.page is not None

    def interface_language(self) -> str:
        """The language the windows speak ("en" or "es"), as the setting resolves."""
        return i18n.resolve(str(self.ctx.settings["general.language"]))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves the answers, as it saves elsewhere; a focused button takes its own Enter
        # (buttons.Button), and an answer's round button lets the key come here
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.save.isVisible() and self.save.isEnabled():
            self.save.click()
            return
        super().keyPressEvent(event)

    def _on_save_clicked(self) -> None:
        page = self.page
        if page is None:
            return
        answers = page.answers()
        if all(a is None for a in answers):
            self.thanks.setText(self.tr("Nothing to save yet. Pick an answer, or close."))
            return
        record = QuestionnaireAnswers(
            form=page.form.key, answers=answers, difficulty=page.difficulty()
        )
        if save_record(self.ctx, record, self) is None:
            return
        self.saved = record
        self.thanks.setText(self.tr("Saved. Thank you for taking the time."))
        self.safety.setVisible(q.offers_safety(record.form, record.answers))
        self.score.clear()
        self.score.hide()
        self.score_button.show()
        self.pages.setCurrentIndex(2)
        # Save goes with the form: the keyboard stays on this page, at its first control
        # (Qt would pass it on to Get help now, under the page)
        first = self.open_plan if self.safety.isVisibleTo(self) else self.score_button
        first.setFocus()

    def _on_score_clicked(self) -> None:
        self.score.setText(self.score_text())
        self.score.show()
        self.score_button.hide()

    def score_text(self) -> str:
        """The total, in calm words, or why there is none."""
        record = self.saved
        if record is None:
            return ""
        total = q.score(record.answers)
        if total is None:
            return self.tr(
                "This one has no total: a total needs every question answered. Your answers "
                "are kept just as you gave them."
            )
        text = self.tr(
            "Your total is {total}, on a scale from 0 to {most}. It is a snapshot of how the "
            "last two weeks felt, not a diagnosis."
        ).format(total=total, most=q.MAX_SCORE[record.form])
        band = band_words(q.band(record.form, total))
        more = self.tr("On the published scale, that is in the range called “{band}”.")
        return f"{text} {more.format(band=band)}"

    def _on_back_clicked(self) -> None:
        self.thanks.clear()
        self.pages.setCurrentIndex(0)
        self.phq.setFocus()

    def present(self, **options: Any) -> None:
        form = options.get("form")
        if form in q.FORMS:
            self.start(str(form))
        super().present(**options)


def band_words(band: str) -> str:
    """The published band names, in the person's language."""
    from PySide6.QtCore import QCoreApplication

    words = {
        "minimal": QCoreApplication.translate("QuestionnaireWindow", "minimal"),
        "mild": QCoreApplication.translate("QuestionnaireWindow", "mild"),
        "moderate": QCoreApplication.translate("QuestionnaireWindow", "moderate"),
        "moderately severe": QCoreApplication.translate("QuestionnaireWindow", "moderately severe"),
        "severe": QCoreApplication.translate("QuestionnaireWindow", "severe"),
    }
    return words.get(band, band)
