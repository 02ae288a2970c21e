"""The app's translations read without Qt, for the command line's words in the person's
language (the check-in summary it exports).

Each shipped `.ts` source sits beside the `.qm` the app loads, and tests/unit/test_translation_
files.py keeps the two the same, so reading the plain XML gives the words the window shows
without loading Qt for a Markdown or HTML file (tests/unit/test_lean_cli.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from xml.etree import ElementTree

from footholds.core import resource_files
from footholds.core.plural import english

# lrelease leaves these out of the .qm: the code no longer asks for their source
_LEFT_OUT = ("vanished", "obsolete")


@dataclass(frozen=True)
class Catalog:
    """One language's translations: (context, source) -> its forms (one, or one per count)."""

    forms: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def translate(self, context: str, text: str) -> str:
        """`text` in this language, or as written when there is no translation."""
        forms = self.forms.get((context, text))
        return forms[0] if forms else text

    def plural(self, context: str, text: str, n: int) -> str:
        """The counted sentence `text` (with %n) for `n`; core's English when untranslated."""
        forms = self.forms.get((context, text)) or _english_forms(context, text)
        if not forms:
            return english(context, text, n)
        # the plural rule of every language shipped (English and Spanish): one, then the rest
        form = forms[0] if n == 1 else forms[min(1, len(forms) - 1)]
        return form.replace("%Ln", str(n)).replace("%n", str(n))


@cache
def load(code: str) -> Catalog:
    """The shipped translations for the language `code` ("es"); empty when there are none."""
    node = resource_files.path("translations", f"footholds_{code}.ts")
    if not node.is_file():
        return Catalog()
    root = ElementTree.fromstring(node.read_bytes())
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            # a sentence with a disambiguating comment is another message than the bare one
            if translation is None or message.find("comment") is not None:
                continue
            if translation.get("type") in _LEFT_OUT:
                continue
            numerus = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
            if all(texts):
                forms[(name, message.findtext("source", ""))] = texts
    return Catalog(forms)


def _english_forms(context: str, text: str) -> tuple[str, ...]:
    """English's own forms from its catalogue, for a language that has none: the singular
    core marks is known only once the module marking it is imported, and the catalogue
    always has it."""
    return load("en").forms.get((context, text), ())
