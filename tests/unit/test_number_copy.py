"""What Copy number puts on the clipboard for a number as a person wrote it: the number alone
(digits, "+", and the spaces, hyphens, dots and brackets a phone keeps), never an extension
or words round it; the first of two numbers, said to be the first; and the whole text, as
written, where no number can be told from the words."""

from __future__ import annotations

import pytest

from footholds.core.dial import dialled
from footholds.core.number_copy import to_copy


@pytest.mark.parametrize(
    ("written", "copied"),
    [
        # the number first, and words after it
        ("0800 123 456 ext 12", "0800 123 456"),
        ("0800 123 456 ext. 12 ask for Sam", "0800 123 456"),
        ("(555) 010-9999 x3", "(555) 010-9999"),
        ("020 7946 0958x12", "020 7946 0958"),
        ("+44 (0) 20 7946 0958 extension 12345 then press 2 then 4", "+44 20 7946 0958"),
        ("020 7946 0958, then 2", "020 7946 0958"),
        ("020 7946 0958 (after 6pm)", "020 7946 0958"),
        ("+34 600 123 456 extensión 12", "+34 600 123 456"),
        ("912 345 678 después pulsa 3", "912 345 678"),
        ("999 ask for the duty nurse", "999"),
        # the "(0)" not dialled after a country code: pasted into a phone it would be
        ("+44 (0) 20 7946 0958", "+44 20 7946 0958"),
        ("+44(0)2079460958", "+442079460958"),
        # the number inside words
        ("call 116 123 (free)", "116 123"),
        ("Mobile: +34 600 11 22 33, evenings", "+34 600 11 22 33"),
        ("Tel 020 7946 0958", "020 7946 0958"),
        ("ring (555) 010-9999 x3", "(555) 010-9999"),
        ("Llamar al 612\u00a0345\u00a0678", "612 345 678"),
        # written in other ways: plain spaces and hyphens, digits as a phone dials them
        ("+44\u00a020\u00a07946\u00a00958 ext 4", "+44 20 7946 0958"),
        ("+44 20 7946\u20110958 ext 4", "+44 20 7946-0958"),
        ("٠٢٠ ٧٩٤٦ ٠٩٥٨ ext 4", "020 7946 0958"),
        ("030/1234567 Durchwahl 12", "030/1234567"),
    ],
)
def test_only_the_number_is_copied(written: str, copied: str) -> None:
    shown = to_copy(written)
    assert shown.text == copied
    assert not shown.whole
    assert not shown.more


@pytest.mark.parametrize(
    "written",
    ["+34 600 11 22 33", "0800 123 456", "(555) 010-9999", "116 123", "999", "1-800-668-6868"],
)
def test_a_number_written_alone_is_copied_as_written(written: str) -> None:
    shown = to_copy(f"  {written} ")
    assert shown.text == written
    assert shown.same  # nothing to say beyond "Copied"
    assert (shown.start, shown.end) == (0, len(written))


@pytest.mark.parametrize(
    "written",
    [
        "Ask at the front desk",  # no digits at all
        "Mum",
        "ext 12",
        "12 then press 4",  # too few digits to be a number
        "call 999",  # short numbers only count first: "flat 12" and "9-17" are no numbers
        "open 9-17, room 12",
        "1-800-273-TALK",  # a word spelled on the keys: a number cut there is a wrong one
        "0800 FLOWERS",
        "0" * 60,  # more digits than any number
        "020 7946 0958 020 7946 0959 020 7946",  # one run too long to be one number
        "ID4567890",
    ],
)
def test_no_number_copies_the_whole_text(written: str) -> None:
    shown = to_copy(f" {written}")
    assert shown.whole and shown.same
    assert shown.text == written
    assert not shown.more


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("020 7946 0958 or 020 7946 0959", "020 7946 0958"),
        ("020 7946 0958 / 020 7946 0959", "020 7946 0958"),
        ("mobile 07700 900123, home 01632 960123", "07700 900123"),
        ("+34 600 123 456 (work) +34 611 222 333 (home)", "+34 600 123 456"),
        ("call 116 123 or text 85258 or 0800 123 456", "116 123"),
    ],
)
def test_of_two_numbers_the_first_is_copied_and_said_to_be(written: str, first: str) -> None:
    shown = to_copy(written)
    assert shown.text == first
    assert shown.more and not shown.same


def test_an_extension_of_six_digits_is_no_second_number() -> None:
    shown = to_copy("0800 123 456 ext. 123456")
    assert shown.text == "0800 123 456" and not shown.more


def test_where_the_number_stands_in_the_words_as_written() -> None:
    shown = to_copy("  call 116 123 (free)")
    assert (shown.start, shown.end) == (5, 12)
    assert "call 116 123 (free)"[shown.start : shown.end] == "116 123"
    assert shown.written == "call 116 123 (free)"
    whole = to_copy("Ask at the desk ")
    assert (whole.start, whole.end) == (0, 0)  # no number to show apart from the words


@pytest.mark.parametrize(
    "written",
    [
        "116 123 (24/7)",
        "0412 345 678 (9-5)",
        "Samaritans 116 123 24/7",
        "Samaritans 116 123 24 hours",
        "Jo 0412 345 678 (9-5)",
        "Mum 07700 900123 - 9 to 5",
        "0800 123 456 9am-5pm",
        "0800 123 456 9 am",
    ],
)
def test_hours_written_after_a_number_are_never_read_into_it(written: str) -> None:
    """A review found these read as one longer number ("116 123 24", "041234567895"): a
    wrong number to copy and, where the number came first, to call. The words are copied
    whole instead, and no call is offered."""
    assert to_copy(written).text == written
    assert dialled(written) is None


@pytest.mark.parametrize(
    ("written", "copied", "called"),
    [
        ("+1 (555) 010-9999", "+1 (555) 010-9999", "+15550109999"),
        ("(555) 010-9999 x3", "(555) 010-9999", "5550109999"),
        ("+49 (30) 1234567", "+49 (30) 1234567", "+49301234567"),
        ("030/1234567", "030/1234567", "0301234567"),
        ("999 / 112", "999", "999"),
        ("0800 123 456 (free)", "0800 123 456", "0800123456"),
    ],
)
def test_area_codes_slashes_and_notes_in_brackets_stay_numbers(
    written: str, copied: str, called: str
) -> None:
    assert to_copy(written).text == copied
    assert dialled(written) == called
