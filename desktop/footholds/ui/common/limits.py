"""Fields that hold as much as the store keeps for them, and say so as the person reaches
the end: a field that silently stops taking keys reads as broken, and one that takes more
than is kept would lose the end of the words at saving.

`limited` for a line field (`limited_under` when it needs its own line under it),
`LimitedText` for a box of several lines (with its own line, `said`, that every caller lays
out just under the box: its room is kept there from the start, so the words never lie over
what is below and nothing moves when they come), and `limit_words`, the sentence both say,
or `cut_words` when words put in at once did not all fit (a status line that keeps room for
them reserves these words).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import (
    QClipboard,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QTextCursor,
    QValidator,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from footholds.core.store.validate import CONTROL
from footholds.ui.common import i18n
from footholds.ui.common.buttons import ENTER
from footholds.ui.common.feedback import Feedback
from footholds.ui.common.never_raises import never_raises
from footholds.ui.common.said_under import keep_width_for, lay_under, limit_said, overlay


def limit_words(limit: int) -> str:
    """What `limited` says at the limit; a line that keeps room for it reserves these words."""
    words = QCoreApplication.translate("components", "Up to {limit} characters fit here.")
    return words.format(limit=i18n.grouped(limit))  # "20.000" in Spanish (its 5000 stays whole)


def cut_words(limit: int) -> str:
    """What a box or a line field says when words put in at once (a paste, a drop) did not
    all fit: that the rest was left out, not only the limit (a ten-megabyte paste kept its
    start unexplained). Short enough for the one line under the quick log's note, in Spanish
    too."""
    words = QCoreApplication.translate(
        "components", "Up to {limit} characters fit here; the rest was left out."
    )
    return words.format(limit=i18n.grouped(limit))


def limited(field: QLineEdit, limit: int, say: Callable[[str], None]) -> QLineEdit:
    """Let `field` hold as much as the store keeps for it (`limit`, from core) and say so
    through `say` as the person reaches it: a field that silently stops taking keys reads as
    broken, and one that takes more than is kept refuses the words after they were typed.

    What comes in (typed, pasted by key, menu or middle click, dropped, from an input
    method) loses the invisible controls the store refuses first and is cut at the limit
    after, as a box does (`LimitedText`): cut first, a paste holding controls kept less than
    the limit once they went, and the end of it was lost without a word. Words put in at
    once that did not all fit are said to be cut (`cut_words`): told only the limit, a person
    who pasted a long message was not told its end was left out."""
    field.setMaxLength(UNCUT)  # the words come whole to `_Fits`, which cuts them
    field._limit = limit  # type: ignore[attr-defined]
    holding = False  # the limit is being said, until the person goes back under it

    def at_limit(cut: bool = False) -> None:
        nonlocal holding
        say(cut_words(limit) if cut else limit_words(limit))
        holding = True

    fits = _Fits(field, limit, at_limit)
    field.setValidator(fits)
    field.installEventFilter(fits)

    def on_edited(text: str) -> None:
        # the person's edit, whatever Qt did with it: a paste mended by `_Fits` is put in
        # with Qt's internal setText, which clears the flag that keeps unsaved words
        # (drafts, Today's add field), and the words were dropped at close without a word
        field.setModified(True)
        cut, fits.cut_to = fits.cut_to == text, None  # this edit's, never a later one's
        if len(text) >= limit:  # typed or pasted up to the end
            at_limit(cut)

    def on_changed(text: str) -> None:
        # deleted back under the limit, or emptied by Add: the words go, as under a box
        nonlocal holding
        fits.held = text
        if holding and len(text) < limit:
            holding = False
            say("")

    field.textEdited.connect(on_edited)
    field.textChanged.connect(on_changed)
    return field


UNCUT = 2**31 - 1  # QLineEdit's own cut comes before anything can take the controls out


def field_limit(field: QLineEdit) -> int | None:
    """The limit `limited` gave `field`, or None for a field it did not limit."""
    limit = getattr(field, "_limit", None)
    return limit if isinstance(limit, int) else None


class _Fits(QValidator):
    """What `limited` lets into its field: every change (typed, pasted, dropped, from an
    input method) is looked at as it comes in, the part it adds loses the controls and is
    cut to the room left, and the person is told (`at_limit`) when words did not fit.

    A paste by key is put in already cut (`eventFilter`), so one Undo takes it back whole;
    one by menu, middle click or drop is mended here, which Qt does as if set anew.

    Words put in at once (more than one character in one change: a paste, a drop, an input
    method's word) that did not all fit are `at_limit(True)`: the rest was left out. A key
    brings one character, and one left out at the limit is the limit reached (a paste of one
    character reads the same to the person)."""

    def __init__(self, field: QLineEdit, limit: int, at_limit: Callable[[bool], None]) -> None:
        super().__init__(field)
        self.field = field
        self.limit = limit
        self.at_limit = at_limit
        self.held = field.text()  # what the field held before this change
        # what the field holds after a change that left words out, until the edit is said
        self.cut_to: str | None = None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if len(text) <= self.limit and not CONTROL.search(text):
            return QValidator.State.Acceptable, text, pos
        held = self.held
        # what the change added ends at the cursor; the rest was there before
        after = 0
        most = min(len(text) - pos, len(held))
        while after < most and text[-1 - after] == held[-1 - after]:
            after += 1
        before = 0
        most = min(len(text), len(held)) - after
        while before < most and text[before] == held[before]:
            before += 1
        head = CONTROL.sub("", text[:before])
        tail = CONTROL.sub("", text[len(text) - after :])
        added = CONTROL.sub("", text[before : len(text) - after])
        room = max(0, self.limit - len(head) - len(tail))
        kept = head + added[:room] + tail
        at_once = len(added) > 1  # a paste, a drop, an input method's word: not one key
        if kept == held:
            # nothing of it fits (or it was only controls): the change is taken back as
            # though never made, and the field's Undo stays as it was
            if added:
                self.at_limit(at_once)
            return QValidator.State.Invalid, text, pos
        # cut or not, the field then holds `kept` as an edit, and says the limit it reached
        # (and that the rest was left out, when words put in at once were cut)
        self.cut_to = kept if at_once and len(added) > room else None
        return QValidator.State.Acceptable, kept, len(head) + min(len(added), room)

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
            and not self.field.isReadOnly()
        ):
            clipboard = QGuiApplication.clipboard()
            mode = QClipboard.Mode.Clipboard
            shift_insert = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if (
                clipboard.supportsSelection()
                and event.key() == Qt.Key.Key_Insert
                and event.modifiers() == shift_insert
            ):
                mode = QClipboard.Mode.Selection  # as Qt's own line edit on X11
            words = CONTROL.sub("", clipboard.text(mode))
            room = max(0, self.limit - len(self.field.text()) + len(self.field.selectedText()))
            if words[:room]:
                if len(words) > room:  # the edit then says the rest was left out
                    self.cut_to = _inserted(self.field, words[:room])
                self.field.insert(words[:room])  # one step for Undo, as Qt's own paste
                self.cut_to = None
            elif words:
                self.at_limit(True)  # nothing more fits: no edit to say so
            return True
        return False


def _inserted(field: QLineEdit, words: str) -> str:
    """What `field` holds once `words` go in at its cursor, over its selection if any."""
    text = field.text()
    if field.hasSelectedText():
        start = field.selectionStart()
        return text[:start] + words + text[start + len(field.selectedText()) :]
    cursor = field.cursorPosition()
    return text[:cursor] + words + text[cursor:]


def limited_under(field: QLineEdit, limit: int, said: Feedback | None = None) -> QLineEdit:
    """`limited`, saying it in `said`, a `Feedback` laid out just under the field (or the row
    of fields it serves), until the person goes back under the limit, as `LimitedText` does.

    Without `said`, the words are laid over the window just under the field while they show
    (said_under.py; a field in a form, a row or a chip flow, with no line of its own for
    them), in room its caller keeps there (`room_under`, `keep_room_under`): laid over the
    next label, they covered only its top half and two lines of words showed through each
    other, and room kept from the start means nothing moves when they come (LOOK.md). Laid
    over the window, they go with the field when its page scrolls or its layout moves it
    (out of sight when it goes out of its page's sight), and they go when the field is
    hidden or the person moves on to another field: never left over other content."""
    shown = said if said is not None else overlay(field)
    if said is not None:
        # in the form's layout: it wraps within room kept for both of its lines, so neither
        # is cut off in a narrow column (Reach out's person form, in Spanish) nor moves
        # anything when it speaks
        said.keep_room_for(partial(_limit_lines, limit))
    else:
        # laid over the window in one line's room: the window keeps the width they need
        keep_width_for(field, partial(_limit_lines, limit))
    # a line may serve a row of fields (a person's name and how to reach them): it goes only
    # when none of them is still at its limit
    holding = _holding(shown)
    key = id(field)
    field.destroyed.connect(lambda: holding.pop(key, None))

    def say(words: str) -> None:
        if words:
            holding[key] = words
            shown.say(words, seconds=None)
            if said is None:
                lay_under(shown, field)
            return
        if shown.text() != holding.pop(key, None):  # the line has said something else since
            return
        if holding:  # another field's limit, said again (it may be another number)
            shown.say(next(reversed(holding.values())), seconds=None)
        elif shown.speaking:
            shown.fade_out()

    return limited(field, limit, say)


def _limit_lines(limit: int) -> tuple[str, str]:
    """Both lines a field or box says at `limit`, in the language of the moment."""
    return limit_words(limit), cut_words(limit)


def say_under(field: QWidget, words: str, seconds: float = 8) -> None:
    """Say `words` just under `field`, laid over the window as `limited_under` says its
    limit, for `seconds` or until the person moves on to another field: for a field with no
    line of its own that must say why it did not take what was typed (a time field, at
    "2575")."""
    shown = limit_said(field) or overlay(field)
    shown.say(words, seconds=seconds)
    lay_under(shown, field)


def _holding(said: Feedback) -> dict[int, str]:
    """What `said` says for each field (by id) at its limit now, the latest last."""
    held = getattr(said, "_limit_holding", None)
    if not isinstance(held, dict):
        held = {}
        said._limit_holding = held  # type: ignore[attr-defined]
    return held


def room_under(widget: QWidget) -> int:
    """The height of the limit `limited_under` lays just under a field, with a little air: a
    gap this tall under the field keeps those words off what is below."""
    return widget.fontMetrics().height() + 6


def keep_room_under(layout: QBoxLayout, widget: QWidget) -> None:
    """Keep, at this point of a column, the room `limited_under` lays its words in (counting
    the column's own spacing): the field or row just added has them under it over nothing,
    not over the top half of the next label, and nothing moves when they come."""
    layout.addSpacing(max(0, room_under(widget) - layout.spacing()))


class LimitedText(QPlainTextEdit):
    """`limited` for a box of several lines, which has no maxLength: it holds as much as the
    store keeps (`limit`, from core). A paste past it keeps its start, up to the limit, and a
    key at the limit is left out; either way `said`, a `Feedback` to lay out just under the
    box, says "Up to … characters fit here." Cut before it goes in, so one Undo takes back the
    whole paste, and saving keeps every character the box shows, never a cut version of it.

    The words stay until the person changes the box again: a fixed few seconds ran out while
    they were still looking at a ten-megabyte paste arriving, and the cut went unexplained.

    Every box's `said` goes in its layout just under it, never laid over the window: laid
    over the next label (the quick log's note, the journal's questions), it covered only its
    top half, and two lines of words showed through each other."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.said = Feedback()
        self.said.keep_room_for(partial(_limit_lines, limit))  # whole in a narrow column
        self._holding = False
        self._example = ""  # the placeholder, drawn by paintEvent within both margins
        self.textChanged.connect(self._on_text_changed)

    def setPlaceholderText(self, text: str) -> None:
        """Example words shown while the box is empty, wrapped within its margin on both
        sides: Qt's own keeps the margin at the left only, and the check-in's "…something
        that happened, a" ran into the right border."""
        self._example = text
        if self.isVisible():  # asking for the viewport at start-up loads 14 more Qt types
            self.viewport().update()

    def placeholderText(self) -> str:
        return self._example

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._example or not self.document().isEmpty():
            return
        margin = int(self.document().documentMargin())
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.setClipRect(event.rect())
        room = self.viewport().rect().adjusted(margin, margin, -margin, 0)
        painter.drawText(room, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._example)
        painter.end()

    def setPlainText(self, text: str) -> None:
        """Words set whole (a saved entry reopened, a draft) leave the caret after them, where
        the next word goes: at the start, "except me" went in front of "Nobody said so"."""
        super().setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)

    def room(self) -> int:
        """How many more characters fit, counting what a selection would give back."""
        taken = len(self.document().toRawText()) - len(self.textCursor().selectedText())
        return self.limit - taken

    def say_limit(self, *, cut: bool = False) -> None:
        """Say the limit under the box, until the next change to what it holds; `cut`: words
        put in at once were cut, and the line says the rest was left out."""
        words = cut_words(self.limit) if cut else limit_words(self.limit)
        self.said.say(words, seconds=None)
        self._holding = True
        area = self.said.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        page = area.widget() if area is not None else None
        if area is not None and page is not None and page.isAncestorOf(self.said):
            # a box at the foot of the page it scrolls in (the journal's in the entry editor):
            # the page goes just far enough that its words show, rather than hiding past it
            area.ensureWidgetVisible(self.said, 0, 0)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            return  # a plain text box takes text only
        # the store refuses invisible control characters (binary pastes bring them) and the
        # direction controls that turn text around: left out here, they never make the words
        # fail to be kept when the window closes
        lines = source.text().replace("\r\n", "\n").replace("\r", "\n")  # as the store
        text = CONTROL.sub("", lines)
        room = max(0, self.room())
        self.textCursor().insertText(text[:room])  # Python counts as the store does
        self.ensureCursorVisible()
        if len(text) > room:
            self.say_limit(cut=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        adds = typed.isprintable() or event.key() in ENTER
        if typed and adds and len(typed) > self.room():
            event.accept()
            self.say_limit()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        # An input method (ibus, fcitx, a dead key composing "á") commits its words here,
        # never through keyPressEvent: unchecked, a box at its limit took one more character
        # than the store keeps, and the words were refused at the close.
        commit = event.commitString()
        room = max(0, self.room()) + event.replacementLength()  # a replacement gives back
        if len(commit) <= room:
            super().inputMethodEvent(event)
            return
        cut = QInputMethodEvent(event.preeditString(), event.attributes())
        cut.setCommitString(commit[:room], event.replacementStart(), event.replacementLength())
        super().inputMethodEvent(cut)
        event.accept()
        self.say_limit(cut=len(commit) > 1)  # a word put in at once, as a line field says

    def _on_text_changed(self) -> None:
        # the person goes on (deletes, types where there is room): the limit fades as any
        # feedback does; at the limit again, it is said again
        if self._holding:
            self._holding = False
            self.said.fade_out()
