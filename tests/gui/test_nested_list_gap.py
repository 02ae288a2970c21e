"""The last day of a list of days keeps its notes right under it, as every other day does.

Qt gives a list's bottom margin to the last item's own line, above that item's own list: in
the check-in summary's Notes the last day's note stood apart from its day, 12 px lower than
every other note (seen in the PDF, the print and the preview).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from footholds.render.list_margins import nested_list_margins

DAYS = (
    "<h2>Notes</h2><ul>"
    + "".join(f"<li><b>Day {i}</b><ul><li>note {i}</li></ul></li>" for i in range(3))
    + "</ul><p>after</p>"
)


def _top(doc: QTextDocument, text: str) -> float:
    block: QTextBlock = doc.begin()
    while block.isValid() and block.text() != text:
        block = block.next()
    assert block.isValid(), text
    return doc.documentLayout().blockBoundingRect(block).y()


def test_each_day_s_note_sits_right_under_it(qtbot: QtBot) -> None:
    doc = QTextDocument()
    doc.setHtml(DAYS)
    before = _top(doc, "after") - _top(doc, "note 2")
    nested_list_margins(doc)
    doc.pageCount()
    gaps = [_top(doc, f"note {i}") - _top(doc, f"Day {i}") for i in range(3)]
    assert gaps[2] == gaps[0] == gaps[1]
    # the room after the whole list is kept, under its last note
    assert _top(doc, "after") - _top(doc, "note 2") == before


def test_a_list_with_no_lists_inside_is_left_as_it_is(qtbot: QtBot) -> None:
    doc = QTextDocument()
    doc.setHtml("<ul><li>one</li><li>two</li></ul><p>after</p>")
    before = _top(doc, "after")
    nested_list_margins(doc)
    assert _top(doc, "after") == before
