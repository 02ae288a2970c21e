"""A way out of a search that found nothing. Qt's own clear button is a small icon at the far
end of the box, easy to miss on a heavy day; this link sits under "Nothing matches", where
the eyes already are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from footholds.ui.common import buttons
from footholds.ui.common.wrap_row import WrapRow


def clear_search_link(search: QLineEdit) -> QPushButton:
    """A hidden link that empties `search`, so every entry shows again, and puts the keyboard
    back in it for other words. The owner shows it while a search finds nothing."""
    link = buttons.link(
        QCoreApplication.translate("SearchClear", "Clear the search"),
        description=QCoreApplication.translate(
            "SearchClear", "Empties the search, so every entry shows again."
        ),
    )
    link.hide()

    def clear() -> None:
        search.clear()
        search.setFocus(Qt.FocusReason.OtherFocusReason)

    link.clicked.connect(clear)
    return link


def beside(line: QWidget, link: QPushButton) -> WrapRow:
    """`line` ("Nothing matches that search.", a few words) with `link` after it on the same
    line, or under it when the window is too narrow for both; hidden: the owner shows the row
    while a search finds nothing."""
    if isinstance(line, QLabel):
        line.setWordWrap(False)  # a few words: wrapped, they stood in a column beside the link
    row = WrapRow()
    row.add(line)
    row.add(link)
    row.row.addStretch(1)
    line.show()
    link.show()
    row.hide()  # the row comes and goes whole: shown empty, its place took room from a list
    return row
