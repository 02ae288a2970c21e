"""No sentence Footholds shows counts what was not done, or says "you haven't", in any language.

Every user-facing string is read: each <source>, <translation> and plural form in the .ts file,
and every string in every content pack. A person with depression reads "You haven't..." or
"2 days missed" as one more proof of failing; the product promises never to say it.
"""

from __future__ import annotations

import json
import re

import pytest

from footholds.core import resource_files
from user_strings import every_string

NUMBER = r"(?:\d+|%\d|%n|%d|\{\w*\})"  # a figure, or a placeholder that becomes one

# (name, pattern): each one a way of telling a person what they did not do.
PATTERNS: tuple[tuple[str, str], ...] = (
    # English
    ("you haven't", r"\byou (?:still )?(?:haven't|have not|hadn't|had not)\b"),
    ("you didn't", r"\byou (?:didn't|did not|failed to|forgot to|never got)\b"),
    ("not done yet", r"\b(?:undone|not (?:yet )?(?:done|finished|ticked)|still to do)\b"),
    ("missed", r"\bmiss(?:ed|ing) (?:a |one |\w+ )?(?:days?|evenings?|reminders?|times?)\b"),
    ("missed (bare)", r"\bmissed\b"),
    ("skipped", r"\bskipp(?:ed|ing)\b"),
    ("days without", r"\b(?:days?|evenings?|nights?|weeks?) without\b"),
    ("streak", r"\b(?:streaks?|in a row)\b"),
    ("count of undone",
     NUMBER + r"\s+(?:\w+\s+){0,2}(?:missed|skipped|left to do|to go|remaining)\b"),
    ("x of y", NUMBER + r"\s+(?:out )?of\s+" + NUMBER),
    ("only n", r"\bonly " + NUMBER + r"\b"),
    ("tally over a period",
     NUMBER + r"\s+(?:days?|evenings?|nights?|times?)\s+(?:this|last|a|per|each)\s+"
     r"(?:week|month|year)\b"),
    # Spanish
    ("no has", r"\bno (?:has|hayas|habías|hiciste|marcaste)\b"),
    ("todavía/aún no has", r"\b(?:todav[ií]a|a[uú]n) no (?:has|hayas|habías)\b"),
    ("días sin", r"\b(?:d[ií]as|noches|tardes|semanas) sin\b"),
    ("saltado", r"\b(?:te saltaste|saltad[oa]s?|omitid[oa]s?|omitiste|fallaste|perdiste la)\b"),
    ("racha", r"\b(?:tu racha|rachas? de|d[ií]as seguidos|veces seguidas|noches seguidas)\b"),
    ("sin hacer",
     r"\b(?:sin hacer|sin marcar|sin terminar|te falta(?:n)?|quedan " + NUMBER + r")\b"),
    ("x de y", NUMBER + r"\s+de\s+" + NUMBER),
    ("tally over a period (es)",
     NUMBER + r"\s+(?:d[ií]as|noches|veces)\s+"
     r"(?:este mes|esta semana|al mes|a la semana|por semana)\b"),
)  # fmt: skip

# Sentences a pattern catches that are genuinely fine, each with the reason.
ALLOWED: dict[str, str] = {
    # How strongly a thought was believed, out of 100: a rating, not a tally of tasks.
    "creído {before} → {after} de 100": "belief rating in the thought log list",
    "Te lo creías {n} de 100.": "belief rating on the thought log's last page",
    "{n} de 100": "belief rating beside its slider",
    # A point on the 1-to-5 energy scale the person picked; nothing is left undone.
    "Energy {level} of 5": "the energy picker's spoken value",
    "Energía {level} de 5": "the energy picker's spoken value",
    "energy {level} of 5": "energy in a journal line",
    "energía {level} de 5": "energy in a journal line",
    "{label}: {level} of 5": "a mood or sleep rating's spoken value, chosen by the person",
    "{label}: {level} de 5": "a mood or sleep rating's spoken value, chosen by the person",
    # Where the person is in a short, optional walk through a thought: a page number, and
    # every page may be left empty.
    "Step {i} of {n}": "thought log page",
    "Paso {i} de {n}": "thought log page",
    "Step {step} of {steps}": "grounding step, five senses in turn",
    "Paso {step} de {steps}": "grounding step, five senses in turn",
    # Where in a file an import stopped: a line number in a file, not a tally.
    'Line {line} of {file} opens a quote (") that is never closed, so the lines after it '
    "would be read as one note. Please close or remove that quote and import the file "
    "again.": "import error naming the line of the file",
    'La línea {line} de {file} abre unas comillas (") que nunca se cierran, así que las '
    "líneas siguientes se leerían como una sola nota. Cierra o quita esas comillas y "
    "vuelve a importar el archivo.": "import error naming the line of the file",
    'Line {line} of {file}, its last line, opens a quote (") that is never closed. Please '
    "close or remove that quote and import the file again.": "import error naming the line",
    # A damaged data file named by what it holds and its month ("tu registro de diciembre de
    # 2026"): names and dates, not a tally.
    "{file} de {month}": "a data file named with its month",
    "{month} de {year}": "a month and its year",
    'La línea {line} de {file}, la última, abre unas comillas (") que nunca se cierran. '
    "Cierra o quita esas comillas y vuelve a importar el archivo.": "import error naming the line",
}


