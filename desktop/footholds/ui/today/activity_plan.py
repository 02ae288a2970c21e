"""Plan something small: one activity for later today or tomorrow, from the person's own list
first, then a few built-in ideas; or written in their own words, which joins their list."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
)

from footholds.core import activation, days
from footholds.core.store import Activity, InvalidEntry, StoreWriteError
from footholds.core.store.models import now_local
from footholds.core.unsaved_words import held
from footholds.ui.common import buttons, i18n, kept_words, tokens
from footholds.ui.common.calm import INDENT_ROLE, CalmWindow, language
from footholds.ui.common.components import WindowHeader, window_margins
from footholds.ui.common.delegates import WrappingDelegate
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.limits import limited_under, room_under
from footholds.ui.common.time_field import refused, typed_after_click
from footholds.ui.common.wheel import wheel_after_click
from footholds.ui.today.own_activities import IDEA_ROLE, OwnActivities
from footholds.ui.today.plan_message import PlanMessage, kind_names, pick_words

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

LOOK_AGAIN_MS = 30_000  # while open, the time chosen may pass: the line under it follows
OFFERED = time(18, 0)  # the time first offered, while it is still ahead
NAME = "plan-activity"  # its name among the windows, and its drafts'


class PlanActivityWindow(CalmWindow):
    """Choose one thing, choose when; "Plan it". Nothing has to be filled in but the thing."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.clock = now_local  # tests put a fixed clock here
        self.source = "tray"  # where the plan was made from; Today and the quick log say so
        self.setWindowTitle(self.tr("Plan something small"))
        self.resize(460, 600)
        self.setMinimumWidth(380)
        header = WindowHeader(
            self.tr("Plan something small"),
            self.tr(
                "One small thing for later today or tomorrow. If it doesn't happen, that's "
                "fine: it simply goes away at the end of the day."
            ),
        )
        self.ideas = QListWidget()
        self._offered = -1  # the row of the idea it opens on, picked (refresh)
        # their own words added to the list by a press whose plan did not go through, with
        # the idea they became: the next press plans that one, never adds it again
        self._own_added: tuple[tuple[str, str], activation.Idea] | None = None
        self._held: StoreWriteError | None = None  # the refusal that held this press's save
        # an idea of their own, however long, wraps in the list instead of scrolling sideways
        self.ideas.setItemDelegate(WrappingDelegate(self.ideas))
        self.ideas.setAccessibleName(self.tr("Things to choose from"))
        self.ideas.setAccessibleDescription(
            self.tr("Your own first in each kind, then a few ideas. Pick one.")
        )
        # their own ideas' Change the words… and Remove under the list, its Undo strip, F2,
        # Delete, the menu
        self.own_ideas = OwnActivities(self)
        self.remove_own, self.undo = self.own_ideas.button, self.own_ideas.undo
        self.own = QLineEdit()
        # holds what the store keeps, and says so just under itself until the person is back
        # under it (beside Plan it, the words faded while the field was still full)
        limited_under(self.own, Activity.TEXT_LIMIT)
        self.own.setPlaceholderText(self.tr("Or write your own"))
        self.own.setAccessibleName(self.tr("Something of your own"))
        self.own.setAccessibleDescription(
            self.tr("Written here, it is kept in your list for next time.")
        )
        self.own_kind = wheel_after_click(QComboBox())
        self.own_kind.setAccessibleName(self.tr("Kind"))
        self.own_kind.setAccessibleDescription(self.tr("Which kind your own idea is."))
        for kind, name in kind_names().items():
            self.own_kind.addItem(name, kind)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.own_kind)

        self.when = wheel_after_click(QComboBox())
        self.when.addItem(self.tr("Later today"), 0)
        self.when.addItem(self.tr("Tomorrow"), 1)
        self.when.setAccessibleName(self.tr("When"))
        self.when.setAccessibleDescription(self.tr("Later today, or tomorrow."))
        self.at_time = QCheckBox(self.tr("At a time"))
        self.at_time.setAccessibleName(self.tr("At a time"))
        self.at_time.setAccessibleDescription(
            self.tr("Tick to choose a time; otherwise any time that day.")
        )
        self.time = typed_after_click(QTimeEdit(QTime(18, 0)))
        self.time.setDisplayFormat("HH:mm")
        self.time.setEnabled(False)
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setAccessibleDescription(self.tr("Roughly when you would like to do it."))
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.at_time)
        when_row.addWidget(self.time)
        when_row.addStretch(1)
        # under the time, before "Plan it": a time already gone today means the nudge comes
        # right away (core/activation.py), and the person is told so while they choose
        self.passed = StatusLine(self._passed_words())
        self.nudge = QCheckBox(self.tr("A gentle nudge at that time"))
        self.nudge.setEnabled(False)
        self.nudge.setAccessibleName(self.tr("A gentle nudge at that time"))
        self.nudge.setAccessibleDescription(
            self.tr("It comes gently at that time, even in quiet hours. A pause holds it back.")
        )

        self.message = PlanMessage()  # what a press did, in room kept for it (plan_message.py)
        self.said = self.message.line
        self.plan = buttons.primary(self.tr("Plan it"))
        self.plan.setAccessibleName(self.tr("Plan it"))
        self.plan.setAccessibleDescription(self.tr("Puts it in Today for the day you chose."))
        bottom = QHBoxLayout()
        bottom.addWidget(self.said, 1)
        bottom.addWidget(self.plan)

        layout = QVBoxLayout(self)
        window_margins(layout)
        layout.addWidget(header)
        layout.addWidget(self.ideas, 1)
        layout.addLayout(self.own_ideas.row)
        layout.addLayout(own_row)
        # room for the limit said just under "Or write your own", so it covers nothing
        layout.addSpacing(max(0, room_under(self) - layout.spacing()))
        layout.addLayout(when_row)
        layout.addWidget(self.passed)
        layout.addWidget(self.nudge)
        layout.addLayout(bottom)
        # under "Plan it", at the foot as in every window: help stays one click away
        self.help_link = HelpLink(ctx)
        layout.addLayout(self.own_ideas.foot(self.help_link))

        self.at_time.toggled.connect(self._on_at_time_toggled)
        self.plan.clicked.connect(self._on_plan_clicked)
        self.enter_presses(self.plan)  # from any field: the words, the time, the nudge
        self.ideas.itemActivated.connect(self._on_idea_activated)
        # after a plan nothing is picked and "Plan it" rests until a new choice (_planned)
        self.ideas.itemSelectionChanged.connect(self._on_choice_changed)
        self.own.textChanged.connect(self._on_choice_changed)
        self.own.textChanged.connect(self._on_own_words_changed)
        for stepped in (
            self.ideas.itemSelectionChanged,
            self.own.textChanged,
            self.own_kind.currentIndexChanged,
            self.when.currentIndexChanged,
            self.at_time.toggled,
            self.time.timeChanged,
            self.nudge.toggled,
        ):
            stepped.connect(self.message.let_lasting_go)
        self.when.currentIndexChanged.connect(self._on_when_changed)
        for changed in (
            self.when.currentIndexChanged,
            self.at_time.toggled,
            self.time.timeChanged,
            self.nudge.toggled,
        ):
            changed.connect(self._say_if_passed)
        self._look_again = QTimer(self)
        self._look_again.setInterval(LOOK_AGAIN_MS)
        self._look_again.timeout.connect(self._say_if_passed)
        self._bring_back()

    # -- words typed and not planned, kept when Footholds closes (ui/common/kept_words.py) --
    def draft(self) -> dict[str, Any] | None:
        """Something of their own written and not planned yet, with its kind, to keep when
        Footholds closes (app/quitting.py); None when there is none."""
        words = kept_words.typed({"own": self.own})
        own = {**words, "kind": str(self.own_kind.currentData())} if words else {}
        return {**own, **self.own_ideas.draft()} or None  # and new words for one of their own

    def _bring_back(self) -> None:
        kept = kept_words.take(self.ctx, NAME)
        self.own_ideas.bring_back(kept)  # back as its field opens again
        if not kept_words.put_back({"own": self.own}, kept):
            return
        at = self.own_kind.findData(kept.get("kind"))
        if at >= 0:
            self.own_kind.setCurrentIndex(at)
        self.said.setText(kept_words.kept_line())
        kept_words.until_gone(self.ctx, [self.own], kept_words.line_goes(self.said))

    def forget_words(self) -> None:
        """Let go of the words typed, once kept elsewhere (Lock now sealed them in the drafts
        file): nothing written stays in memory while locked, nor is kept twice."""
        kept_words.forget({"own": self.own})
        self.own_ideas.forget_words()
        self.said.clear()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """The list, own first in each kind, under a plain heading per kind; what is already
        planned for the day chosen (and not done yet) is left out: it is in Today."""
        self.ideas.clear()
        names = kind_names()
        shown_kind = ""
        now = self.clock()
        day = self._day(now, int(self.when.currentData()))
        offered = activation.to_offer(
            self.ctx.store, day, now, self._start_hour(), language(self.ctx)
        )
        for idea in offered:
            if idea.kind != shown_kind:
                shown_kind = idea.kind
                head = QListWidgetItem(names[idea.kind])
                head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                font = head.font()
                font.setBold(True)
                head.setFont(font)
                self.ideas.addItem(head)
            item = QListWidgetItem(idea.text)
            item.setData(IDEA_ROLE, idea)
            item.setData(INDENT_ROLE, tokens.M)  # under its kind's heading, every line of it
            self.ideas.addItem(item)
        # The first idea is current, never a heading (Enter on a heading picked nothing), and
        # picked: resting on it unpicked, it was drawn framed as if chosen while "Plan it"
        # said to pick one. What looks chosen is what Enter and "Plan it" plan.
        first = next(
            (row for row in range(self.ideas.count()) if self.ideas.item(row).data(IDEA_ROLE)),
            -1,
        )
        if not self.own.text().strip():  # their own words written are what is chosen
            self.ideas.setCurrentRow(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._offered = first
        self.own_ideas.fit_room(opening=False)

    def _on_when_changed(self) -> None:
        """Another day chosen: the list leaves out what is planned for that day instead. The
        idea picked stays picked while it is still offered; when it is planned for that day
        already, or nothing was picked (just after a plan), nothing is picked, never another
        idea in its place, and "Plan it" rests as it did."""
        picked = self.chosen_in_list()
        resting = not self.plan.isEnabled()
        self.refresh()
        for row in range(self.ideas.count()):
            idea = self.ideas.item(row).data(IDEA_ROLE)
            if picked is not None and isinstance(idea, activation.Idea) and idea.id == picked.id:
                self.ideas.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                return
        self.ideas.setCurrentRow(-1, QItemSelectionModel.SelectionFlag.Clear)
        self.ideas.clearSelection()
        self.plan.setEnabled(not resting)

    def present(self, source: str = "tray", **options: Any) -> None:
        """Open it; `source` says where from (Today, the quick log or the tray menu)."""
        self.source = source if source in ("today", "quick-log", "tray") else "tray"
        if self.isVisible() and not self.at_time.isChecked():
            self.time.setTime(self._time_ahead())  # left open a while: offered ahead again
        self._say_if_passed()
        super().present(**options)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        if not event.spontaneous():  # opened afresh, not brought back from the task bar
            self.own_ideas.fit_room(opening=True)
            self.start_fresh()
        self._look_again.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._look_again.stop()
        self.own_ideas.close_rename(keep=True)  # new words not saved: back as it opens again
        self.message.let_lasting_go()  # closed: that was their next step, and it opens afresh
        super().hideEvent(event)

    def start_fresh(self, *, keep_day: bool = False) -> None:
        """Later today, any time, no nudge, and a time still ahead offered: what was chosen
        for the last plan is not this one's. Just after a plan the day stays (`keep_day`):
        an evening spent planning tomorrow plans several things for it."""
        if not keep_day:
            self.when.setCurrentIndex(0)
        self.at_time.setChecked(False)
        self.nudge.setChecked(False)
        self.time.setTime(self._time_ahead())
        self._say_if_passed()

    def _time_ahead(self) -> QTime:
        """18:00 while it is still to come today, otherwise the next whole hour."""
        now = self.clock()
        if not activation.has_passed(self._day(now, 0), OFFERED, now, self._start_hour()):
            return QTime(OFFERED.hour, OFFERED.minute)
        return QTime((now.hour + 1) % 24, 0)

    def _start_hour(self) -> int:
        return int(self.ctx.settings["day.start_hour"])

    def _day(self, now: datetime, ahead: int) -> date:
        return days.day_of(now, self._start_hour()) + timedelta(days=ahead)

    def _chosen_time(self) -> time | None:
        if not self.at_time.isChecked():
            return None
        picked = self.time.time()
        return time(picked.hour(), picked.minute())

    def _passed_words(self) -> list[str]:
        """What the line under the time can say: with a nudge asked for, and without; and,
        with no time chosen, where the plan waits (its room read as a gap)."""
        return [
            self.tr("That time has passed today, so the nudge comes right away."),
            self.tr("That time has passed today."),
            self.tr("Without a time, it waits in Today for whenever suits you."),
        ]

    def _say_if_passed(self) -> None:
        at, now = self._chosen_time(), self.clock()
        ahead = int(self.when.currentData())
        passed = at is not None and activation.has_passed(
            self._day(now, ahead), at, now, self._start_hour()
        )
        with_nudge, without, waits = self._passed_words()
        said = (with_nudge if self.nudge.isChecked() else without) if passed else ""
        self.passed.say(said if at is not None else waits)

    # -- events ----------------------------------------------------------------------------
    def _on_at_time_toggled(self, on: bool) -> None:
        self.time.setEnabled(on)
        self.nudge.setEnabled(on)
        if not on:
            self.nudge.setChecked(False)

    def unsaved_work(self) -> bool:
        """One picked from the list or written, not planned yet: a new language waits for
        it (shell/language_follow.py)."""
        # the idea it opens on is picked already, and built again it opens on it again
        picked = [self.ideas.row(item) for item in self.ideas.selectedItems()]
        changed = picked not in ([], [self._offered]) or self.own_ideas.renaming()
        return changed or bool(self.own.text().strip())

    def _on_idea_activated(self, item: QListWidgetItem) -> None:
        if isinstance(item.data(IDEA_ROLE), activation.Idea):
            self.ideas.setCurrentItem(item)  # Enter or a double click on an idea picks it
        self._on_plan_clicked()

    def chosen(self) -> activation.Idea | None:
        """The idea picked in the list, or written in the box (saved to the list first, once:
        a press whose plan did not go through already added it, and the same words written
        are that idea still). Whichever came last: writing unpicks the list, so an idea
        still picked beside words written was picked after them."""
        words = " ".join(self.own.text().split())
        picked = self.chosen_in_list()
        if not words or picked is not None:
            return picked
        kind = str(self.own_kind.currentData())
        added = self._own_added
        if (
            added is not None
            and added[0] == (words, kind)
            and self.ctx.store.get(Activity, added[1].id) is not None  # not removed since
        ):
            return added[1]
        own = Activity(text=words, kind=kind)
        try:
            self.ctx.store.add(own)
        except StoreWriteError as exc:
            if not held(exc):
                raise  # nothing kept: the words stay in the field for another press
            self._held = exc  # in memory, so in the list all the same: planned on below
        idea = activation.Idea(own.id, own.text, own.kind, True)
        self._own_added = ((words, kind), idea)
        return idea

    def chosen_in_list(self) -> activation.Idea | None:
        """The idea picked in the list: the one they picked, not the row the keyboard focus
        rests on."""
        picked = self.ideas.selectedItems()
        idea = picked[0].data(IDEA_ROLE) if picked else None
        return idea if isinstance(idea, activation.Idea) else None

    def _on_plan_clicked(self) -> None:
        # A refusal that holds the entry in memory (core/unsaved_words.held) has added it all
        # the same: the plan is made, and saved when the disk allows. Only a refusal that
        # kept nothing leaves the words for another press, which then adds nothing twice.
        self._held = None
        if self.at_time.isChecked() and refused(self.time):
            return  # "25 isn't a time" under it: not the time put back, nobody meant it
        try:
            idea = self.chosen()
            if idea is None:
                self.message.say(pick_words())
                return
            now = self.clock()
            day = self._day(now, int(self.when.currentData()))
            nudge = self.nudge.isChecked()
            at = self._chosen_time()
            store, source = self.ctx.store, self.source  # made now by the window's clock too
            try:
                activation.plan(store, idea, day, at=at, nudge=nudge, source=source, now=now)
            except StoreWriteError as exc:
                if not held(exc):
                    raise
                self._held = exc
        except (InvalidEntry, StoreWriteError) as exc:
            self.message.say(i18n.error_text(exc))
            return
        if idea.own and " ".join(self.own.text().split()) == idea.text:
            self.own.clear()  # planned: their words are in the list now
        self._own_added = None
        self.refresh()
        self.start_fresh(keep_day=True)  # the next plan is chosen afresh, its time offered ahead
        self._planned(idea, int(self.when.currentData()), at, self._held)

    def _planned(
        self,
        idea: activation.Idea,
        ahead: int,
        at: time | None,
        refused: StoreWriteError | None = None,
    ) -> None:
        """Say what was planned, by name, and pick nothing: the list built again used to
        pick its first idea beside "Planned.", which read as if that one had been planned,
        and a second press planned it though nobody chose it. "Plan it" rests until a new
        choice, so pressing twice by mistake plans nothing more."""
        if self.plan.hasFocus():
            self.ideas.setFocus()  # the keyboard goes on from the list, not from the help link
        # after the focus: a list given the focus with nothing current frames its first row
        self.ideas.setCurrentRow(-1, QItemSelectionModel.SelectionFlag.Clear)
        self.ideas.clearSelection()
        self.plan.setEnabled(False)
        what = idea.text.removesuffix(".")  # their own words may end a sentence of their own
        self.message.planned(what, ahead, at, refused)

    def _on_choice_changed(self) -> None:
        self.plan.setEnabled(True)

    def _on_own_words_changed(self, words: str) -> None:
        """Words written unpick the list: an idea left highlighted beside them looked
        chosen, while "Plan it" planned the words."""
        if words.strip():
            self.ideas.setCurrentRow(-1, QItemSelectionModel.SelectionFlag.Clear)
            self.ideas.clearSelection()
