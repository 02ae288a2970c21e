"""The quick log's keeping of words between opens: the draft it hands over when Footholds
closes, the drafts it brings back (quick_log_drafts.py), the words let go once Lock now has
sealed them, and the quiet line for kept words this version cannot show (quick_log_kept.py),
built only the first time such words wait.

Apart from the window (quick_log.py), which builds on it, as what it holds between opens is
one concern and how it opens, saves and closes another. It imports nothing the quick log did
not already load at start: the kept words' line is still imported only when first needed
(tests/unit/test_lean_start.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from footholds.ui.common import buttons, kept_words
from footholds.ui.common.scrolling import bring_into_view
from footholds.ui.journal import quick_log_drafts

if TYPE_CHECKING:
    from footholds.ui.common.help_link import HelpLink
    from footholds.ui.context import AppContext
    from footholds.ui.journal.log_form import LogForm
    from footholds.ui.journal.quick_log_hint import HintOrMessage
    from footholds.ui.journal.quick_log_kept import UnreadKept


class DraftKeeping(QWidget):
    """What the quick log keeps between opens; QuickLogWindow builds on it and sets these."""

    ctx: AppContext
    form: LogForm
    hint_cell: HintOrMessage
    help_link: HelpLink
    scroll_area: QScrollArea
    _unread: UnreadKept | None  # built the first time such words wait
    # the line naming words out of sight while it shows, the fields it named, and whether
    # it stood over the kept line (back once they are seen); its link ready once wired
    _unseen_line = ""
    _unseen: tuple[QWidget, ...] = ()
    _over_kept = False
    _sight_wired = False

    if TYPE_CHECKING:  # the window's own: fits itself again when it shows

        def _refit(self) -> None: ...

        def _show_message(self, text: str) -> None: ...

    def draft(self) -> dict[str, Any] | None:
        """What the form holds, unsaved, to keep when Footholds closes (core/drafts.py)."""
        return quick_log_drafts.held(self.form)

    def bring_back(self, draft: dict[str, Any] | None) -> None:
        """Fill the form with a kept draft, joined with any words typed since
        (quick_log_drafts.bring_back)."""
        if not draft:
            return
        if quick_log_drafts.bring_back(self.form, self.ctx.windows.drafts, draft):
            self._follow_unread()  # kept, not lost, and said so where it can be let go
        self._say_kept()
        # the words emptied by the person: gone from the drafts file at once, so a crash
        # before the next save or quit cannot give them back; the kept line goes with them
        kept_words.until_gone(self.ctx, [self.form.note], self._kept_gone)

    def _bring_back_waiting(self) -> None:
        """Every draft kept for the quick log, newest first (quick_log_drafts); words that
        came back into an empty form are watched as `bring_back` watches them."""
        was_blank = self.form.is_blank()
        if quick_log_drafts.bring_back_waiting(self.form, self.ctx.windows.drafts):
            self._follow_unread()
        if was_blank and not self.form.is_blank():
            self._say_kept()
            kept_words.until_gone(self.ctx, [self.form.note], self._kept_gone)

    def _say_kept(self) -> None:
        """Words given back say they are not saved yet (the kept line, as in every window),
        in the keys hint's place; not over the line for words of another version, which
        already says words were kept and is where they are seen."""
        if not self.form.is_blank() and not self.hint_cell.waiting:
            self._show_message(kept_words.kept_line())

    def _kept_gone(self) -> None:
        """The words given back are gone (emptied, saved, put away at Lock now): the kept
        line with them, never another message that took its place; the window fitted again,
        so the room of its second line goes from the window's foot rather than opening a gap
        between the form and its buttons (the form's box took it, the buttons dropped)."""
        if self.hint_cell.status.text() == kept_words.kept_line():
            self.hint_cell.clear_message()
            self._refit()

    def forget_words(self) -> None:
        """Let go of what the form holds, once kept elsewhere (Lock now sealed it in the drafts
        file): the quick log stays open while locked and must not show it."""
        self.form.clear()
        if self._unread is not None:
            self.hint_cell.follow(self._unread.follow())  # locked: hidden, its words gone
        self.hide()

    def _on_opening(self) -> None:
        """As the window opens: the line for words of another version, and, once the form
        is laid out, words waiting below the fold named (`_say_out_of_sight`)."""
        self._unseen_line = ""
        self.hint_cell.setMinimumHeight(0)  # room kept for a line gone last time: given back
        self._follow_unread()
        QTimer.singleShot(0, self, self._say_out_of_sight)

    def _say_out_of_sight(self) -> None:
        """Words written under More and put away (Esc) waited below the fold as the log
        opened at its top, the note in view: a tired person could save them with a new
        note unseen. The line under the buttons names where they are, over the kept line
        (which it says too), never over another message or the other version's line."""
        status = self.hint_cell.status
        said = status.text()
        if not self.isVisible() or self.hint_cell.waiting:
            return
        if not status.isHidden() and said != kept_words.kept_line():
            return
        unseen = out_of_sight(self.form, self.scroll_area)
        if unseen:
            quoted = QCoreApplication.translate("quick_log_keeping", "“{name}”")
            fields = ", ".join(quoted.format(name=field.accessibleName()) for field in unseen)
            self._unseen, self._over_kept = tuple(unseen), said == kept_words.kept_line()
            self._unseen_line = QCoreApplication.translate(
                "quick_log_keeping",
                "Words you wrote earlier are further down, in {fields}. They are not saved yet.",
            ).format(fields=fields)
            self._show_message(self._unseen_line)
            self._wire_sight()
            self.hint_cell.show_action()
            # an Alt letter none of the log's own; its module loaded only now (lean start)
            from footholds.ui.common.alt_letters import free_letter

            free_letter(self.hint_cell.action, buttons.plain(self.hint_cell.action.text()))

    def _wire_sight(self) -> None:
        """The line's "Show them" link, worded, in the tab order before Get help now, and
        the page's scrolling watched for the words coming into view: once, the first time
        words are out of sight (most opens never have any)."""
        link = self.hint_cell.action
        buttons.say(
            link,
            QCoreApplication.translate("quick_log_keeping", "Show them"),
            QCoreApplication.translate("quick_log_keeping", "Show the words further down"),
            QCoreApplication.translate(
                "quick_log_keeping", "Goes to the words you wrote earlier, to read or change."
            ),
        )
        if self._sight_wired:
            return
        self._sight_wired = True
        at = self.form.tail.index(self.help_link.button)
        self.form.tail[at:at] = [link]
        self.form.fix_tab_order()
        link.clicked.connect(self._show_unseen)
        bar = self.scroll_area.verticalScrollBar()
        bar.valueChanged.connect(self._follow_sight)
        bar.rangeChanged.connect(self._follow_sight)

    def _show_unseen(self) -> None:
        """ "Show them": More open, the keyboard in the first of the words named, in view."""
        if not self.form.more.isChecked():
            self.form.more.setChecked(True)  # closed since: the words are in it
        held = [f for f in self._unseen if f.isVisibleTo(self.form)] or list(self._unseen)
        if not held:
            return
        held[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        bring_into_view(held[0], from_top_of=held[0])
        QTimer.singleShot(0, self, self._follow_sight)

    def _follow_sight(self) -> None:
        """The line naming words out of sight goes once they are in view (scrolled to, or
        the keyboard in them); in its room, so nothing moves while the log is in use. Over
        the kept line, that line comes back, as the words still are not saved."""
        if not self._unseen_line or self.hint_cell.status.text() != self._unseen_line:
            return
        if not self.form.more.isChecked() or out_of_sight(self.form, self.scroll_area):
            return  # still out of sight (or closed away under More)
        self._unseen_line = ""
        height = self.hint_cell.height()
        if self._over_kept and not self.form.is_blank():
            self.hint_cell.show_message(kept_words.kept_line())
            self.hint_cell.setMinimumHeight(height)
        else:
            self.hint_cell.clear_message(keep_room=True)

    def _follow_unread(self) -> None:
        """A quiet line while words of a draft this version cannot show stay kept, to see
        or let go of them (quick_log_kept.py). Built the first time any wait, in the keys
        hint's place (a line under it pushed "More" below the fold of an 800-pixel screen
        with the sleep question): with none (nearly always) nothing is built."""
        if self._unread is None:
            if self.ctx.locker.locked or not quick_log_drafts.unread(self.ctx.windows.drafts):
                return
            from footholds.ui.journal.quick_log_kept import UnreadKept

            strip = self._unread = UnreadKept(self.ctx)
            self.hint_cell.carry(strip)
            at = self.form.tail.index(self.help_link.button)  # read before Get help
            self.form.tail[at:at] = strip.focusable()
            self.form.fix_tab_order()
            # seen, hidden or let go: the hint back in its place once they are gone
            strip.resized.connect(lambda: QTimer.singleShot(0, self, self._follow_unread))
            # let go, the line goes with the button that had the keyboard: back to the note
            strip.let_go.clicked.connect(lambda: strip.isHidden() and self.form.note.setFocus())
        self.hint_cell.follow(self._unread.follow())
        self._refit()


def out_of_sight(form: LogForm, area: QScrollArea) -> list[QWidget]:
    """More's fields holding words and not wholly in `area`'s view (one with the keyboard
    in it is seen, however tall)."""
    if not form.more.isChecked():
        return []  # closed, More holds no words (fold_empty_more), and builds nothing
    journal = form.journal
    view = area.viewport()
    words = journal.values()
    fields = {"trigger": journal.trigger, "tried": journal.tried, "helped": journal.helped}
    focus = QApplication.focusWidget()
    unseen: list[QWidget] = []
    for key, field in (*fields.items(), ("part", journal.part)):
        place = QRect(field.mapTo(view, QPoint(0, 0)), field.size())
        typing = focus is not None and (focus is field or field.isAncestorOf(focus))
        seen = typing or view.rect().contains(place)
        if words[key].strip() and field.isVisible() and not seen:
            unseen.append(field)
    return unseen
