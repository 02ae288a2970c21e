"""The parts a phone line is shown with: a label whose links the keyboard reaches, a number
that never breaks, and the one Call or Copy number action. The crisis lines and the person's
own numbers are both built from them, so the two look and work the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetricsF,
    QMouseEvent,
    QResizeEvent,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QLabel, QPushButton

from footholds.platform import phone_links
from footholds.ui.common import buttons, icons
from footholds.ui.common.calm import escape
from footholds.ui.common.focus_ring import FocusRing
from footholds.ui.common.wrap_row import breakable_words, flowed

# what a number is written with between its digits ("+44 (0) 20 7946-0958"), and what of it
# is no part of it at either end ("call 999.")
IN_NUMBER = frozenset("0123456789 +()-.\u2011")  # as read back: no-break spaces are spaces
AROUND_NUMBER = frozenset(" -.\u2011")
LINK_FLAGS = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
)


class LinkLabel(QLabel):
    """Rich text that Tab enters straight at its first link (Shift+Tab at its last): Qt's
    own label first stops on the words, with nothing drawn to show where the keyboard is.
    While the keyboard is on it, the fields' 2 px ring goes round it (Qt's own mark on the
    link is a faint dotted box)."""

    _ring: FocusRing | None = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._ring is None and event.reason() != Qt.FocusReason.MouseFocusReason:
            self._ring = FocusRing(self)  # made on the first keyboard visit: most never have one
            self._ring.follow()
        if self.hasSelectedText():
            return
        if event.reason() == Qt.FocusReason.TabFocusReason:
            super().focusNextPrevChild(True)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            end = len(QTextDocumentFragment.fromHtml(self.text()).toPlainText())
            self.setSelection(end, 0)  # from the end, back to the last link
            super().focusNextPrevChild(False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self.select_whole_number()

    def select_whole_number(self) -> None:
        """A double click on digits selects the whole number round them: Qt takes "116 123"
        for two words, and selected only "123"."""
        start, chosen = self.selectionStart(), self.selectedText()
        if start < 0 or not chosen.isdecimal():
            return
        plain = QTextDocumentFragment.fromHtml(self.text()).toPlainText()
        if plain[start : start + len(chosen)] != chosen:
            return  # the words are laid out otherwise than read here: leave Qt's word
        first, end = start, start + len(chosen)
        while first > 0 and plain[first - 1] in IN_NUMBER:
            first -= 1
        while end < len(plain) and plain[end] in IN_NUMBER:
            end += 1
        while plain[first] in AROUND_NUMBER:  # the run holds a digit: it never runs out
            first += 1
        while plain[end - 1] in AROUND_NUMBER:
            end -= 1
        self.setSelection(first, end - first)


class FlowingLinkLabel(LinkLabel):
    """A sentence, then pieces set in lines to the label's width with a separator only
    between two on one line (wrap_row.flowed), laid out again as the width changes."""

    GAP = "&nbsp;&nbsp;·&nbsp;&nbsp;"
    SLACK = 4  # pixels kept spare: Qt's own layout of a line may come out a little wider

    def __init__(self, head: str, pieces: list[str]) -> None:
        super().__init__()
        self.head, self.pieces = head, pieces
        self._width = -1
        self._measure: QLabel | None = None  # heightForWidth's, made when first needed

    def _html_at(self, width: int) -> str:
        """The sentence and the pieces set in lines `width` wide (its contents' width)."""
        html = self.head
        if self.pieces:
            metrics = QFontMetricsF(self.font())
            html += "<br>" + flowed(self.pieces, max(1, width - self.SLACK), metrics, self.GAP)
        return html

    def flow(self) -> None:
        width = self.contentsRect().width()
        if width == self._width:
            return
        self._width = width
        html = self._html_at(width)
        if html != self.text():
            self.setText(html)

    def heightForWidth(self, width: int) -> int:
        """The height of its lines as they are set at `width`, not as they are set now: a
        window sized to its words before the label had its width (the tough day opening)
        counted a line too few, and opened with its page scrolling."""
        margins = self.contentsMargins()
        html = self._html_at(width - margins.left() - margins.right())
        if html == self.text():
            return super().heightForWidth(width)
        if self._measure is None:
            # never shown: only measures. Its hidden child, never a parentless label that
            # only this attribute holds: Python's collector would delete that top-level
            # widget at a moment of its own, the way PySide code dies in gc.collect()
            self._measure = QLabel(self)
            self._measure.hide()
            self._measure.setWordWrap(True)
            self._measure.setTextFormat(Qt.TextFormat.RichText)
        self._measure.setFont(self.font())
        self._measure.setContentsMargins(margins)
        self._measure.setText(html)
        return self._measure.heightForWidth(width)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its widest word or number, not its widest piece: a piece that fits
        its line stays whole there, and counted as the least width it held the window
        open at its width, or (laid out a little narrower, in Spanish) widened it."""
        hint = super().minimumSizeHint()
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(0)
        doc.setHtml("<br>".join([self.head, *map(breakable_words, self.pieces)]))
        doc.setTextWidth(1)  # each line wrapped as narrow as it goes
        margins = self.contentsMargins()
        least = int(doc.idealWidth()) + 1 + self.SLACK + margins.left() + margins.right()
        return QSize(least, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.flow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the same words now take other room
            self._width = -1
            self.flow()


def linked_label(html: str, on_link: Any, label: QLabel | None = None) -> QLabel:
    """Rich text whose numbers can be selected and whose links open on click or Enter.

    Tab stops only at its links: a stop on the words themselves shows nothing but a thin
    text cursor (each line's Copy or Call button is the keyboard's way to its number)."""
    label = label if label is not None else LinkLabel()
    label.setText(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    flags = LINK_FLAGS
    if "<a " in html:
        flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    label.setTextInteractionFlags(flags)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(on_link)
    return label


def number_html(number: str) -> str:
    """A phone number that never breaks across lines."""
    return escape(number).replace(" ", "&nbsp;").replace("-", "&#8209;")


def big_number(html: str) -> str:
    """A number to dial, big and bold (LOOK.md: in Get help now the numbers are big), so it
    is read at a glance and copied by hand without a slip."""
    return f'<span style="font-size: large;"><b>{html}</b></span>'


def line_actions(
    name: str,
    call: str,
    text: str,
    on_link: Callable[[str], None],
    keyword: str = "",
    copied: str = "",
) -> list[QPushButton]:
    """A line's actions, first the one the focus may open on: "Call" where the system can
    place a call to a whole number, with "Copy number" always beside it, quiet (a phone app
    may be registered and still not work: the number is never one click further away); else
    "Copy number" alone; for a line one only texts, "Copy text number"; none without a
    number. The crisis lines and the person's own numbers share it, so their own doctor's
    number is as easy to reach as a helpline's. `copied` is what Copy number copies, where
    that is not `call` itself (an own number's digits without its extension)."""
    if not call:
        return [text_copy(name, text, keyword)] if text else []
    translate = QCoreApplication.translate
    url = phone_links.tel_url(call) if phone_links.can_open("tel") else None
    copy = copy_button(
        translate("CrisisLines", "Copy number"),
        translate("CrisisLines", "Copy the number for {name}").format(name=name),
        translate(
            "CrisisLines", "Puts {number} on the clipboard, to paste or to dial from your phone."
        ).format(number=copied or call),
        copied or call,
        "secondary" if url is None else "quiet",
    )
    if url is None:  # nothing to call with, or "ext 12": no whole number to dial
        return [copy]
    button = buttons.secondary(translate("CrisisLines", "Call"))
    button.setIcon(icons.ui_icon("call"))
    # the service and its number, as a screen reader should say the one call action
    button.setAccessibleName(
        translate("CrisisLines", "Call {name} on {number}").format(name=name, number=call)
    )
    button.setAccessibleDescription(
        translate("CrisisLines", "Starts a call to {number}.").format(number=call)
    )
    button.clicked.connect(lambda _=False, u=url: on_link(u))
    return [button, copy]


def copy_button(
    words: str, name: str, about: str, number: str, role: str = "secondary"
) -> QPushButton:
    """A Copy button: `words` on it, `name` for a screen reader, `about` what it does; wide
    enough for "Copied" too, so nothing moves when it says so. Quiet beside a Call."""
    button = buttons.button(role, words)
    button.setIcon(icons.ui_icon("copy"))
    button.setAccessibleName(name)
    button.setAccessibleDescription(about)
    button.setToolTip(about)
    buttons.room_for(button, QCoreApplication.translate("CrisisLines", "Copied"))
    button.clicked.connect(lambda _=False, b=button, n=number: copy_number(b, n))
    return button


def text_copy(name: str, text: str, keyword: str = "", quiet: bool = False) -> QPushButton:
    """ "Copy text number": the number alone, for the "To" of a message (pasted with its
    keyword it would be no number at all); the word to send is said with it, on the line
    beside it and to a screen reader, so it is not lost."""
    translate = QCoreApplication.translate
    if keyword:
        about = translate(
            "CrisisLines",
            "Puts {number} on the clipboard. Send it a message with the word {word}.",
        ).format(number=text, word=keyword)
    else:
        about = translate(
            "CrisisLines", "Puts {number} on the clipboard, to send a text to it from your phone."
        ).format(number=text)
    return copy_button(
        translate("CrisisLines", "Copy text number"),
        translate("CrisisLines", "Copy the text number for {name}").format(name=name),
        about,
        text,
        "quiet" if quiet else "secondary",
    )


def emergency_copy(number: str, quiet: bool = False) -> QPushButton:
    """ "Copy number" beside the emergency number; `quiet` beside its "Call" link."""
    translate = QCoreApplication.translate
    return copy_button(
        translate("CrisisLines", "Copy number"),
        translate("CrisisLines", "Copy the emergency number"),
        translate(
            "CrisisLines", "Puts {number} on the clipboard, to paste or to dial from your phone."
        ).format(number=number),
        number,
        "quiet" if quiet else "secondary",
    )


def copy_number(button: QPushButton, number: str) -> None:
    """Put `number` on the clipboard; the button says "Copied" for a moment."""
    buttons.copy_text(button, number, QCoreApplication.translate("CrisisLines", "Copied"))
