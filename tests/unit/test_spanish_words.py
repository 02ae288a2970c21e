"""Spanish for Spain and Latin America alike, always "tú", warm rather than stiff."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from footholds.core import resource_files
from user_strings import spanish_strings

# (name, pattern, why it is not wanted)
UNWANTED: tuple[tuple[str, str, str], ...] = (
    ("slash gender", r"\w(?:o/a|a/o|os/as|as/os)\b|[a-záéíóúñ]@(?![\w.-]+\.[a-z])",
     "rephrase without a gender"),
    ("coger", r"\b(?:cog(?:e|er|es|í|ió|iste|ido|erlo|erla|ela|elo)|coj(?:a|as|o))\b",
     "coarse in much of Latin America; use tomar or recoger"),
    ("usted", r"\bustedes?\b", "always tú"),
    ("vosotros", r"\bvosotr[oa]s\b|\bvuestr[oa]s?\b", "always tú"),
    ("mis pruebas", r"\b(?:mis|tus) pruebas\b|\blista de pruebas\b",
     "reads as medical tests; the list is «Lo que ya he superado»"),
    ("cómo se siente", r"¿?[Cc]ómo se siente\b", "ask the person: cómo te sientes"),
    ("Spain only", r"\b(?:ordenador|móvil|apetec\w*|vale(?! la pena))\b",
     "equipo, teléfono, te gustaría, de acuerdo work on both sides of the ocean"),
    ("a help for you", r"\buna ayuda para ti\b", "self-help is autoayuda"),
    ("comma before y se", r", y se\b",
     "no English comma before «y» (it will be saved: «abierto y se guardará»)"),
    ("5 es bien", r"\b\d(?: es | \(|, )bien\b",
     "a point on a scale is bueno, not bien: «1 es muy bajo, 5 es bueno»"),
    ("mensaje al 1737", r"(?<!un )\bmensaje al (?:\{number\}|<?\d)",
     "a text line says what to do, as «Envía AYUDA al 988»: «Envía un mensaje al 1737»"),
)  # fmt: skip


def test_there_is_spanish_to_read() -> None:
    places = {where for where, _ in spanish_strings()}
    assert any(w.startswith("ts ") for w in places)
    assert any(w.startswith("content es/") for w in places)


@pytest.mark.parametrize(("name", "pattern", "why"), UNWANTED, ids=[u[0] for u in UNWANTED])
def test_no_spanish_string_uses(name: str, pattern: str, why: str) -> None:
    found = [f"{w}: {s!r}" for w, s in spanish_strings() if re.search(pattern, s, re.IGNORECASE)]
    assert found == [], f"{why}:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "sentence",
    ["Sentado/a", "cansado/a", "Coge una fruta", "¿Cómo se siente ahora?", "Abrir mis pruebas",
     "Deja el móvil", "Vale.", "Vale, lo guardo", "Footholds es una ayuda para ti.", "Bienvenid@",
     "Por ahora está a salvo, y se guardará en cuanto se pueda.", "1 es muy bajo, 5 es bien.",
     "Ánimo del 1 (muy bajo) al 5 (bien).", "Del 1, muy bajo, al 5, bien.",
     "Mensaje al {number}", "Lifeline: mensaje al 1737"],
)  # fmt: skip
def test_the_patterns_catch_what_they_are_for(sentence: str) -> None:
    assert any(re.search(p, sentence, re.IGNORECASE) for _, p, _ in UNWANTED), sentence


def _translations() -> dict[tuple[str, str], str]:
    path = resource_files.path("translations", "footholds_es.ts")
    root = ElementTree.fromstring(path.read_text(encoding="utf-8"))
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message.findtext(
            "translation", ""
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_proof_list_has_one_warm_name_everywhere() -> None:
    spanish = _translations()
    titles = {spanish[(context, "Proof list")] for context in ("menu", "ProofListWindow")}
    titles.add(spanish[("CheckinParts", "Proof list")])
    assert titles == {"Lo que ya he superado"}
    about_proof = [t for (_c, s), t in spanish.items() if "proof list" in s.lower()]
    assert len(about_proof) > 20
    for text in about_proof:
        assert "superado" in text, text


def test_self_help_is_autoayuda() -> None:
    spanish = _translations()
    said = [t for (_c, s), t in spanish.items() if "self-help" in s.lower()]
    assert len(said) >= 2 and all("autoayuda" in t for t in said)


def test_how_do_you_feel_speaks_to_the_person() -> None:
    spanish = _translations()
    assert spanish[("ToughDayWindow", "How does it feel right now?")] == (
        "¿Cómo te sientes ahora mismo?"
    )


def test_the_proof_lists_heading_agrees_with_its_title() -> None:
    spanish = _translations()
    title = spanish[("ProofListWindow", "Proof list")]  # the tray menu's name for it
    assert spanish[("ProofListWindow", "Your proof list")] == title


def test_a_countrys_name_needs_no_article() -> None:
    # "de {place}" reads wrongly for el Reino Unido, los Estados Unidos: a colon needs none
    spanish = _translations()
    said = [t for (_c, s), t in spanish.items() if s.startswith("Crisis lines for {place}")]
    assert len(said) >= 5
    for text in said:
        assert text.startswith("Líneas de crisis: {place}"), text
    # nor does any other sentence put "de" or "para" before it
    for (_c, _source), text in spanish.items():
        assert "de {place}" not in text and "para {place}" not in text.lower(), text


def test_the_proof_lists_line_speaks_as_its_title_does() -> None:
    spanish = _translations()
    line = spanish[
        (
            "ProofListWindow",
            "Times you got through a hard day. Each one is proof that you can get through "
            "again, even when it doesn't feel like it.",
        )
    ]
    # the title is the person's own voice ("he superado"): the line under it too
    assert "superé" in line and "puedo" in line, line
    assert not re.search(r"\b(?:superaste|puedes)\b", line), line


def test_a_journal_cards_question_keeps_its_opening_mark() -> None:
    spanish = _translations()
    said = spanish[("journal", "What set it off: {words}")]
    assert said.startswith("¿") and "?" in said and "{words}" in said, said
    for source in ("What I tried: {words}", "What helped: {words}"):
        assert "{words}" in spanish[("journal", source)]


def test_how_they_like_to_be_reached_names_whom_you_reach() -> None:
    spanish = _translations()
    assert spanish[("PersonForm", "How they like to be reached")] == (
        "Cómo prefiere que le contactes"
    )
