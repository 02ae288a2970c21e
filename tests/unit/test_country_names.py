"""Every country name the app can show has a Spanish form, and Spanish shows it."""

from __future__ import annotations

import json
import re

from footholds.core import crisis, emergency, resource_files
from footholds.core.settings import CRISIS_REGIONS


def _spanish() -> dict[str, str]:
    data = resource_files.read_json("crisis", "names.es.json")
    assert set(data) == {"about", "countries"}
    names: dict[str, str] = data["countries"]
    return names


def test_every_country_has_a_spanish_name() -> None:
    names = _spanish()
    assert set(names) == set(resource_files.read_json("crisis", "emergency.json")["countries"])
    for code, name in names.items():
        assert name.strip() == name and name, code
        assert not re.search(r"\d", name), code  # names only: numbers live elsewhere


def test_every_region_in_the_picker_is_named_in_spanish() -> None:
    names = _spanish()
    english = json.loads(resource_files.path("crisis", "emergency.json").read_text("utf-8"))
    for code in [c for c in CRISIS_REGIONS if c not in ("", crisis.FALLBACK_REGION)]:
        shown = crisis.crisis_region(code, "es")["name"]
        # a region with lines is named by lines.es.json: the two files agree
        assert shown == names[code], code
        assert crisis.crisis_region(code, "es_MX.UTF-8")["name"] == shown, code
        assert crisis.crisis_region(code)["name"] == english["countries"][code]["name"] or (
            crisis.has_lines(code)
        ), code


def test_countries_without_lines_take_their_spanish_names() -> None:
    assert crisis.crisis_region("MX", "es")["name"] == "México"
    assert crisis.crisis_region("IT", "es")["name"] == "Italia"
    assert crisis.crisis_region("JP", "es")["name"] == "Japón"
    assert crisis.crisis_region("BR", "es")["name"] == "Brasil"
    assert crisis.crisis_region("MX")["name"] == "Mexico"


def test_a_language_without_names_stays_english() -> None:
    assert emergency.country_name("DE", "fr") == "Germany"
    assert emergency.country_name("DE", "en") == "Germany"
    assert emergency.country_name("XX", "es") == ""
