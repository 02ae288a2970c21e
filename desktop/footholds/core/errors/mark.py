"""Marking a sentence for translation without Qt: core has none, so the mark only names the
sentence for lupdate (packaging/update-translations.sh), and the UI translates it where it
shows it. A counted sentence is marked with core/plural.QT_TRANSLATE_N_NOOP."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation; the UI translates it when it shows the error."""
    return text
