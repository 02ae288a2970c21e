"""A starting feeling, win or part typed in again in Spanish (or in another case, or without
its accents) is that starting entry: kept once, as its English key, so the lists read the same
in English, Spanish and English again, and an entry naming it counts as it.

The app learns each shipped language's words from its catalogues at start (ui/common/
default_lists.learn); here they are learnt from the same catalogue, read without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from footholds.core import catalog, insights, list_words, own_lists
from footholds.core.list_words import (
    DEFAULT_FEELINGS,
    DEFAULT_PARTS,
    DEFAULT_WINS,
    fold,
    key_of,
    learn_words,
)
from footholds.core.settings import BY_NAME, Settings
from footholds.core.store import LogEntry

FEELINGS, WINS, PARTS = "lists.feelings", "lists.wins", "lists.parts"
KEYS = (*DEFAULT_FEELINGS, *DEFAULT_WINS, *DEFAULT_PARTS)


def spanish(key: str) -> str:
    return catalog.load("es").translate("lists", key)


@pytest.fixture(autouse=True)
def spanish_known(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Spanish words known, as after the app's start; forgotten again after the test."""
    monkeypatch.setattr(list_words, "_WORD_KEYS", dict(list_words._WORD_KEYS))
    monkeypatch.setattr(list_words, "_FOLDED_KEYS", dict(list_words._FOLDED_KEYS))
    learn_words({spanish(key): key for key in KEYS if spanish(key) != key})
    yield


def test_every_starting_entry_has_its_own_spanish_word() -> None:
    assert spanish("sad") == "tristeza" and spanish("numb") == "vacío"
    folded = [fold(spanish(key)) for key in KEYS]
    assert len(set(folded)) == len(KEYS)
    assert not set(folded) & {fold(key) for key in KEYS}
    assert all(key_of(spanish(key)) == key for key in KEYS)


@pytest.mark.parametrize(
    "typed", ["tristeza", "Tristeza", "TRISTEZA", "  tristeza ", "tristéza", "sad", "Sad"]
)
def test_adding_a_starting_word_again_keeps_the_list_as_it_was(typed: str) -> None:
    mine = Settings()
    mine.set(FEELINGS, [*DEFAULT_FEELINGS, typed])
    assert mine[FEELINGS] == DEFAULT_FEELINGS


def test_a_word_without_its_accents_is_the_starting_one() -> None:
    mine = Settings()
    mine.set(FEELINGS, ["vacio", "Me movi"])
    mine.set(WINS, ["me movi", "Bebi agua", "made tea"])
    assert mine[FEELINGS] == ["numb", "moved"]
    assert mine[WINS] == ["moved", "drank water", "made tea"]


def test_a_starting_word_added_where_it_was_taken_off_comes_back_as_its_key() -> None:
    mine = Settings()
    mine.set(FEELINGS, [k for k in DEFAULT_FEELINGS if k != "sad"])
    mine.set(FEELINGS, [*mine[FEELINGS], "Tristeza"])
    assert mine[FEELINGS] == [*(k for k in DEFAULT_FEELINGS if k != "sad"), "sad"]


def test_renaming_an_entry_to_a_starting_word_keeps_it_once() -> None:
    mine = Settings()
    # "cansancio" (tired) renamed "Tristeza", and "tristeza" (sad) further down
    renamed = ["Tristeza" if k == "tired" else k for k in DEFAULT_FEELINGS]
    mine.set(FEELINGS, renamed)
    assert mine[FEELINGS].count("sad") == 1
    assert "Tristeza" not in mine[FEELINGS] and "tired" not in mine[FEELINGS]
    # a starting word renamed in another case only is still that word, in its place
    mine.set(FEELINGS, ["CALMA" if k == "calm" else k for k in DEFAULT_FEELINGS])
    assert mine[FEELINGS] == DEFAULT_FEELINGS


def test_taking_one_off_then_putting_it_back_after_typing_it_leaves_it_once() -> None:
    mine = Settings()
    before = list(DEFAULT_FEELINGS)
    mine.set(FEELINGS, [k for k in before if k != "sad"] + ["tristeza"])  # typed back in
    row = before.index("sad")
    mine.set(FEELINGS, [*mine[FEELINGS][:row], before[row], *mine[FEELINGS][row:]])  # Undo
    assert mine[FEELINGS].count("sad") == 1


