"""Words typed in a window's boxes and not added or saved yet, kept when Footholds closes (the
tray's Quit, a logout's SIGTERM, `footholds quit`): a window gives them as its draft
(`draft()`, app/quitting.py keeps them with core/drafts.py, sealed while locked), takes them
back when it is built again, and puts each back in its box with a line saying they are not
saved yet. Nothing joins the person's records unless they add or save it.

The boxes are named by a key of the window's choosing; only words typed (the box's modified
flag) and not blank are kept, so a box filled from the store is never kept as a draft.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from footholds.core import drafts
from footholds.ui.common.calm import FRAME_ALLOWANCE, grows_below, screen_area, screen_room
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.page_fit import room_below

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit  # named only: no window of the idle app has one

    from footholds.ui.context import AppContext


# The application's property set once words typed have come back through the lock (Lock now,
# then the unlock, or the lock turned off: app/lock_drafts.py); cleared as a context is built.
THROUGH_LOCK = "footholds_words_through_lock"


def kept_line() -> str:
    """The line shown beside words given back. At the start, they were kept when Footholds
    closed; once an unlock has given words back, every draft waiting then went through the
    lock (Lock now puts them all in the sealed file), and Footholds did not close."""
    app = QCoreApplication.instance()
    through = app is not None and bool(app.property(THROUGH_LOCK))
    return kept_lines()[1 if through else 0]


def kept_lines() -> tuple[str, str]:
    """The kept line's two sayings: after a close, and after the lock."""
    return (
        QCoreApplication.translate(
            "kept_words",
            "These are the words you were writing when Footholds closed. They are not saved yet.",
        ),
        QCoreApplication.translate(
            "kept_words",
            "These are the words you were writing, kept locked until now. They are not saved yet.",
        ),
    )


def through_lock(app: QCoreApplication | None, on: bool) -> None:
    """From now on, words given back came through the lock (`on`), or from a close."""
    if app is not None:
        app.setProperty(THROUGH_LOCK, on)


def typed(boxes: Mapping[str, QLineEdit]) -> dict[str, str]:
    """The words typed in each box and still there, by key ({} when none)."""
    return {
        key: box.text()
        for key, box in boxes.items()
        if not box.isReadOnly() and box.isModified() and box.text().strip()
    }


def take(ctx: AppContext, name: str) -> dict[str, Any]:
    """Window `name`'s drafts kept at the last close, as one and taken out of the waiting
    ones: of several (one sealed at a quit while locked), the newest for each key."""
    out: dict[str, Any] = {}
    for draft in drafts.pop_all(ctx.windows.drafts, name):  # newest first
        for key, value in draft.items():
            out.setdefault(key, value)
    return out


def put_back(boxes: Mapping[str, QLineEdit], kept: Mapping[str, Any]) -> bool:
    """Kept words back in their boxes, each as typed (so kept again at the next close), when
    the box is empty; True when any came back."""
    back = False
    for key, box in boxes.items():
        words = kept.get(key)
        if isinstance(words, str) and words.strip() and not box.text().strip():
            box.setText(words)
            box.setModified(True)
            to_the_end(box)
            back = True
    return back


def to_the_end(box: QLineEdit | QTextEdit | QPlainTextEdit) -> None:
    """The cursor after the words in `box`, so typing goes on where they end. Every window
    that gives words back (a draft, a note written earlier) puts them in, then calls this:
    setPlainText leaves the cursor at the start, and an "X" typed went before them."""
    if isinstance(box, QLineEdit):
        box.setCursorPosition(len(box.text()))
    else:
        box.moveCursor(QTextCursor.MoveOperation.End)


def forget(boxes: Mapping[str, QLineEdit]) -> None:
    """Empty the boxes, once their words are kept elsewhere (Lock now sealed them)."""
    for box in boxes.values():
        box.clear()
        box.setModified(False)


def settled(ctx: AppContext) -> None:
    """Words brought back were saved or cleared: the drafts file follows now (crash-safe),
    so they can never come back as "not saved yet" (app/quitting.py settle_drafts)."""
    settle = getattr(ctx.windows, "settle_drafts", None)
    if callable(settle):
        settle()


def keep_now(ctx: AppContext) -> None:
    """Words a window keeps only as its draft are written to the drafts file now (crash-safe,
    private, sealed as the store is; app/quitting.py keep_drafts_now), not only at the quit."""
    keep = getattr(ctx.windows, "keep_drafts", None)
    if callable(keep):
        keep()


def _words(box: QLineEdit | QTextEdit | QPlainTextEdit) -> str:
    return box.text() if isinstance(box, QLineEdit) else box.toPlainText()


def until_gone(
    ctx: AppContext,
    boxes: Iterable[QLineEdit | QTextEdit | QPlainTextEdit],
    gone: Callable[[], None],
) -> None:
    """Once the words brought back into `boxes` are gone from all of them (emptied by the
    person, or by a save), `gone` runs (the line saying they are not saved yet goes) and the
    drafts file follows (settled). Once only."""
    boxes = list(boxes)
    if not boxes:
        return
    watch = QObject(boxes[0])

    def changed() -> None:
        if watch.property("done") or any(_words(b).strip() for b in boxes):
            return
        watch.setProperty("done", True)
        for box in boxes:
            box.textChanged.disconnect(changed)
        gone()
        settled(ctx)

    for box in boxes:
        box.textChanged.connect(changed)


def line_goes(label: Any) -> Callable[[], None]:
    """For until_gone: `label` lets go of the kept line, unless it says something else now
    (a save's own words); its room stays, so nothing below jumps."""

    def go() -> None:
        if label.text() in kept_lines():
            label.setText("")

    return go


