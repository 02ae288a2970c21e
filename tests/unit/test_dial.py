"""What a Call link dials for a number as a person wrote it: the number itself, never the
"(0)" left out after a country code, an extension or the menu keys to press after it; and
nothing at all when what is left could not be a whole number."""

from __future__ import annotations

import pytest

from footholds.core.dial import dialled, number_part


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        # the shipped lines, as lines.json writes them
        ("999", "999"),
        ("116 123", "116123"),
        ("1-800-668-6868", "18006686868"),
        ("0800 111 0 111", "08001110111"),
        ("808 24 24 24", "808242424"),
        # the "(0)" not dialled after a country code
        ("+44 (0) 20 7946 0958", "+442079460958"),
        ("+44 (0)20 7946 0958", "+442079460958"),
        ("+44(0)2079460958", "+442079460958"),
        ("+49 ( 0 ) 30 1234567", "+49301234567"),
        ("(020) 7946 0958", "02079460958"),  # no country code: the 0 is dialled
        ("(0) 20 7946 0958", "02079460958"),
        # what comes after the number
        ("+44 (0) 20 7946 0958 extension 12345 then press 2 then 4", "+442079460958"),
        ("020 7946 0958 ext 12", "02079460958"),
        ("020 7946 0958 ext. 12", "02079460958"),
        ("020 7946 0958 x12", "02079460958"),
        ("020 7946 0958x12", "02079460958"),
        ("020 7946 0958 X 12", "02079460958"),
        ("020-7946-0958 ext.12", "02079460958"),
        ("0207946095 8ext12", "02079460958"),
        ("020 7946 0958, then 2", "02079460958"),
        ("020 7946 0958; press 1", "02079460958"),
        ("020 7946 0958 (reception)", "02079460958"),
        ("020 7946 0958 (after 6pm)", "02079460958"),
        ("020 7946 0958 or 020 7946 0959", "02079460958"),
        ("020 7946 0958 / 020 7946 0959", "02079460958"),
        ("020 7946 0958 - evenings", "02079460958"),
        # in Spanish, and in other languages
        ("+34 600 123 456 ext. 45", "+34600123456"),
        ("+34 600 123 456, luego marca 2", "+34600123456"),
        ("+34 600 123 456 luego marca 2", "+34600123456"),
        ("+34 600 123 456 extensión 12", "+34600123456"),
        ("912 345 678 después pulsa 3", "912345678"),
        ("030 1234567 Durchwahl 12", "0301234567"),
        ("01 23 45 67 89 poste 12", "0123456789"),
        ("+7 495 123-45-67 доб. 12", "+74951234567"),
        # written in other ways
        ("  +1 (415) 555-0132  ", "+14155550132"),
        ("+1.415.555.0132", "+14155550132"),
        ("030/1234567", "0301234567"),
        ("+44\u00a020\u00a07946\u00a00958", "+442079460958"),
        ("+44 20 7946\u20110958", "+442079460958"),
        ("٠٢٠ ٧٩٤٦ ٠٩٥٨", "02079460958"),  # Arabic-Indic digits dial as 0-9
        ("111", "111"),
    ],
)
def test_the_number_itself_is_dialled(written: str, digits: str) -> None:
    assert dialled(written) == digits


@pytest.mark.parametrize(
    "written",
    [
        "",
        "   ",
        "ext 12",  # no number before the words
        "extension 12345 then press 2",
        "Tel 020 7946 0958",  # a word first: Copy only, no guess where the number starts
        "Mum",
        "12",  # too few digits to be a number
        "12 then press 4",
        "+44",
        "+44 20",  # a country code and hardly more
        "+44 (0)",
        "1-800-273-TALK",  # a word spelled on the keys: cut at the word, a wrong number
        "0800 FLOWERS",
        "0800FLOWERS",
        "1234567890123456789",  # longer than any number
        "+4420794609581234567",
        "020 7946 0958 020 7946 0959 020 7946",
        "²²²²²²",  # superscripts are no digits to dial
        "#123",
        "+",
        "()",
    ],
)
def test_no_call_for_what_is_no_whole_number(written: str) -> None:
    assert dialled(written) is None


def test_the_number_part_as_written_and_the_words_after_it() -> None:
    assert number_part("+44 (0) 20 7946 0958 extension 12345 then press 2 then 4") == (
        "+44 (0) 20 7946 0958",
        " extension 12345 then press 2 then 4",
    )
    assert number_part("020 7946 0958, then 2") == ("020 7946 0958", ", then 2")
    assert number_part("020 7946 0958 (reception)") == ("020 7946 0958", " (reception)")
    assert number_part("(020) 7946 0958") == ("(020) 7946 0958", "")
    assert number_part("  116 123 ") == ("116 123", "")
    assert number_part("Mum's mobile") == ("", "Mum's mobile")
    assert number_part("020 7946 0958 / 020 7946 0959") == ("020 7946 0958", " / 020 7946 0959")
