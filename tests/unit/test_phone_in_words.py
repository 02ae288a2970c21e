"""The one phone number in how a person likes to be reached, for Copy number: one simple
rule (a run of 6 to 15 digits with spaces, hyphens, dots or brackets between), no guessing."""

from __future__ import annotations

import pytest

from footholds.core.phone_in_words import phone_number


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("Call 07700 900123", "07700900123"),
        ("07700 900123", "07700900123"),
        ("text +44 7700 900123 after six", "+447700900123"),
        ("WhatsApp: +1 (555) 010-0199", "+15550100199"),
        ("(0161) 496 0000, evenings", "01614960000"),
        ("call 07700.900.123.", "07700900123"),
        ("ring 07700-900-123 or just text", "07700900123"),
        ("Llamar al 612\u00a0345\u00a0678", "612345678"),
    ],
)
def test_a_phone_number_is_found_as_digits(words: str, number: str) -> None:
    assert phone_number(words) == number


@pytest.mark.parametrize(
    "words",
    [
        "",
        "a text after six",
        "Signal, evenings",
        "after 6pm",
        "between 18:00 and 20:00",
        "flat 12, 3rd floor",
        "ana@example.org",
        "ID4567890",  # joined to letters: not a number written on its own
        "07700 900123 or 01632 960123",  # two: which to copy would be a guess
        "1234567890123456",  # more digits than any phone number
        "+ 44",
    ],
)
def test_no_number_or_more_than_one_is_none(words: str) -> None:
    assert phone_number(words) is None
