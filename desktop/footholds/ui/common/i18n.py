"""The UI language: which one the person chose, and Qt translators that speak it.

Translations ship as Qt Linguist `.ts` files only (no compiled `.qm` in the repository):
a small reader parses the XML and writes the `.qm` bytes a plain QTranslator loads from
memory, so a checkout, an installed wheel and a frozen bundle all work without `lrelease`.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from footholds.core import content, resource_files

if TYPE_CHECKING:
    import xml.etree.ElementTree as ElementTree

    from footholds.ui.context import AppContext

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
    import xml.etree.ElementTree as ElementTree  # here: an English app never needs expat

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


# Qt's compiled-translation (.qm) layout, as QTranslator reads it (qtranslator.cpp).
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _NUMERUS_RULES = 0x42, 0x69, 0x88
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8
_ONE_THEN_OTHER = bytes([0x01, 0x01])  # "n == 1" picks form 0, anything else form 1


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _field(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + len(data).to_bytes(4, "big") + data


def qm_bytes(catalog: Catalog) -> bytes:
    """The catalog as a .qm file that QTranslator.load() reads.

    Built here rather than with lrelease, so a checkout, a wheel and a frozen bundle need
    nothing but the shipped .ts. (A QTranslator subclass overriding translate() in Python
    is not an option: PySide 6.12 drops a reference on every call and the process aborts.)
    """
    messages = bytearray()
    hashes: list[tuple[int, int]] = []
    for (context, source, comment), forms in catalog.items():
        src, note = source.encode("utf-8"), comment.encode("utf-8")
        hashes.append((_elf_hash(src + note), len(messages)))
        for form in forms:
            messages += _field(_TAG_TRANSLATION, form.encode("utf-16-be"))
        messages += _field(_TAG_SOURCE, src) + _field(_TAG_CONTEXT, context.encode("utf-8"))
        messages += _field(_TAG_COMMENT, note) + bytes([_TAG_END])
    table = b"".join(h.to_bytes(4, "big") + o.to_bytes(4, "big") for h, o in sorted(hashes))
    return (
        _QM_MAGIC
        + _field(_HASHES, table)
        + _field(_MESSAGES, bytes(messages))
        + _field(_NUMERUS_RULES, _ONE_THEN_OTHER)
    )


def catalog_translator(catalog: Catalog, parent: QObject | None = None) -> QTranslator | None:
    """A QTranslator answering from `catalog`; None if Qt refuses the data."""
    translator = QTranslator(parent)
    data = qm_bytes(catalog)
    if not translator.load(data):
        return None
    translator.qm_data = data  # type: ignore[attr-defined]  # Qt reads them in place: keep them
    return translator


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Make `code` the UI language: replace Footholds' translators (and Qt's own, for
    standard buttons). Installing sends every widget a LanguageChange event."""
    remove(app)
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        ours = catalog_translator(load_catalog(code), app) if load_catalog(code) else None
        if ours is not None:
            translators.append(ours)
        else:
            log.warning("no usable translation for %r; using English", code)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{code}", folder):
            translators.append(qt)
    # Dates and numbers formatted with QLocale() follow the language too; the system's own
    # locale is kept when it already speaks it, so its regional formats stay.
    system = QLocale.system()
    same = content.language_code(system.name()) == code
    QLocale.setDefault(system if same else QLocale(code))
    for translator in translators:
        app.installTranslator(translator)
    app.setProperty(_KEEP, translators)  # Python references: a collected one stops working
    return translators


def remove(app: QCoreApplication) -> None:
    """Take out the translators `install` put in; formats follow the system again."""
    for translator in app.property(_KEEP) or []:
        app.removeTranslator(translator)
    app.setProperty(_KEEP, [])
    QLocale.setDefault(QLocale.system())


def apply(ctx: AppContext) -> str:
    """Install the chosen language and rebuild the tray menu; returns the language code.
    Windows built from now on speak it; open windows that handle LanguageChange follow."""
    from footholds.ui.common import default_lists

    code = ctx_language(ctx)
    install(ctx.app, code)
    default_lists.localize(ctx.settings)
    ctx.tray.rebuild_menu()
    return code
