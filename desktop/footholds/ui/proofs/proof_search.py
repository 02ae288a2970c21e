"""The proof list's search field, named for screen readers, Qt's own clear button too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton


def search_field() -> QLineEdit:
    """The search over the entries' text, tags and date, with a clear button."""
    # in the window's context, spelled out in full: lupdate finds no alias
    search = QLineEdit()
    search.setPlaceholderText(QCoreApplication.translate("ProofListWindow", "Search"))
    search.setAccessibleName(
        QCoreApplication.translate("ProofListWindow", "Search your proof list")
    )
    search.setAccessibleDescription(
        QCoreApplication.translate(
            "ProofListWindow",
            "Shows only the entries with these words in their text, tags or date.",
        )
    )
    search.setClearButtonEnabled(True)
    for clear in search.findChildren(QToolButton):  # Qt's own clear button
        clear.setAccessibleName(QCoreApplication.translate("ProofListWindow", "Clear the search"))
        clear.setAccessibleDescription(
            QCoreApplication.translate(
                "ProofListWindow", "Empties the search and shows every entry."
            )
        )
    return search
