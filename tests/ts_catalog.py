"""Read a Qt Linguist .ts file in tests: which sources it translates, and how.

The app itself loads the `.qm` that lrelease compiles; tests read the `.ts` to know what to
expect from it (is a text translated, does a translation keep its placeholders).
"""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

import PySide6

from footholds.core import resource_files

# A message's plural forms (one form when it has no plural), by (context, source, comment).
Catalog = dict[tuple[str, str, str], tuple[str, ...]]


def ts_path(code: str) -> Path:
    """Where the translation source for `code` ships (it may not exist)."""
    return Path(str(resource_files.path("translations", f"footholds_{code}.ts")))


def lrelease() -> str:
    """Qt's own catalog compiler, as PySide6-Essentials ships it (beside the package)."""
    name = "lrelease.exe" if os.name == "nt" else "lrelease"
    return os.path.join(os.path.dirname(PySide6.__file__), name)


@cache
def load_catalog(code: str) -> Catalog:
    """The finished translations in the shipped `footholds_<code>.ts`."""
    node = ts_path(code)
    if not node.is_file():
        return {}
    return parse_ts(ElementTree.fromstring(node.read_bytes()))


def parse_ts(root: ElementTree.Element) -> Catalog:
    """The usable translations in a parsed `.ts` document."""
    catalog: Catalog = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if not all(forms):
                continue
            comment = message.findtext("comment") or ""
            catalog[(name, source, comment)] = tuple(forms)
    return catalog


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile with Qt's lrelease, as packaging/update-translations.sh does."""
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
