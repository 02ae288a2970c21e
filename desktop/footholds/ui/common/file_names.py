"""The file name a save dialog suggests: a word in the person's language and the day.

"check-in-2026-12-05.pdf" in English, "resumen-2026-12-05.pdf" in Spanish. The caller
translates the word (with a note for translators that it is a file name); the date stays ISO
in every language, so saved files sort by day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path


def suggested_file(word: str, suffix: str, day: date | None = None) -> Path:
    """`word` (and `day`) as a file name in the home folder: spaces become hyphens, and a
    slash in a translation can never send the file into another folder."""
    safe = "-".join(word.replace("/", " ").replace("\\", " ").split()) or "footholds"
    name = f"{safe}-{day.isoformat()}" if day is not None else safe
    return Path.home() / f"{name}.{suffix}"
