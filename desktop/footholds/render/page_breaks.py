"""Where the printed page breaks fall: between paragraphs only, and never right after a
heading. Qt breaks a page between two lines of one paragraph and draws the paragraph on both
pages, clipped, so copied text and screen readers read the hidden lines twice; this moves such
a paragraph (with the headings over it) to the next page instead.

Apart from paper.py, which lays out and prints the pages, as it is a rule about the document's
blocks alone, with no page size, device or printer of its own."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

HAIR = 0.01  # of a px: a line starting right at a page's foot belongs to the next one


def lines_span(block: QTextBlock) -> tuple[float, float] | None:
    """Where the block's lines start and end down the document (None: nothing laid out)."""
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return None
    first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
    # a table cell's layout is placed within its cell: the document's layout adds the
    # table's own place, so a heading over a table on page 2 is not taken as left alone
    placed = block.document().documentLayout().blockBoundingRect(block)
    top = placed.y() - layout.boundingRect().y()
    return top + first.y(), top + last.y() + last.height()


def keep_together(doc: QTextDocument, page_height: float) -> None:
    """Break pages only between paragraphs, and never right after a heading.

    Qt breaks a page between two lines of one paragraph, then draws the whole paragraph on
    both pages, clipped: the lines hidden under the clip are still text in the PDF, so copied
    text and screen readers read them twice ("call 999" under the heading at the foot of
    page 1, and again on page 2). A paragraph that would cross a page, or a heading left at
    the foot of one, starts the next page instead; so does a heading over such a paragraph
    (and a heading over that heading). A paragraph taller than a page is left to break.
    Only the document's own paragraphs: a table's cells are left as they are."""

    def page_of(y: float) -> int:
        return int(y // page_height)

    def in_table(block: QTextBlock) -> bool:
        return QTextCursor(block).currentTable() is not None

    def heading(block: QTextBlock) -> bool:
        return block.blockFormat().headingLevel() > 0 and not in_table(block)

    moved: set[int] = set()
    for _ in range(doc.blockCount()):
        doc.pageCount()  # lay out anew
        found: QTextBlock | None = None
        block = doc.begin()
        while block.isValid() and found is None:
            span = lines_span(block)
            if span is not None and not in_table(block) and block.position() not in moved:
                top, bottom = span
                crosses = page_of(top) != page_of(bottom - HAIR) and bottom - top < page_height
                after = block.next()
                nxt = lines_span(after) if after.isValid() else None
                alone = heading(block) and nxt is not None and page_of(nxt[0]) != page_of(top)
                if crosses or alone:
                    found = block
            block = block.next()
        if found is None:
            return
        # the headings right over it go with it
        while found.previous().isValid() and heading(found.previous()):
            before = lines_span(found.previous())
            here = lines_span(found)
            if before is None or here is None or page_of(before[0]) != page_of(here[0]):
                break
            found = found.previous()
        moved.add(found.position())
        fmt = found.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(found).setBlockFormat(fmt)
