"""The list delegates the windows with lists share: HTML rows (RichItemDelegate) and plain rows
wrapped to the list's width (WrappingDelegate). Their own module, apart from calm.py, which
the quick log built at start uses: the item views' classes stay out of the idle app until a
window with a list opens.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import HTML_ROLE, INDENT_ROLE, escape


def _fit_to_width(view: QAbstractItemView, *, word_wrap: bool = False) -> None:
    """Set up a list for rows wrapped to its width: no sideways scroll bar, rows of their
    own heights, measured again as the list resizes (and, with `word_wrap`, the view's own
    text wrapped too)."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if isinstance(view, QListView):
        if word_wrap:
            view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap as the list resizes


def _spacing(view: QAbstractItemView) -> int:
    """The space a list keeps around each row (none for other item views)."""
    return view.spacing() if isinstance(view, QListView) else 0


class RichItemDelegate(QStyledItemDelegate):
    """Draws a list item's HTML (HTML_ROLE), wrapped to the width of the list."""

    PAD = 8

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        _fit_to_width(view)

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(str(index.data(HTML_ROLE) or escape(str(index.data() or ""))))
        doc.setTextWidth(self.wrap_width())
        return doc

    def wrap_width(self) -> int:
        """The width every row's words wrap at: the list's viewport as it is now (beside the
        scroll bar while it shows), less the list's spacing and the row's padding, the same
        on both sides. 16 px more kept for a frame and spacing the viewport already leaves
        out made the words stop 24 px short of the bar and 8 px from the left edge, and
        wrap a word sooner than there was room for."""
        spacing = _spacing(self.view)
        return max(50, self.view.viewport().width() - 2 * spacing - 2 * self.PAD)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.textWidth()) + 2 * self.PAD, int(doc.size().height()) + 2 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""  # the style draws the background and selection; the text is ours
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self.view)
        doc = self._document(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + self.PAD, option.rect.top() + self.PAD)
        doc.documentLayout().draw(painter, context)
        painter.restore()


class WrappingDelegate(QStyledItemDelegate):
    """A list's plain rows wrapped to the width of the list, long runs broken: a step or a dose
    in the person's own words is never cut off with "…" nor brings in a sideways scroll bar.
    Ticks, editing and dragging stay the list's own; only the drawn words get break points."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        _fit_to_width(view, word_wrap=True)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = breakable(option.text)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        indent = int(index.data(INDENT_ROLE) or 0)
        if indent:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(indent, 0, 0, 0)
        super().paint(painter, option, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # The style wraps only within a width it is given; a list view gives none, so the
        # rows would be measured as one long line and then cut off with "…".
        spacing = _spacing(self.view)
        indent = int(index.data(INDENT_ROLE) or 0)
        width = max(50, self.view.viewport().width() - 2 * spacing - indent)
        measured = QStyleOptionViewItem(option)
        measured.rect = QRect(0, 0, width, 1)
        size = super().sizeHint(measured, index)
        return QSize(min(size.width(), width) + indent, size.height())
