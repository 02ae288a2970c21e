"""The UI language: which one the person chose, and Qt translators that speak it.

Translations ship as Qt Linguist `.ts` files only (no compiled `.qm` in the repository):
a small reader parses the XML and a QTranslator subclass answers from it, so the same code
works from a checkout, an installed wheel and a frozen bundle without `lrelease`.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from footholds.core import content, resource_files

if TYPE_CHECKING:
    from footholds.app import AppContext

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"  # the language the code is written in; needs no translator
# A message's plural forms (one form when it has no plural), by (context, source, comment).
Catalog = dict[tuple[str, str, str], tuple[str, ...]]
_KEEP = "footholds_translators"  # app property holding Python references to our translators


def resolve(choice: str, system_name: str | None = None) -> str:
    """The language code for the setting: "en", "es", ...; "system" follows the locale."""
    if choice and choice != "system":
        return content.language_code(choice)
    name = system_name if system_name is not None else QLocale.system().name()
    return content.language_code(name)


def ctx_language(ctx: AppContext) -> str:
    """The language windows should use for text and content packs (pass to load_pack)."""
    return resolve(str(ctx.settings["general.language"]))


def ts_path(code: str) -> Any:
    """Where the translation file for `code` ships (it may not exist)."""
    return resource_files.path("translations", f"footholds_{code}.ts")


@cache
def load_catalog(code: str) -> Catalog:
    """Parse `footholds_<code>.ts`; unfinished, vanished and empty entries are left out."""
    node = ts_path(code)
    if not node.is_file():
        return {}
    root = ElementTree.fromstring(node.read_bytes())
    return parse_ts(root)


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


class CatalogTranslator(QTranslator):
    """Answers Qt's translate() calls from a parsed catalog."""

    def __init__(self, catalog: Catalog, code: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.code = code

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None (a null QString) so Qt tries the next translator and
        then falls back to the source text; an empty string would count as a translation."""
        forms = self.catalog.get((context, source, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self.catalog.get((context, source, ""))
        if not forms:
            return None
        # English and Spanish have two forms: one, and everything else.
        return forms[1] if n != 1 and n >= 0 and len(forms) > 1 else forms[0]

    def isEmpty(self) -> bool:
        return not self.catalog

    def language(self) -> str:
        return self.code


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Make `code` the UI language: replace Footholds' translators (and Qt's own, for
    standard buttons). Installing sends every widget a LanguageChange event."""
    remove(app)
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        catalog = load_catalog(code)
        if catalog:
            translators.append(CatalogTranslator(catalog, code, app))
        else:
            log.warning("no translation for %r; using English", code)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", folder):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty(_KEEP, translators)  # Python references: a collected one stops working
    return translators


def remove(app: QCoreApplication) -> None:
    """Take out the translators `install` put in."""
    for translator in app.property(_KEEP) or []:
        app.removeTranslator(translator)
    app.setProperty(_KEEP, [])


def apply(ctx: AppContext) -> str:
    """Install the chosen language and rebuild the tray menu; returns the language code.
    Windows built from now on speak it; open windows that handle LanguageChange follow."""
    code = ctx_language(ctx)
    install(ctx.app, code)
    ctx.tray.rebuild_menu()
    return code
