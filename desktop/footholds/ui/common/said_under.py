"""A field's limit said just under it, laid over the window, for a field with no line of
its own for the words (limits.py, `limited_under` without `said`): placed under the field
(under an editable combo box's frame), kept there while a page scrolls or a layout moves it,
hidden past the edge of the page it scrolls in, and gone when the field is hidden, left for
another field or taken away. Its callers keep room for it (limits.py, `room_under`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QScrollArea, QWidget
from shiboken6 import isValid

from footholds.ui.common.feedback import Feedback
from footholds.ui.common.never_raises import never_raises


def limit_said(field: QWidget) -> Feedback | None:
    """The line laid over the window under `field` by `limited_under` (for tests)."""
    said = getattr(field, "_limit_said", None)
    return said if isinstance(said, Feedback) else None


def overlay(field: QWidget) -> Feedback:
    """A line to say `field`'s limit in, laid over the window under it once it speaks."""
    said = Feedback(field)  # on the window once it speaks; a child of the field until then
    said.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    said.setAutoFillBackground(True)  # legible over whatever it covers for the moment
    said.setWordWrap(True)  # in a window narrower than its words, never cut off (_place_under)
    said.hide()
    follower = _Follower(said, field)
    said.quiet.connect(said.hide)
    said.quiet.connect(follower.stop)

    # laid over the window, the line outlives a field whose card or row is taken away: it goes
    # with the field, and stops watching what held it
    # not to the follower's own method: when the window's children go, the follower may go
    # before the field, and a signal to a slot of a QObject half taken down was seen to fail
    # ("Slot '_Follower::' not found")
    def field_gone() -> None:
        if isValid(follower):
            follower.let_go()

    field.destroyed.connect(field_gone)
    field._limit_said = said  # type: ignore[attr-defined]
    return said


def keep_width_for(field: QWidget, words: Callable[[], Iterable[str]]) -> None:
    """Let the window `field` is in be no narrower than `words()` laid under it need (asked
    again at each layout, so a language change brings its own): the room its caller keeps
    under the field is one line, and words wrapping onto a second lay over the next field
    (`window_needs`, which a CalmWindow keeps its least width to)."""
    field._limit_lines = words  # type: ignore[attr-defined]


def window_needs(window: QWidget) -> int:
    """How wide `window` must be for every limit laid over it (`keep_width_for`) to show on
    one line, in the language of the moment, within the page it is seen in; 0 for none.
    My medicines went down to 217 pixels, and "Caben 100 caracteres; el resto se ha quedado
    fuera." needed 316."""
    if not window.isVisible():
        return 0  # not laid out yet: its page's view has no width to measure from
    widest = 0
    for field in window.findChildren(QLineEdit):
        lines = getattr(field, "_limit_lines", None)
        said = limit_said(field)
        if said is None or not callable(lines):
            continue
        metrics = said.fontMetrics()
        words = max((metrics.horizontalAdvance(text) for text in lines()), default=0) + 12
        widest = max(widest, words + _round_sight(field, window))
    return widest


def _round_sight(field: QWidget, window: QWidget) -> int:
    """How much of `window`'s width lies outside what `field`'s words can be seen in
    (`_sight`: the margins of what holds the field, the view of the page it scrolls in, and
    a scroll bar not shown yet)."""
    hidden = 0
    widget = field.parentWidget()
    while widget is not None and widget is not window:
        if isinstance(widget, QAbstractScrollArea):
            if widget.viewport().width() <= 0 or not widget.isVisible():
                return 0  # not laid out (a page not shown): measured once it is
            bar = widget.verticalScrollBar()
            hidden += 0 if bar.isVisible() else bar.sizeHint().width()
        widget = widget.parentWidget()
    return window.width() - _sight(field).width() + hidden


def _follower(said: Feedback) -> _Follower:
    follower = said.findChild(_Follower)
    assert follower is not None  # made with the overlay
    return follower


def lay_under(said: Feedback, field: QWidget) -> None:
    """Lay `said`, speaking now, under `field` and keep it there; a field at the foot of the
    page it scrolls in (the journal's part of me, in the entry editor) has its page scrolled
    just enough that the words show, rather than have them hidden past the page's end. A
    page that cannot scroll that far (its last field at its very foot: Reach out's nudge
    time, Settings' times) has them just over the field instead, never unseen."""
    _place_under(said, field, over_too=False)
    _follower(said).start()
    if said.isVisible() or not field.isVisible():
        return
    area = field.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    page = area.widget() if area is not None else None
    if area is not None and page is not None:
        framed = _framed(field)
        under = framed.mapTo(page, QPoint(0, framed.height() + said.height()))
        area.ensureVisible(under.x(), under.y(), 0, 0)  # the follower lays it there again
    if not said.isVisible():
        _place_under(said, field)  # no room under it, even scrolled: over it


