"""A lighter check of each module imported once PySide6 is loaded.

PySide6 looks at every module imported after it to see whether it uses PySide6 (for its
opt-in `__feature__` switches, which Footholds does not use). It does so with
inspect.getsource, which reads the module's source into linecache and keeps it there for the
life of the process: about 2 MB of text at idle and more as windows open, spread as small
strings through Python's memory, where it also keeps pages from being given back. Reading the
file once and dropping it answers the same question and keeps nothing. What PySide's own
check read while PySide6 itself was being imported (its own package files and enum.py, about
0.2 MB as lines) is dropped from linecache when the check is replaced.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source names PySide6: PySide's own answer, without linecache."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, frozen or compiled: PySide's check finds no source either
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten() -> bool:
    """Put uses_pyside in place of PySide's check; True when it was found and replaced.
    PySide6 must be imported first. Another PySide version without the check: nothing done."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide's module check not found; left as it is")
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name)
    # the sources it read before now, kept as lines for the app's life; a traceback reads
    # what it needs again
    import linecache

    linecache.clearcache()
    return True
