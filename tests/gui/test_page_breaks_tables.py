"""A heading over a table stays where it is when the table starts on the same page.

A table cell's lines are placed within its cell, not down the document: a heading over a
table on page 2 or later once looked "alone at the foot" (its table seemed to be on page 1)
and started a new page, leaving most of a page blank (the check-in summary's Sleep).
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument, QTextFormat
from pytestqt.qtbot import QtBot

from footholds.render.page_breaks import keep_together, lines_span

PAGE = 200.0


def _document(paragraphs: int) -> QTextDocument:
    doc = QTextDocument()
    rows = "".join(f"<tr><td>night {i}</td><td>23:10</td></tr>" for i in range(3))
    doc.setHtml(
        "".join(f"<p>line {i}</p>" for i in range(paragraphs))
        + f"<h2>Sleep</h2><table>{rows}</table><p>after</p>"
    )
    doc.setPageSize(QSizeF(400, PAGE))
    doc.pageCount()
    return doc


def _heading(doc: QTextDocument) -> tuple[float, QTextFormat.PageBreakFlag]:
    block = doc.begin()
    while block.isValid() and block.text() != "Sleep":
        block = block.next()
    span = lines_span(block)
    assert span is not None
    return span[0], block.blockFormat().pageBreakPolicy()


def test_a_heading_over_a_table_on_a_later_page_stays(qtbot: QtBot) -> None:
    doc = _document(paragraphs=9)  # the heading near the top of page 2, its table under it
    top, _ = _heading(doc)
    assert PAGE < top < PAGE * 1.4
    keep_together(doc, PAGE)
    after, policy = _heading(doc)
    assert policy != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    assert after == top


def test_a_table_cell_s_lines_are_measured_down_the_document(qtbot: QtBot) -> None:
    doc = _document(paragraphs=9)
    heading_top, _ = _heading(doc)
    block = doc.begin()
    while block.isValid() and block.text() != "night 0":
        block = block.next()
    span = lines_span(block)
    assert span is not None and span[0] > heading_top


def test_a_heading_left_at_a_page_s_foot_over_a_table_still_moves(qtbot: QtBot) -> None:
    for paragraphs in range(4, 12):
        doc = _document(paragraphs)
        top, _ = _heading(doc)
        if PAGE - 40 < top < PAGE:  # the heading fits; its table starts on the next page
            keep_together(doc, PAGE)
            assert _heading(doc)[1] == QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            return
    raise AssertionError("no layout put the heading at a page's foot")
