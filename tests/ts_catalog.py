"""Read a Qt Linguist .ts file in tests: which sources it translates, and how.

The app itself loads the `.qm` that lrelease compiles; tests read the `.ts` to know what to
expect from it (is a text translated, does a translation keep its placeholders).
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from footholds.ui.common import i18n

# A message's plural forms (one form when it has no plural), by (context, source, comment).
Catalog = dict[tuple[str, str, str], tuple[str, ...]]


@cache
def load_catalog(code: str) -> Catalog:
    """The finished translations in the shipped `footholds_<code>.ts`."""
    node = i18n.ts_path(code)
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
    subprocess.run([i18n.lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
