"""The app's compiled translations (`footholds_<code>.qm`) as Qt translators: for the
language installed in the windows (ui/common/i18n.py) and for paper worded in one language
whatever is installed now (render/paper.py). Here, below both, so the command line's PDFs
can use it without the windows."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from footholds.core import resource_files


def qm_translator(code: str, parent: QObject | None = None) -> QTranslator | None:
    """A QTranslator for `code` from the shipped .qm; None when there is none or Qt refuses it.

    The bytes are read here and kept on the translator (Qt reads them in place), so the
    file may sit anywhere importlib.resources can read: a checkout, a wheel, a frozen bundle.
    """
    node = resource_files.path("translations", f"footholds_{code}.qm")
    if not node.is_file():
        return None
    data = node.read_bytes()
    translator = QTranslator(parent)
    if not translator.load(data):
        return None
    translator.qm_data = data  # type: ignore[attr-defined]
    return translator
