"""The personal safety plan's window: what I want to stay for, six numbered steps in the
person's own words, ways to make the space safer to tick. The read-only view for the hard-day
windows is safety_plan_view.py.

It is saved a little after each pause in typing (KEEP_AFTER_MS), as other windows' drafts are
kept (ui/shell/draft_watch.py), and says "Saved." quietly where Save says it: a crash or a kill
loses at most the last moments, and the plan is never left with words said "not saved yet".
The store writes it as it writes every save (sealed when the person chose to lock it too), and
nothing is saved while it is only to read (locked)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content, safety_plan_render
from footholds.core.safety_plan_render import current_plan as current_plan
from footholds.core.store import SafetyPlan
from footholds.ui.common import buttons, kept_words, tokens
from footholds.ui.common.calm import (
    CalmWindow,
    heading,
    hint,
    language,
    window_link,
    wrapped,
)
from footholds.ui.common.components import WindowHeader
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.limits import LimitedText, limit_words
from footholds.ui.common.locked import LockedNote
from footholds.ui.common.operations import Say, save_record, update_record
from footholds.ui.common.saved_file import SavedFile
from footholds.ui.common.scrolling import page_area, scrolling_page
from footholds.ui.help import region as regions
from footholds.ui.help.safety_plan_output import PlanOutput

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


NAME = "safety-plan"  # its name among the windows, and its drafts'
KEEP_AFTER_MS = 2000  # saved this long after the last change: a pause in typing, not each key


def sections(ctx: AppContext) -> list[dict[str, Any]]:
    """The parts of the plan: id, step (0 for what I want to stay for), title and a hint."""
    return content.load_pack("safety_plan", language(ctx))


def plan_words(ctx: AppContext) -> dict[str, Any]:
    """The words around the plan and the ways of making the space safer."""
    return content.load_document("safety_plan_words", language(ctx))


# a part this many lines long, or shorter, shows whole in its box (before it is laid out,
# its size is not known): it opens with the caret after its words
FEW_LINES = 4


class SafetyPlanWindow(CalmWindow):
    """Write or change the plan. Words are saved as typing pauses and when the window closes,
    with or without Save."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("My safety plan"))
        self.resize(620, 720)
        self.header = WindowHeader(
            self.tr("My safety plan"),
            self.tr(
                "A plan written on a calmer day, for the harder ones. Use your own words and "
                "fill in only what helps; you can change it any time. It is saved a moment "
                "after you stop typing and when you close it; Save keeps it at once. It stays "
                "on this computer."
            ),
        )
        words = plan_words(ctx)
        self.fields: dict[str, LimitedText] = {}
        # parts over their limit when Footholds last closed (draft), shown over the saved plan
        # each time it loads until they are saved
        kept = kept_words.take(ctx, NAME).get("sections")
        self.waiting: dict[str, str] = (
            {k: v for k, v in kept.items() if isinstance(v, str)} if isinstance(kept, dict) else {}
        )
        self._own_close = False  # Esc: the person's own close, as the title bar's
        self._loading = False  # the boxes filled from the store: nothing typed to save
        self._refused = False  # the store could not take a save: none again until Save works
        self.soon = QTimer(self)  # the save after a pause (keep_typed); restarted by each change
        self.soon.setSingleShot(True)
        self.soon.setInterval(KEEP_AFTER_MS)
        self.safer: dict[str, QCheckBox] = {}

        # what Save, Copy, Save as and Print did, just above them and never scrolled away;
        # a saved file's place with Open it and Show in folder (ui/common/saved_file.py)
        self.status = SavedFile()
        self.output = PlanOutput(ctx, self, self.status)
        self.save = buttons.primary(
            self.tr("Save"),
            self.tr("Save my safety plan"),
            self.tr("Keeps your plan on this computer now; Ctrl+S does the same."),
        )
        # no Close button: Esc and the title bar close it (saving first), as every window
        actions_row = QWidget()
        actions = QHBoxLayout(actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.output.copy)
        actions.addWidget(self.output.save_as)
        actions.addWidget(self.output.print_button)
        actions.addStretch(1)
        actions.addWidget(self.save)
        self.help_link = HelpLink(ctx)
        # the shared page, as Today and Reach out: the title, the boxes, the buttons and the
        # help link in one column, the scroll bar at the window's edge (the boxes ended short
        # of the buttons under them, beside a bar set inside the margin). No Tab stop of its
        # own: Tab goes from one section's box to the next.
        body_layout = scrolling_page(
            self,
            self.tr("The sections of your plan"),
            self.tr("What you want to stay for, then six steps; fill in only what helps."),
            self.status,
            actions_row,
            self.help_link,
            spacing=tokens.XS,
        )
        body_layout.addWidget(self.header)
        # while the entries are locked the plan is here to read: its change could not be
        # kept, so no word can be typed to be lost at Save or the close
        self.locked = LockedNote(ctx.locker.ask)
        self.locked.say(
            self.tr(
                "Your safety plan is here to read. To change it, unlock Footholds with your "
                "passphrase."
            )
        )
        body_layout.addWidget(self.locked)
        body_layout.addSpacing(tokens.XS)  # a step (S) under the title, as in every window
        for section in sections(ctx):
            if section["step"] == 1:  # before the first step, how to use them
                order = wrapped(words["order"])
                order.setStyleSheet("font-style: italic;")
                body_layout.addWidget(order)
                body_layout.addSpacing(tokens.XS)
            step = section["step"]
            title = heading(f"{step}. {section['title']}" if step else section["title"], 1)
            # room kept under the box, where the eyes are while typing, for "Up to 5,000
            # characters fit here." when a paste or typing reaches the store's limit
            field = LimitedText(SafetyPlan.SECTION_LIMIT)
            field.setTabChangesFocus(True)
            field.setFixedHeight(96)  # long plans scroll inside; the page stays easy to scan
            field.setAccessibleName(section["title"])
            field.setAccessibleDescription(section["hint"])
            field.setPlaceholderText(self.tr("In your own words"))
            title.setBuddy(field)
            body_layout.addWidget(title)
            body_layout.addWidget(hint(ctx, section["hint"]))
            body_layout.addWidget(field)
            body_layout.addWidget(field.said)
            self.fields[section["id"]] = field
            if section["id"] == safety_plan_render.SAFER_SECTION:
                self._add_safer_options(body_layout, words)
        self.knowledge = window_link(
            ctx,
            self.tr("Good to know: calling a line, urges, warning signs"),
            "help-knowledge",
            self.tr("Open Good to know"),
            self.tr(
                "What happens when you call a line, how an urge rises and falls, and the "
                "warning signs worth telling someone about."
            ),
        )
        body_layout.addWidget(self.knowledge, 0, Qt.AlignmentFlag.AlignLeft)
        body_layout.addStretch(1)

        self.load()
        self.save.clicked.connect(self.save_plan)
        self.save_keys = QShortcut(QKeySequence.StandardKey.Save, self, self.save_plan)
        self.soon.timeout.connect(self.keep_typed)
        for field in self.fields.values():
            field.textChanged.connect(self._on_plan_changed)
        for box in self.safer.values():
            box.toggled.connect(self._on_plan_changed)
        self.follow_lock()
        ctx.locker.changed.connect(self.follow_lock)  # a method: let go with the window

    def follow_lock(self, _locked: bool = False) -> None:
        """To read while the store is sealed (Lock now, with the plan kept readable), to
        change again at the unlock: Store.update refuses a change it could not keep."""
        locked = self.ctx.locker.locked
        for field in self.fields.values():
            field.setReadOnly(locked)
        for box in self.safer.values():
            box.setEnabled(not locked)
        self.save.setEnabled(not locked)
        self.save_keys.setEnabled(not locked)
        self.locked.setVisible(locked)
        if not locked and not self.changed():
            self.load()  # as the store has it after the unlock (a change from elsewhere)

    def keep_before_lock(self) -> None:
        """Lock now leaves this window open: words typed and not saved yet are kept first,
        while the store still writes (AppLock.lock_now)."""
        self.soon.stop()
        if self.changed():
            self.save_plan()

    def _on_plan_changed(self) -> None:
        """A word typed or a tick changed: "Saved." no longer holds, and the plan is saved once
        the changes pause (keep_typed)."""
        self.status.clear()
        if not self._loading and not self.ctx.locker.locked:
            self.soon.start()

    def keep_typed(self) -> None:
        """A pause after a change: the plan as shown is saved (a part over its limit stays as
        it was saved, and the window's draft keeps it), with "Saved." when all of it is. None
        while only to read, nor while the store holds a save the disk refused (it said so
        once; Save and the close still try)."""
        self.soon.stop()
        store = self.ctx.store
        if self.ctx.locker.locked or self._refused or store.pending() or not self.changed():
            return
        whole = not self.too_long()
        if not self._save_what_fits():
            self._refused = True
            return
        if whole and not store.pending():
            self.status.say(self.tr("Saved."))

    def _add_safer_options(self, layout: QVBoxLayout, words: dict[str, Any]) -> None:
        """The concrete ways of making the space safer, to tick under the person's words."""
        label = QLabel(words["chosen"])
        layout.addWidget(label)
        for option in words["safer_options"]:
            box = QCheckBox(option["text"])
            box.setAccessibleName(option["text"])
            box.setAccessibleDescription(
                self.tr("Tick it if you will do this; it is shown with your plan.")
            )
            self.safer[option["id"]] = box
            layout.addWidget(box)

    @property
    def said(self) -> dict[str, Feedback]:
        """The line under each box (its limit, when reached), by section."""
        return {key: field.said for key, field in self.fields.items()}

    def present(self, section: str = "", **_options: Any) -> None:
        """Show the plan as saved, with the focus in `section` (or the first one)."""
        if not self.isVisible():
            self.load()
        super().present()
        target = self.fields.get(section) or next(iter(self.fields.values()), None)
        if target is not None:
            target.setFocus()
            # the page shows where the keyboard is: it had stayed where it was last scrolled
            area = page_area(self)
            if section in self.fields:
                area.ensureWidgetVisible(target)
            else:
                area.verticalScrollBar().setValue(0)

    def load(self) -> None:
        """Fill the fields and ticks from the saved plan."""
        plan = current_plan(self.ctx.store)
        saved = plan.sections if plan else {}
        self._loading = True
        try:
            for key, field in self.fields.items():
                field.setPlainText(saved.get(key, ""))
                # a part longer than its box opens at its start, to read from its top (one
                # showed its end); one that fits keeps the caret after its words, where
                # typing goes on
                text = field.toPlainText()
                fits = text.count("\n") < FEW_LINES and len(text) <= FEW_LINES * 40
                field.moveCursor(
                    QTextCursor.MoveOperation.End if fits else QTextCursor.MoveOperation.Start
                )
            ticked = plan.safer if plan else []
            for key, box in self.safer.items():
                box.setChecked(key in ticked)
        finally:
            self._loading = False
        self.soon.stop()
        self.status.clear()
        waiting = {k: v for k, v in self.waiting.items() if k in self.fields}
        if waiting and not self.ctx.locker.locked:
            for key, text in waiting.items():
                self.fields[key].setPlainText(text)
                kept_words.to_the_end(self.fields[key])
                self.fields[key].said.say(limit_words(SafetyPlan.SECTION_LIMIT))
            self.status.say(kept_words.kept_line())

    def written(self) -> dict[str, str]:
        """What is in the fields, without empty sections; sections from elsewhere are kept.
        Never cut: a box holds no more than the store keeps (limited_text), and should one
        hold more, saving says so rather than keeping part of it."""
        plan = current_plan(self.ctx.store)
        words = {k: v for k, v in (plan.sections if plan else {}).items() if k not in self.fields}
        for key, field in self.fields.items():
            text = field.toPlainText().rstrip()
            if text.strip():
                words[key] = text
        return words

    def too_long(self) -> str:
        """The first section holding more than the store keeps, or ""."""
        words = self.written()
        return next(
            (k for k in self.fields if len(words.get(k, "")) > SafetyPlan.SECTION_LIMIT), ""
        )

    def ticked(self) -> list[str]:
        """The ways of making the space safer that are ticked; ones from elsewhere are kept."""
        plan = current_plan(self.ctx.store)
        kept = [k for k in (plan.safer if plan else []) if k not in self.safer]
        return kept + [key for key, box in self.safer.items() if box.isChecked()]

    def plan_page(self) -> safety_plan_render.PlanPage:
        """The plan as shown in the window, saved or not, for copying, saving and printing,
        ending with where help is: the emergency number and lines Get help now shows."""
        words = language(self.ctx)
        plan = safety_plan_render.page(self.written(), self.ticked(), words)
        return safety_plan_render.with_help(plan, regions.shown_region(self.ctx), words)

    def unsaved_work(self) -> bool:
        """Words or ticks not saved yet: a new language waits for them
        (shell/language_follow.py)."""
        return self.changed()

    def changed(self) -> bool:
        plan = current_plan(self.ctx.store)
        if plan is None:
            return bool(self.written() or self.ticked())
        # as the person sees it: an empty section (older plans kept some under old names)
        # and spaces at the end of one are no change, else every close saved the plan again
        # and a new language waited for words that were all saved
        return _seen(self.written()) != _seen(plan.sections) or self.ticked() != plan.safer

    def save_plan(self) -> bool:
        """Save the plan (creating it the first time); True when it is safe."""
        over = self.too_long()
        if over:  # said where it is, and never "Saved." over a part that was not kept
            self.fields[over].setFocus()
            self.fields[over].said.say(limit_words(SafetyPlan.SECTION_LIMIT))
            self.status.say(limit_words(SafetyPlan.SECTION_LIMIT))
            return False
        refused: list[str] = []  # what the disk said, if it refused
        kept = self._keep(self.written(), refused.append, again=True)
        if kept is None:  # no plan yet, and nothing written or ticked to make one
            return True
        # a refusal is said where "Saved." is, never in a box over the plan, and never
        # "Saved." over a plan held only in memory
        if refused:
            self.status.say(refused[-1])
        if kept:
            self.waiting = {}  # in the plan now, or held in memory until the disk takes it
            if not refused:
                self._refused = False  # kept again after each pause
                self.status.say(self.tr("Saved."))
        return kept

    # -- at a quit: what fits saved, the rest kept as the window's draft ------------------
    def draft(self) -> dict[str, Any] | None:
        """The parts holding more than the store keeps, to keep when Footholds closes
        (app/quitting.py): the rest is saved as the window closes. None when all fit."""
        if self.ctx.locker.locked:
            return None
        over = {
            key: text
            for key, text in self.written().items()
            if key in self.fields and len(text) > SafetyPlan.SECTION_LIMIT
        }
        return {"sections": over} if over else None

    def _save_what_fits(self) -> bool:
        """Save the plan with each part over its limit as it was saved before (draft keeps
        its words), and the ticks; False when the store did not take it (said where "Saved."
        shows, never in a box over the plan)."""
        plan = current_plan(self.ctx.store)
        saved = plan.sections if plan else {}
        words = {}
        for key, text in self.written().items():
            if len(text) <= SafetyPlan.SECTION_LIMIT:
                words[key] = text
            elif key in saved:
                words[key] = saved[key]
        return self._keep(words, self.status.say) is not False

    def _keep(self, words: dict[str, str], say: Say, again: bool = False) -> bool | None:
        """Save the plan with `words` as its sections and the ticks shown: the first time as
        a new plan, after that as a change to the saved one. True when it is safe (on disk,
        or held in memory until the disk takes it), False when the store refused it (said
        through `say`, never in a box over the plan), None when there was nothing to save: no
        plan yet and nothing to make one of, or no change unless `again` (Save, which writes
        the plan even unchanged: a try at the disk after it refused)."""
        plan = current_plan(self.ctx.store)
        ticked = self.ticked()
        if plan is None:
            if not words and not ticked:
                return None
            new = SafetyPlan(sections=words, safer=ticked)
            return save_record(self.ctx, new, self, say) is not None
        if not again and words == plan.sections and ticked == plan.safer:
            return None
        changed = dataclasses.replace(plan, sections=words, safer=ticked)
        return update_record(self.ctx, changed, self, say) is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._own_close = event.key() == Qt.Key.Key_Escape  # CalmWindow closes it on Esc
        try:
            super().keyPressEvent(event)
        finally:
            self._own_close = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.soon.stop()  # saved now, or kept open with the words
        if self.ctx.locker.locked:  # to read only: there is nothing to save
            super().closeEvent(event)
            return
        if self.changed() and not self.save_plan() and self.too_long():
            if event.spontaneous() or self._own_close:
                event.ignore()  # open, with the words, where the window says what does not fit
                return
            # closed by Footholds (a quit, a logout): refusing would cancel the quit, and a
            # logout then lose every word. What fits is saved; the rest is kept (draft)
            self._save_what_fits()
        super().closeEvent(event)


def _seen(sections: dict[str, str]) -> dict[str, str]:
    """The sections as they show: the written ones, without the spaces at their end."""
    return {k: v.rstrip() for k, v in sections.items() if v.strip()}
