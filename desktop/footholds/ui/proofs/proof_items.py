"""One proof as the proof list shows it: its day, its words and its tags, as plain text for
screen readers and as calm HTML for the eye, with the list's order and its search.

Kept apart from proof_list.py, which holds the window, the editor and what a click changes.
The words keep the window's translation context (ProofListWindow), where their translations
are.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from footholds.core.list_words import fold
from footholds.core.store import Proof
from footholds.ui.common.breaks import breakable
from footholds.ui.common.calm import HTML_ROLE, escape, long_date
from footholds.ui.common.marks import marked_html


def newest_first(proofs: list[Proof]) -> list[Proof]:
    """Most recent day first; on the same day, the one written last first."""
    return sorted(proofs, key=lambda p: (p.day, p.at), reverse=True)


def matches(proof: Proof, query: str) -> bool:
    """Whether every word of `query` appears in the text, the tags or the date, case and
    accents aside as every search folds them ("tenia" finds "tenía")."""
    haystack = fold(" ".join([proof.text, *proof.tags, proof.day]))
    return all(word in haystack for word in fold(query).split())


def describe(proof: Proof, today: date, query: str = "", mark: str = "") -> tuple[str, str]:
    """The entry as plain text (for screen readers and search) and as calm HTML, with the
    words of a search `query` marked in its text and tags on the `mark` colour."""
    found = fold(query).split() if mark else []
    extras = ["#" + tag for tag in proof.tags]
    if proof.source == "quick-log":
        extras.append(QCoreApplication.translate("ProofListWindow", "(from a quick log)"))
    elif proof.source == "goal":
        extras.append(QCoreApplication.translate("ProofListWindow", "(a finished goal)"))
    when = long_date(proof.day, today=today)
    plain = "\n".join([when, proof.text, *(["  ".join(extras)] if extras else [])])
    html = f"<small>{escape(when)}</small><br>"
    html += marked_html(breakable(proof.text), found, mark)  # wraps in the list
    if extras:
        html += "<br><small><i>" + marked_html("  ".join(extras), found, mark) + "</i></small>"
    return plain, html


def list_item(proof: Proof, today: date, query: str = "", mark: str = "") -> QListWidgetItem:
    """The list's row for `proof`: its words, drawn as HTML (what `query` found marked), its
    id, and its full date as a tooltip."""
    plain, html = describe(proof, today, query, mark)
    item = QListWidgetItem(plain)
    item.setData(HTML_ROLE, html)
    item.setData(Qt.ItemDataRole.UserRole, proof.id)
    item.setToolTip(long_date(proof.day, today=today))
    return item
