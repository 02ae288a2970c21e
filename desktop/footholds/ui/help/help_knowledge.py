"""Good to know: a little plain knowledge for the worst moments (what happens when you call a
line, how an urge rises and falls, the warning signs worth telling someone about). The words
are data, in the help_knowledge content pack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from footholds.core import content
from footholds.ui.common import tokens
from footholds.ui.common.calm import CalmWindow, heading, language, wrapped
from footholds.ui.common.components import WindowHeader
from footholds.ui.common.help_link import HelpLink
from footholds.ui.common.measure import in_measure, keep_readable
from footholds.ui.common.scrolling import page_area, scrolling_page

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class HelpKnowledgeWindow(CalmWindow):
    """A short read, one topic under another; opened from Get help now and the safety plan."""

    follows_language = True  # words itself again on a language change (changeEvent)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.resize(560, 640)
        self.header = WindowHeader("")
        self.topics: dict[str, QLabel] = {}
        self.texts: list[QLabel] = []
        self.column = QVBoxLayout()
        self.column.setSpacing(tokens.XS)
        # the same Get help now link as every window, kept in view under the page (it was a
        # grey button of its own at the bottom left, beside a Close button no other window had)
        self.help_link = HelpLink(ctx)
        inner = scrolling_page(self, "", "", self.help_link)
        # the words up to the measure wide: at 1280 pixels they crossed the whole screen
        words = QWidget()
        held = QVBoxLayout(words)
        held.setContentsMargins(0, 0, 0, 0)
        held.setSpacing(inner.spacing())
        held.addWidget(self.header)
        held.addLayout(self.column)
        inner.addWidget(in_measure(words))
        inner.addStretch(1)
        self.scroller: QScrollArea = page_area(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Words from tr() and from the content pack, in the person's language."""
        self.setWindowTitle(self.tr("Good to know"))
        self.header.set_text(
            self.tr("Good to know"),
            self.tr("A few plain things that can help on the hardest days. Read what you need."),
        )
        self.scroller.setAccessibleName(self.tr("Good to know"))
        self.scroller.setAccessibleDescription(
            self.tr(
                "Calling or texting a line, how an urge rises and falls, and warning signs "
                "worth telling someone about."
            )
        )
        self._fill()
        keep_readable(self, self.scroller)  # never too small to read, in this language

    def _fill(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.topics = {}
        self.texts = []
        for topic in content.load_pack("help_knowledge", language(self.ctx)):
            title = heading(topic["title"], 1)
            title.setContentsMargins(0, tokens.S, 0, 0)
            self.column.addWidget(title)
            self.topics[topic["id"]] = title
            self.texts.append(title)
            for paragraph in topic["paragraphs"]:
                text = wrapped(paragraph, selectable=True)
                text.setAccessibleName(topic["title"])
                self.column.addWidget(text)
                self.texts.append(text)

    def text(self) -> str:
        """Every topic as plain text, titles included."""
        return "\n".join(label.text() for label in self.texts)

    def present(self, topic: str = "", **_options: Any) -> None:
        """Show the window at the top, or at `topic` (hk-calling, hk-urge, hk-signs)."""
        super().present()
        target = self.topics.get(topic)
        bar = self.scroller.verticalScrollBar()
        page = self.scroller.widget()
        if target is not None and page is not None:
            page.adjustSize()
            self.scroller.ensureWidgetVisible(target, 0, 0)
            # its place on the page (the topics sit in the measure's column, inside it)
            bar.setValue(target.mapTo(page, QPoint(0, 0)).y())
        else:
            bar.setValue(0)
        # (Page Down reads on from the help link, its one control: CalmWindow.keyPressEvent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
