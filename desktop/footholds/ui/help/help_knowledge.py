"""Good to know: a little plain knowledge for the worst moments (what happens when you call a
line, how an urge rises and falls, the warning signs worth telling someone about). The words
are data, in the help_knowledge content pack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footholds.core import content
from footholds.ui.common import buttons
from footholds.ui.common.calm import CalmWindow, heading, hint, language, wrapped

if TYPE_CHECKING:
    from footholds.ui.context import AppContext


class HelpKnowledgeWindow(CalmWindow):
    """A short read, one topic under another; opened from Get help now and the safety plan."""

    follows_language = True  # words itself again on a language change (changeEvent)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.resize(560, 640)
        self.title = heading("", 4)
        self.intro = hint(ctx, "")
        self.topics: dict[str, QLabel] = {}
        self.texts: list[QLabel] = []
        self.column = QVBoxLayout()
        self.column.setSpacing(6)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(20, 18, 20, 12)
        inner.setSpacing(8)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addLayout(self.column)
        inner.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.help_now = buttons.secondary("")
        self.help_now.setVisible(ctx.windows.available("help-now"))
        self.close_button = buttons.quiet("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.scroller, 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(20, 0, 20, 0)
        bar.addWidget(self.help_now)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout.addLayout(bar)
        self.retranslate()
        self.help_now.clicked.connect(lambda: ctx.windows.show("help-now"))
        self.close_button.clicked.connect(self.close)

    def retranslate(self) -> None:
        """Words from tr() and from the content pack, in the person's language."""
        self.setWindowTitle(self.tr("Good to know"))
        self.title.setText(self.tr("Good to know"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(
            self.tr("A few plain things that can help on the hardest days. Read what you need.")
        )
        self.scroller.setAccessibleName(self.tr("Good to know"))
        self.scroller.setAccessibleDescription(
            self.tr(
                "Calling or texting a line, how an urge rises and falls, and warning signs "
                "worth telling someone about."
            )
        )
        self.help_now.setText(self.tr("Get help now"))
        self.help_now.setAccessibleName(self.tr("Open Get help now"))
        self.help_now.setAccessibleDescription(
            self.tr("Crisis lines for your region, the emergency number and your own people.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close Good to know"))
        self.close_button.setAccessibleDescription(self.tr("You can open it again any time."))
        self._fill()

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
            title.setContentsMargins(0, 10, 0, 0)
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
        if target is not None:
            self.scroller.widget().adjustSize()  # type: ignore[union-attr]  # set in __init__
            self.scroller.ensureWidgetVisible(target, 0, 0)
            bar.setValue(target.y())
        else:
            bar.setValue(0)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
