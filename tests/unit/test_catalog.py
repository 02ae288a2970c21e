"""The translations read without Qt (core/catalog.py), for the command line's words."""

from __future__ import annotations

from footholds.core import catalog


def test_a_shipped_language_has_its_words_and_counts() -> None:
    spanish = catalog.load("es")
    assert spanish.translate("checkin", "What I want to talk about") == "De qué quiero hablar"
    assert spanish.plural("checkin", "on %n days", 1) == "en 1 día"
    assert spanish.plural("checkin", "on %n days", 3) == "en 3 días"


def test_what_is_not_translated_stays_as_written() -> None:
    spanish = catalog.load("es")
    assert spanish.translate("checkin", "my own words") == "my own words"
    assert spanish.plural("nowhere", "%n cups", 2) == "2 cups"


def test_a_language_without_a_catalog_is_english() -> None:
    none = catalog.load("xx")
    assert none.translate("checkin", "Notes") == "Notes"
    assert none.plural("checkin", "on %n days", 1) == "on 1 day"