def _framed(field: QWidget) -> QWidget:
    """What `field` is seen as: the typing line of an editable combo box sits inside the
    box's frame, and words laid under the line alone covered the frame's foot."""
    from PySide6.QtWidgets import QComboBox  # as a field's words are laid under it

    box = field.parentWidget()
    return box if isinstance(box, QComboBox) and box.lineEdit() is field else field


def _place_under(said: Feedback, field: QWidget, *, over_too: bool = True) -> None:
    """Lay `said` over the window just under `field`, as wide as its words need; where that
    place is out of sight (past the foot of the page the field scrolls in, or of the window)
    just over the field instead (unless not `over_too`), and hidden while neither is."""
    field = _framed(field)
    window = field.window()
    if said.parent() is not window:
        said.setParent(window)
    sight = _sight(field)
    at = field.mapTo(window, QPoint(0, field.height()))
    wide = said.fontMetrics().horizontalAdvance(said.text()) + 12
    wide = max(field.width(), min(wide, sight.width()))
    # words wider than the room right of the field start further left, under what is
    # beside it, rather than run past the page's edge, under its scroll bar, where they
    # were not shown at all (Settings' times, "Try one like 9:30 or 2")
    left = max(sight.left(), min(at.x(), sight.left() + sight.width() - wide))
    # wider than all that can be seen (My medicines at its least width, in Spanish), they
    # wrap onto a second line there rather than lose their end past the edge
    said.setFixedHeight(said.words_height(said.text(), wide))
    place = QRect(left, at.y(), wide, said.height())
    if over_too and not sight.contains(place):
        over = place.translated(0, -field.height() - said.height())
        if sight.contains(over):
            place = over
    said.setGeometry(place)
    if field.isVisible() and sight.contains(place):
        said.raise_()
        said.show()
    else:
        said.hide()


def _sight(field: QWidget) -> QRect:
    """Where words laid over the window for `field` can be seen: within the window, within
    the margins of every layout holding the field, and within every scrolling page's view the
    field is seen through (past a view's edge they would lie over the window's other parts)."""
    window = field.window()
    sight = window.rect()
    widget = field.parentWidget()
    while widget is not None:
        area = widget.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is widget:
            sight &= QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        layout = widget.layout()
        if layout is not None and layout.contentsRect().isValid():
            # within the margins of what holds the field: words run to the window's edge,
            # past the field and the page's margin, read as belonging to nothing (Get help
            # now's number, in Spanish); sideways only, so a field at a page's foot still
            # has its words under it, in the bottom margin
            inner = layout.contentsRect()
            left = widget.mapTo(window, inner.topLeft()).x()
            sight &= QRect(left, sight.top(), inner.width(), sight.height())
        if widget is window:
            break
        widget = area
    return sight


class _Follower(QObject):
    """While an overlaid limit line shows, keeps it under its field: a Move or Resize of the
    field or of anything holding it (a page scrolled, a card laid out anew, the window
    resized) places it again, and the field hidden or left for another field lets it go."""

    def __init__(self, said: Feedback, field: QWidget) -> None:
        super().__init__(said)
        self.said = said
        self.field = field
        self._watched: list[QWidget] = []

    def start(self) -> None:
        self.stop()
        widget: QWidget | None = self.field
        while widget is not None:
            widget.installEventFilter(self)
            self._watched.append(widget)
            if widget.isWindow():
                break
            widget = widget.parentWidget()

    def stop(self) -> None:
        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []

    def let_go(self) -> None:
        """The field is gone: so are its words, and the watch on what held it."""
        self.stop()
        if isValid(self.said):
            self.said.hide()
            self.said.deleteLater()

    @never_raises
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self.field) or not isValid(self.said):
            # an error raised in an event filter takes the whole app down on this PySide
            self.let_go()
            return False
        kind = event.type()
        if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            if self.said.speaking:
                _place_under(self.said, self.field)
        elif kind == QEvent.Type.Hide and watched is not self.field.window():
            self.said.clear_now()  # the field went from sight: so do its words
        elif (
            kind == QEvent.Type.FocusOut
            and watched is self.field
            and isinstance(event, QFocusEvent)
            # a menu (Paste) or another window for a moment: the person is still here
            and event.reason()
            not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        ):
            self.said.clear_now()  # on to another field: it would only cover what is under
        return False
