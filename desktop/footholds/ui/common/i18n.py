"""The UI language: which one the person chose, and Qt translators that speak it.

Translations are written in Qt Linguist `.ts` files and compiled by Qt's own `lrelease`
(packaging/update-translations.sh) into the `.qm` files committed beside them, so a checkout,
an editable install, a wheel and a frozen bundle all load the same file with no build step.
tests/unit/test_translation_files.py recompiles every `.ts` and fails if its `.qm` differs.
lrelease knows every language's plural rules, which %n sentences need.

Placeholders: one style, named ones the translator may move, `{name}`, filled with
`.format(name=...)` after `tr()`, so "Checked on {date}. {note}" can become any order.
Never `%s`, `{}` or Qt's `%1 %2` (tests/unit/test_translation_files.py).
Counts use Qt's `%n` with `tr(text, disambiguation, n)` and numerus forms in the `.ts`;
`%n` is filled by Qt itself, so it can sit beside named placeholders in one sentence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from footholds.core import content, resource_files
from footholds.render.qm import qm_translator

if TYPE_CHECKING:
    from footholds.ui.context import AppContext

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"  # the language the code is written in; needs no translator
_KEEP = "footholds_translators"  # app property holding Python references to our translators
# English needs a catalog too, for its plural forms only ("1 day"): a %n sentence's source is
# its plural. It stays installed under every language, so a sentence a translation lacks
# still reads right in English.
_SOURCE_PLURALS = "footholds_source_plurals"
# The interface languages to choose from (Settings › General, the welcome card), each named
# in its own words, so anyone can find theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


# Qt's own words come from Qt's catalog (qtbase_<code>.qm in the PySide6 wheel, installed
# beside ours). Where that catalog lags Qt's source, our catalog carries the word under Qt's
# own context; Qt asks its catalog first and ours when it has nothing. Listed here so lupdate
# keeps them. (qtbase_es.qm has "Look in:" but not the "&Look in:" Qt 6 asks for.)
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def counted(context: str, text: str, n: int) -> str:
    """`text`, a sentence with %n, for `n` in the current language (Qt picks the form).

    For code outside a QObject (a QObject says self.tr(text, "", n)). lupdate's Python
    parser does not see a count in QCoreApplication.translate, so the update script finds
    these calls by name (with literal arguments) and declares them as numerus messages.
    """
    return QCoreApplication.translate(context, text, None, n)


# Core's sentence for the command line names a command ("footholds export --format json"):
# in a window, the app's own words name its button instead. Same code, same values.
IN_THE_APP: dict[str, str] = {
    "import.zip": str(
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} is a zip file, which Footholds can't import (its own CSV export is for "
            "reading in a spreadsheet). Footholds can bring back its own JSON export, made with "
            "“Export to a JSON file…” in Settings › Your data, or a CSV export from Daylio.",
        )
    ),
}


def error_text(exc: BaseException) -> str:
    """What an error from core says, in the interface language.

    Core errors that a person reads carry a `code` and `values` (core/errors): the code's
    English sentence is translated in the "errors" context and filled with the same named
    values (a part's or a setting's name translated too). A code whose sentence names a
    command has the app's own words here (IN_THE_APP). Anything else is shown as core
    worded it.
    """
    from footholds.core import errors

    code = getattr(exc, "code", "")
    values = local_numbers(getattr(exc, "values", {}))
    if code in IN_THE_APP:
        return QCoreApplication.translate("errors", IN_THE_APP[code]).format(**values)
    if code not in errors.messages():
        return getattr(exc, "strerror", None) or str(exc)
    return errors.told(code, values, QCoreApplication.translate)


def notice_text(message: str) -> str:
    """What core tells a person (a damaged file read around, a setting reset), in the
    interface language: a Notice (core/errors) sentence by sentence, by code; any other
    message as it is."""
    from footholds.core.errors import Notice

    if not isinstance(message, Notice):
        return message
    return message.said(QCoreApplication.translate, counted)


GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")  # a count core wrote as English does: 20,001


def local_numbers(values: Mapping[str, str]) -> dict[str, str]:
    """`values` with each count grouped the English way written as the interface language
    writes it ("20.001" in Spanish): core words its numbers for the English sentence."""
    return {
        name: grouped(int(value.replace(",", ""))) if GROUPED.fullmatch(value) else value
        for name, value in values.items()
    }


def grouped(count: int) -> str:
    """`count` with its thousands marked as the interface language marks them: "5,000" in
    English (even under the C locale, which leaves them out); "20.000" in Spanish, which
    marks them from five figures on ("5000")."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(count)


def resolve(choice: str, system_name: str | None = None) -> str:
    """The language code for the setting: "en", "es", ...; "system" follows the locale."""
    if choice and choice != "system":
        return content.language_code(choice)
    name = system_name if system_name is not None else QLocale.system().name()
    return content.language_code(name)


def ctx_language(ctx: AppContext) -> str:
    """The language windows should use for text and content packs (pass to load_pack)."""
    return resolve(str(ctx.settings["general.language"]))


def shipped_languages() -> list[str]:
    """The codes Footholds has a compiled translation for, e.g. ["es"]."""
    node = resource_files.path("translations")
    if not node.is_dir():
        return []
    names = [n.name for n in node.iterdir() if n.name.startswith("footholds_")]
    names = [n for n in names if n.endswith(".qm")]
    return sorted(n.removeprefix("footholds_").removesuffix(".qm") for n in names)


def context_words(code: str, context: str) -> Callable[[str], str]:
    """A function translating one text of `context` into `code` (the text itself if unknown),
    whatever language is installed now."""
    translator = qm_translator(code)
    if translator is None:
        return lambda text: text
    return lambda text: translator.translate(context, text) or text


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Make `code` the UI language: replace Footholds' translators (and Qt's own, for
    standard buttons). Installing sends every widget a LanguageChange event."""
    remove(app)
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        ours = qm_translator(code, app)
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
    """Take out the translators `install` put in; formats follow the system again.
    English plural forms stay (installed here the first time)."""
    for translator in app.property(_KEEP) or []:
        app.removeTranslator(translator)
    app.setProperty(_KEEP, [])
    QLocale.setDefault(QLocale.system())
    if app.property(_SOURCE_PLURALS) is None:
        english = qm_translator(SOURCE_LANGUAGE, app)
        if english is not None:
            # Installed before any other language's: Qt asks the latest installed first.
            app.installTranslator(english)
            app.setProperty(_SOURCE_PLURALS, [english])


def apply(ctx: AppContext) -> str:
    """Install the chosen language and rebuild the tray menu; returns the language code.
    Windows built from now on speak it; the open ones follow (shell/language_follow.py)."""
    from footholds.ui.common import default_lists

    code = ctx_language(ctx)
    install(ctx.app, code)
    # Lists once stored in the words of the language then in use get their keys back.
    words = {c: context_words(c, default_lists.CONTEXT) for c in shipped_languages()}
    default_lists.learn(words)  # entries saved in another language read in this one
    default_lists.migrate(ctx.settings, words)
    ctx.tray.rebuild_menu()
    ctx.windows.follow_language()
    return code
