"""Where help is, at the end of the safety plan on paper: the chosen country's emergency
number and crisis lines from the crisis data Get help now shows (never a number of its own),
or with no country chosen, the local emergency number and the directory. No Qt."""

from __future__ import annotations

import re

import pytest

from footholds.core import content, crisis, emergency
from footholds.core.safety_plan_render import (
    help_part,
    html_lines,
    page,
    to_html,
    to_markdown,
    to_text,
    with_help,
)

# step 5 ("Professionals and crisis lines") left empty, as the tester left it
WRITTEN = {"sp-warning-signs": "Staying in bed past noon"}


def _region_digits(code: str, language: str) -> set[str]:
    found = crisis.crisis_region(code, language)
    said = [found["emergency"], *found["emergency_also"], found["note"]]
    for line in found["lines"]:
        said += [str(line.get(k, "")) for k in ("name", "call", "text", "url", "hours", "note")]
    return set(re.findall(r"\d+", " ".join(said)))


@pytest.mark.parametrize("render", [to_text, to_markdown, to_html])
def test_spain_chosen_the_plan_ends_with_112_in_every_format(render: object) -> None:
    plan = with_help(page(WRITTEN, []), "ES")
    assert callable(render)
    out = render(plan)
    assert "If you need help now" in out
    assert "call 112." in out or "call **112**." in out or "call <b>112</b>." in out
    assert "findahelpline.com" in out
    assert "Emergency number for Spain checked on 3 Dec 2026." in out
    # after the person's own words, at the end
    assert out.index("Staying in bed past noon") < out.index("If you need help now")


def test_in_spanish_every_word_around_the_numbers_is_spanish() -> None:
    plan = with_help(page(WRITTEN, [], "es"), "ES", "es")
    text = to_text(plan)
    assert "Si necesitas ayuda ahora" in text
    assert "ahora mismo no puedes mantenerte a salvo, llama al 112." in text
    assert "España: número de emergencias comprobado el 3 dic 2026." in text
    assert "directorio de líneas de ayuda por país" in text
    assert "If you" not in text and "checked" not in text
    us = to_markdown(with_help(page(WRITTEN, [], "es"), "US", "es"))
    assert "llama al **911**" in us and "Envía AYUDA al 988" in us and "Llamar al 988" in us


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("code", [c for c in crisis.crisis_regions() if c != "ZZ"])
def test_every_region_s_numbers_come_from_its_data_and_none_other(code: str, language: str) -> None:
    part = help_part(code, language)
    found = crisis.crisis_region(code, language)
    assert part.number == found["emergency"]
    shown = to_text(with_help(page(WRITTEN, [], language), code, language))
    for line in found["lines"]:
        for number in (line.get("call"), line.get("text")):
            assert not number or number in shown, (code, line["id"])
    # every number printed, but the checked date's, is in the region's own data
    words = [part.sentence(), part.also]
    for line in part.lines:
        words += [line.name, *line.ways, line.url, line.details]
    assert set(re.findall(r"\d+", " ".join(words))) <= _region_digits(code, language), code


@pytest.mark.parametrize("code", ["", "ZZ", "XX"])
def test_no_country_chosen_says_to_call_the_local_number_and_where_lines_are(code: str) -> None:
    text = to_text(with_help(page(WRITTEN, []), code))
    help_text = text[text.index("If you need help now") :]
    assert "call your local emergency number." in help_text
    assert "https://findahelpline.com" in help_text
    assert not re.search(r"\d", help_text), help_text  # no one number works everywhere
    spanish = to_text(with_help(page(WRITTEN, [], "es"), code, "es"))
    assert "llama al número de emergencias local." in spanish


def test_a_country_without_lines_or_a_confirmed_number_says_so() -> None:
    mexico = help_part("MX")
    assert mexico.number == crisis.crisis_region("MX")["emergency"] == "911"
    assert mexico.about.startswith("Emergency number for Mexico checked on")
    countries = emergency._data()["countries"]
    unconfirmed = [code for code, info in countries.items() if info.get("call") is None]
    assert unconfirmed
    part = help_part(unconfirmed[0])
    assert part.number == "" and "call your local emergency number." in part.sentence()
    assert part.about == crisis.crisis_region(unconfirmed[0])["note"]  # ask someone near you


def test_other_emergency_numbers_are_said_once() -> None:
    australia = help_part("AU")
    assert australia.also == "Other emergency numbers there: 106, 112"
    assert "Other emergency numbers there: 106, 112" in to_markdown(
        with_help(page(WRITTEN, []), "AU")
    )


def test_on_screen_and_in_the_summary_the_plan_has_no_help_part() -> None:
    plan = page(WRITTEN, [])
    assert plan.help is None
    assert "If you need help now" not in to_text(plan)
    assert not any("help now" in line for line in html_lines(plan, level=2))
    assert with_help(page({}, []), "ES").empty  # the numbers alone are no plan


def test_the_data_s_words_are_escaped_in_markdown_and_html() -> None:
    plan = with_help(page(WRITTEN, []), "US")
    md = to_markdown(plan)
    assert "**988 Suicide \\& Crisis Lifeline**" in md
    assert "<b>988 Suicide &amp; Crisis Lifeline</b>" in to_html(plan)


def test_the_help_words_are_checked_in_every_language() -> None:
    for code in content.available_languages():
        words = content.load_document("safety_plan_words", code)
        assert content.check_pack("safety_plan_words", words) == []
        broken = {**words, "help": {**words["help"], "danger": "Call now."}}
        assert content.check_pack("safety_plan_words", broken)
        missing = {**words, "help": {k: v for k, v in words["help"].items() if k != "call"}}
        assert content.check_pack("safety_plan_words", missing)
