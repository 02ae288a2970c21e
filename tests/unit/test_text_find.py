"""Where the journal's search words are in an entry's shown text, found as the search finds
them (case, accents and spacing aside), so the journal can mark them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from footholds.core.list_words import fold
from footholds.core.text_find import found_spans


def found(text: str, search: str) -> list[str]:
    return [text[start:end] for start, end in found_spans(text, fold(search))]


def test_found_whatever_the_case_and_accents() -> None:
    text = "Me moví hasta la TIENDA, y la tienda estaba cerrada."
    assert found(text, "movi") == ["moví"]
    assert found(text, "Tienda") == ["TIENDA", "tienda"]
    assert found(text, "MOVÍ") == ["moví"]


def test_a_letter_that_folds_longer_is_found_whole() -> None:
    assert found("Die Straße ist lang", "strasse") == ["Straße"]
    assert found("Ǆ and É", "e") == ["É"]


def test_spacing_is_as_the_search_takes_it() -> None:
    text = "walked   to the\nshop"
    assert found(text, "walked to") == ["walked   to"]
    assert found(text, "the shop") == ["the\nshop"]


def test_a_break_point_drawn_in_a_long_run_is_no_part_of_the_words() -> None:
    text = "aaaa\u200bbbbb"  # ui/common/breaks.py puts these in long runs
    assert found(text, "aabb") == ["aa\u200bbb"]


def test_each_place_once_and_none_for_no_search() -> None:
    assert found("aaaa", "aa") == ["aa", "aa"]  # not overlapping
    assert found_spans("anything", "") == []
    assert found("nothing here", "lighthouse") == []


@given(st.text(alphabet=st.characters(exclude_characters="\u200b")), st.text(min_size=1))
def test_found_exactly_where_the_search_finds_an_entry(text: str, search: str) -> None:
    """The marks and the search agree: an entry the search finds has a place marked, and
    one it passes over has none."""
    needle = fold(search)
    assert bool(found_spans(text, needle)) == (bool(needle) and needle in fold(text))


@given(st.text(alphabet=st.characters(exclude_characters="\u200b"), min_size=1))
def test_any_part_of_a_text_is_found_in_it(text: str) -> None:
    part = text[len(text) // 3 : 2 * len(text) // 3 + 1]
    needle = fold(part)
    if needle:
        assert found_spans(text, needle)