def unkind(text: str) -> list[str]:
    """The names of the patterns a sentence matches (none when it is kind)."""
    plain = text.replace("’", "'").replace("\u00a0", " ")
    return [name for name, pattern in PATTERNS if re.search(pattern, plain, re.IGNORECASE)]


def test_the_scan_reads_every_string_in_both_languages() -> None:
    strings = every_string()
    places = {where.split(" ")[0] + " " + where.split(" ")[-1] for where, _ in strings}
    assert any(w.endswith("(en)") for w in places) and any(w.endswith("(es)") for w in places)
    assert any(where.startswith("content en/") for where, _ in strings)
    assert any(where.startswith("content es/") for where, _ in strings)
    assert len(strings) > 2500  # about 1,000 messages twice, and the packs
    assert "Quit" in {s for _, s in strings} and "Salir" in {s for _, s in strings}


@pytest.mark.parametrize(
    "sentence",
    [
        "You haven't picked your three yet.",
        "You haven’t written a safety plan yet.",
        "You showed up on {n} days this month.",
        "You showed up on 1 day this month.",
        "3 days missed this week",
        "Skipped 4 reminders",
        "2 of 5 steps done",
        "Only 1 movement today",
        "5 days without a log",
        "Your streak is back to zero",
        "Aún no has elegido tus tres.",
        "No has escrito un plan de seguridad.",
        "Llevas 3 días sin anotar nada.",
        "Te saltaste dos recordatorios.",
        "Has perdido la racha de 5 días seguidos.",
        "Te quedan 2 pasos sin hacer.",
        "%1 de %2 hechos",
    ],
)
def test_the_patterns_catch_the_unkind_forms(sentence: str) -> None:
    assert unkind(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Ticking one thing, or noting how you are, counts as showing up.",
        "Not now is an answer too. I can try again later.",
        "Skip the holds if they feel uncomfortable.",
        "It's been a while. I just wanted to say I miss you.",
        "Hay mucho más en mí que esta mala racha.",
        "Saltar directamente a lo peor que podría pasar.",
        "Nothing here yet, and that's all right.",
        "Cuando quieras, puedes elegir tres cosas pequeñas para cada día.",
    ],
)
def test_the_patterns_leave_kind_sentences_alone(sentence: str) -> None:
    assert unkind(sentence) == [], sentence


def test_no_user_facing_string_counts_what_was_not_done() -> None:
    found = [
        f"{where}: {text!r} ({', '.join(names)})"
        for where, text in every_string()
        if text not in ALLOWED and (names := unkind(text))
    ]
    assert found == [], "\n".join(found)


def test_every_allowed_sentence_still_exists_and_still_needs_it() -> None:
    texts = {s for _, s in every_string()}
    for sentence in ALLOWED:
        assert sentence in texts, f"no longer shown; take it off the list: {sentence!r}"
        assert unkind(sentence), f"no pattern catches it any more: {sentence!r}"


# -- affirmations a person can believe today ---------------------------------------------------

# Claims a low mood can't check and may not believe: a promise from the past ("it lifted
# before"), a worth or a trait stated as fact, other people's feelings, a deed ("I did a little").
UNBELIEVABLE = {
    "en": ("lifted", "i did a little", "would want to know", "i matter to", "my kindness",
           "i still deserve", "i deserve the same", "i am worth", "have been wrong before",
           "carried me before", "still someone who cares"),
    "es": ("se aligeró", "he hecho un poco", "querrían saber", "le importo", "mi amabilidad",
           "merezco la misma", "merece la pena cuidarme", "se han equivocado",
           "me han llevado lejos", "sigo siendo alguien"),
}  # fmt: skip
# Rewritten in place: a person's favourite or hidden mark is keyed by id and follows the words.
REWRITTEN = ("af-lifted-before", "af-wrong-before", "af-quieter-today", "af-still-care",
             "af-worth-looking-after", "af-deserve-care", "af-steps-carried-me")  # fmt: skip
REMOVED = ("af-did-a-little", "af-people-would-want-to-know", "af-matter-to-someone")


@pytest.mark.parametrize("code", ["en", "es"])
def test_built_in_affirmations_claim_nothing_a_low_day_cannot_check(code: str) -> None:
    pack = json.loads(
        resource_files.path("content", code, "affirmations.json").read_text(encoding="utf-8")
    )
    ids = {item["id"] for item in pack}
    assert set(REWRITTEN) <= ids and not set(REMOVED) & ids
    for item in pack:
        text = item["text"].lower().replace("’", "'")
        assert not [c for c in UNBELIEVABLE[code] if c in text], (item["id"], item["text"])
    # The ones that name the moment as a moment stay.
    assert {"af-moments-pass", "af-real-not-permanent", "af-heavy-day"} <= ids