def line() -> StatusLine:
    """The kept line in the hint's quiet look, hidden and taking no room until words come
    back (`appear`, `shown`): most windows never bring any back, and room kept empty under
    a form in every one would spread them out (a crisis window most of all)."""
    label = StatusLine(kept_lines())
    label.hide()
    return label


def appear(label: StatusLine) -> None:
    """`label` (from `line`) says words came back, in a window grown for it: downwards, where
    the window stands and within the screen below it (page_fit.room_below), so the boxes
    above keep their height and the window its place. Words given back as a window opens
    are there from its first frame, the window sized with them and centred, the first time,
    where it would be without them (calm.GROWN_BELOW). When it goes (`gone`) its room goes
    with it: the rows below close up and the window keeps its size, the room left at the
    form's end, no gap in its middle."""
    label.reserve(kept_lines())  # in the language of now
    label.say(kept_line())
    if not label.isHidden():
        return  # there already: the window was sized with it
    window = label.window()
    was = window.height()  # grown from this: a window grown meanwhile for its least height
    label.show()
    if window is label or window.windowState() & (
        Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    ):
        return
    if window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        _grow_for(label, window, was)
    if not window.property("centred") and not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        # centred as it first shows (calm.centre_first_time) where it would be without the
        # line, which it grew by downwards: the same place with or without words given back
        # (measured then, at the size it opens at: a window fitted to its page after its
        # words came back, the affirmation, wraps the line in more lines than now)
        grows_below(window, partial(_room_while_shown, label))


def _grow_for(label: StatusLine, window: QWidget, was: int) -> None:
    """`window` as tall as it `was` and the room `label` takes (its height and the spacing
    above it), downwards within the screen below it; never moved, never shrunk (CalmWindow
    may have grown it already for the least height its layout needs with the line)."""
    placed = window.isVisible() or window.testAttribute(Qt.WidgetAttribute.WA_Moved)
    most = room_below(window) if placed else _room_when_centred(window, was)
    grown = min(was + _room(label), max(window.height(), most))
    if grown > window.height():
        window.resize(window.width(), grown)


def _room_when_centred(window: QWidget, was: int) -> int:
    """The tallest a window `was` tall may grow, at its foot, once centred as it first shows
    (calm.centre_first_time: its top where it would be without the growth, then kept whole
    on the screen, title bar and borders reckoned at FRAME_ALLOWANCE) without moving up."""
    area = screen_area(window)
    room = screen_room(window)
    if area is None or room is None:
        return was
    top = min(area.top() + (area.height() - was) // 2, area.bottom() + 1 - was - FRAME_ALLOWANCE)
    return min(area.bottom() + 1 - FRAME_ALLOWANCE - max(top, area.top()), room.height())


def _room_while_shown(label: StatusLine) -> int:
    return 0 if label.isHidden() else _room(label)


def _room(label: StatusLine) -> int:
    """The height `label` takes in its layout, at the width it is laid out at."""
    window = label.window()
    layout = window.layout()
    if not window.isVisible():
        _lay_out_hidden(label)  # resized hidden: its layouts still at its size before
    elif layout is not None:
        layout.activate()  # the line laid out at the window's width, to measure it
    width = label.width() if label.width() > 0 else label.sizeHint().width()
    tall = label.heightForWidth(width) if label.hasHeightForWidth() else -1
    return (tall if tall > 0 else label.sizeHint().height()) + _spacing_above(label)


def _lay_out_hidden(label: QWidget) -> None:
    """`label`'s window laid out at its size down to `label`, in a window not shown yet: Qt
    lays out a hidden widget's children only as it shows, and gives a scroll area's page
    its width only then, so the Affirmation's line was measured on a page still 640 wide,
    one line where it takes two, and the window opened 7 px higher with words given back
    than without."""
    chain: list[QWidget] = []
    parent = label.parentWidget()
    while parent is not None:
        chain.insert(0, parent)
        parent = parent.parentWidget()
    for widget in chain:  # the outermost first: each sets the sizes of the next
        view = widget.parentWidget()
        area = view.parentWidget() if view is not None else None
        if isinstance(area, QScrollArea) and area.widget() is widget and area.widgetResizable():
            widget.resize(area.viewport().width(), widget.height())
        if isinstance(widget, QScrollArea):  # its view laid out in it
            QCoreApplication.sendEvent(widget, QResizeEvent(widget.size(), widget.size()))
        layout = widget.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()


def _spacing_above(label: QWidget) -> int:
    """The spacing of the layout that holds `label`, as it adds to the room it takes."""
    parent = label.parentWidget()
    found = _holding(parent.layout(), label) if parent is not None else None
    if found is None:
        return 0
    spacing = found.spacing()
    if spacing < 0 and parent is not None:
        style = parent.style()
        spacing = style.layoutSpacing(
            QSizePolicy.ControlType.Label,
            QSizePolicy.ControlType.Label,
            Qt.Orientation.Vertical,
        )
    return max(0, spacing)


def _holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        found = _holding(inner, widget)
        if found is not None:
            return found
    return None


def gone(label: StatusLine) -> None:
    """`label` (from `appear`) goes, and its room with it: the rows below close up, and the
    window keeps its size (nothing shrinks under the pointer), the room at the form's end.
    Also for a form opened afresh over other words (the proof list's editor)."""
    label.hide()


def shown(
    ctx: AppContext, label: StatusLine, boxes: Iterable[QLineEdit | QTextEdit | QPlainTextEdit]
) -> None:
    """`label` (from `line`) shows under words brought back into `boxes` (`appear`), until
    they are saved or emptied (until_gone), when it goes with its room (`gone`)."""
    appear(label)
    until_gone(ctx, boxes, lambda: gone(label))
