"""What a writing command says when the disk refused its save, once its own store is closed:
the words themselves, shared with the running app, are in core/unsaved_words.py (why a save
the disk refused is said to be kept, not lost, is told there too).
"""

from __future__ import annotations

from footholds.core.unsaved_words import Unsaved, because, kept_words


def answer(failed: Unsaved) -> tuple[bool, str]:
    """A command's answer once its own store is closed: nothing stays in memory after it
    exits, so the change is kept only when an unsaved-entries file holds it."""
    if failed.kept:
        why = failed.error.errno
        words = kept_words(failed.count, what=failed.what, again=failed.again, why=why)
        return True, f"{failed.done} {words}"
    return False, f"footholds: {failed.stopped or not_saved(failed.error)}"


def not_saved(exc: OSError) -> str:
    """Why a save by this process failed, when nothing kept it for later."""
    return f"Nothing was saved, because {because(exc)}."
