"""A list's room below it, put back under the list's end when its last item holds a list.

Qt's rich text gives a list's bottom margin to its last item's own line, which comes before
that item's nested list: the check-in summary's last day stood 12 px apart from its notes."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument


def _depth(block: QTextBlock) -> int:
    """How deep in lists the block is (0: not in a list)."""
    listed = block.textList()
    return listed.format().indent() if listed is not None else 0


def nested_list_margins(doc: QTextDocument) -> None:
    """Move a bottom margin from a list item's line to the end of the list nested under it."""
    block = doc.begin()
    while block.isValid():
        after = block.next()
        depth, margin = _depth(block), block.blockFormat().bottomMargin()
        if depth and margin > 0 and after.isValid() and _depth(after) > depth:
            last = after
            while last.next().isValid() and _depth(last.next()) > depth:
                last = last.next()
            fmt = block.blockFormat()
            fmt.setBottomMargin(0)
            QTextCursor(block).setBlockFormat(fmt)
            end = last.blockFormat()
            end.setBottomMargin(max(end.bottomMargin(), margin))
            QTextCursor(last).setBlockFormat(end)
        block = after