def test_a_reset_gives_the_keys_and_a_word_typed_after_is_one_of_them() -> None:
    mine = Settings()
    mine.set(PARTS, ["la voz crítica", "the tired kid"])
    assert mine[PARTS] == ["the inner critic", "the tired kid"]
    mine.reset([PARTS])
    mine.set(PARTS, [*mine[PARTS], "La Voz Critica"])
    assert mine[PARTS] == DEFAULT_PARTS


def test_a_settings_file_holding_both_words_is_read_with_the_word_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        '{"version": 1, "values": {"lists.feelings": ["sad", "tristeza", "agotada", "Sad"]}}'
    )
    loaded, report = Settings.load(path)
    assert not report.damaged
    assert loaded[FEELINGS] == ["sad", "agotada"]
    loaded.save()
    assert Settings.load(path)[0][FEELINGS] == ["sad", "agotada"]


def test_the_persons_own_words_stay_as_typed() -> None:
    mine = Settings()
    mine.set(FEELINGS, ["Agotada", "tristeza profunda", "sadness"])
    assert mine[FEELINGS] == ["Agotada", "tristeza profunda", "sadness"]


def test_a_spanish_export_adds_only_what_the_list_lacks() -> None:
    mine = Settings()
    mine.set(FEELINGS, [*DEFAULT_FEELINGS, "agotada"])
    exported = {
        "feelings": ["Tristeza", "calma", "agotada", "sin ganas"],
        "wins": ["Me moví", "regué la planta"],
        "parts": ["la parte preocupada"],
    }
    lists = own_lists.from_export(exported)
    assert lists[FEELINGS] == ["sad", "calm", "agotada", "sin ganas"]
    assert own_lists.missing(mine, lists) == {FEELINGS: ["sin ganas"], WINS: ["regué la planta"]}
    own_lists.add_missing(mine, lists)
    assert mine[FEELINGS] == [*DEFAULT_FEELINGS, "agotada", "sin ganas"]
    assert mine[WINS] == [*DEFAULT_WINS, "regué la planta"]
    assert mine[PARTS] == DEFAULT_PARTS


def test_a_feeling_typed_in_spanish_counts_as_the_starting_one_in_english() -> None:
    """The quick log keeps the words as typed; Insights and the check-in summary read them by
    their key, so "Tristeza" typed one day and "sad" picked the next are one feeling."""
    at = datetime(2026, 3, 2, 12, tzinfo=UTC)
    logs = [
        LogEntry(at=at, feelings=["Tristeza"], wins=["Me movi"]),
        LogEntry(at=at + timedelta(days=1), feelings=["sad"], wins=["moved"]),
    ]
    day = date(2026, 3, 2)
    english = insights.summarise(logs, [], day, day + timedelta(days=1), word=key_of)
    assert english.feelings == [("sad", 2)]
    assert english.wins == [("moved", 2)]


def test_an_english_spanish_english_round_trip_leaves_the_settings_file_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    mine = Settings(path)
    mine.set(WINS, [*DEFAULT_WINS, "made tea"])
    mine.save()
    before = path.read_bytes()
    shown = [spanish(key_of(w)) for w in mine[WINS]]  # as the Spanish list shows them
    mine.set(WINS, [*shown, "Bebí agua"])  # and saved back as shown, one typed again
    mine.save()
    assert path.read_bytes() == before
    assert BY_NAME[WINS].validate(shown) == [*DEFAULT_WINS, "made tea"]


def test_the_command_line_knows_the_spanish_words_of_an_export_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`footholds import` runs without Qt, so nothing learnt the catalogues' words first."""
    monkeypatch.setattr(list_words, "_WORD_KEYS", dict(list_words.EARLIER_KEYS))
    monkeypatch.setattr(list_words, "_FOLDED_KEYS", {fold(key): key for key in KEYS})
    own_lists.know_starting_words.cache_clear()
    assert key_of("tristeza") == "tristeza"  # not known yet
    lists = own_lists.from_export({"feelings": ["Tristeza", "agotada"]})
    assert lists[FEELINGS] == ["sad", "agotada"]
    assert own_lists.missing(Settings(), lists) == {FEELINGS: ["agotada"]}
    own_lists.know_starting_words.cache_clear()
