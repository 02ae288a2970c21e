"""Routine suggestions known in every shipped language: a built-in one typed again (in
Spanish, in another case, without its accents) is that built-in, shown once, in the language
of the day, and back in English after a switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.core.store import ContentMark, OwnItem, Store
from footholds.core.suggestions import (
    PACK,
    builtin_of,
    own_as_builtin,
    routine_suggestions,
    which,
    words_of,
)

FACE = "rt-wash-face"  # "Wash my face", "Lavarme la cara"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    s.open()
    yield s
    s.close()


def texts(store: Store, language: str) -> list[str]:
    return [s.text for s in routine_suggestions(store, language)]


@pytest.mark.parametrize(
    "typed",
    ["Lavarme la cara", "lavarme la cara", "LAVARME  LA CARA ", "Wash my face", "wash MY face"],
)
def test_a_built_in_is_known_by_its_words_in_any_language_case_or_spacing(typed: str) -> None:
    assert builtin_of(typed) == FACE
    assert which(typed) == FACE
    assert words_of(typed, "en") == "Wash my face"
    assert words_of(typed, "es") == "Lavarme la cara"


def test_accents_aside_it_is_still_the_built_in() -> None:
    # "Abrir una ventana y dejar entrar aire fresco"; "Sentarme un rato junto a una ventana"
    assert builtin_of("Escribir una linea sobre como ha ido el dia") == "rt-one-line"
    assert builtin_of("ACOSTARME MAS O MENOS A MI HORA DE SIEMPRE") == "rt-bedtime"


def test_words_of_no_built_in_stay_as_they_are() -> None:
    assert builtin_of("Feed the cat") == ""
    assert words_of("Feed the cat", "es") == "Feed the cat"
    assert which("Feed  the CAT") == which("feed the cat")


@pytest.mark.parametrize("typed", ["Lavarme la cara", "lavarme la cara", "wash my face"])
def test_an_own_one_with_a_built_ins_words_shows_once_in_either_language(
    store: Store, typed: str
) -> None:
    store.add(OwnItem(pack=PACK, text=typed))
    english, spanish = texts(store, "en"), texts(store, "es")
    assert english.count("Wash my face") == 1
    assert spanish.count("Lavarme la cara") == 1
    assert typed not in english or typed == "Wash my face"
    assert sum(which(t) == FACE for t in english) == 1
    assert sum(which(t) == FACE for t in spanish) == 1
    # shown as the built-in, not as the person's own words
    [face] = [s for s in routine_suggestions(store, "en") if s.item_id == FACE]
    assert face.own is None
    assert [o.id for o in own_as_builtin(store, FACE)] == [store.all(OwnItem)[0].id]


def test_an_own_one_with_a_hidden_built_ins_words_shows_it_again(store: Store) -> None:
    store.add(ContentMark(pack=PACK, item_id=FACE))
    assert "Wash my face" not in texts(store, "en")
    store.add(OwnItem(pack=PACK, text="Lavarme la cara"))
    assert texts(store, "en").count("Wash my face") == 1
    assert texts(store, "es").count("Lavarme la cara") == 1


def test_own_ones_alike_but_for_case_show_once(store: Store) -> None:
    store.add(OwnItem(pack=PACK, text="Feed the cat"))
    store.add(OwnItem(pack=PACK, text="feed  the CAT"))
    for language in ("en", "es"):
        assert [t for t in texts(store, language) if which(t) == which("feed the cat")] == [
            "Feed the cat"
        ]


def test_english_spanish_english_shows_the_same_list(store: Store) -> None:
    store.add(OwnItem(pack=PACK, text="Feed the cat"))
    store.add(OwnItem(pack=PACK, text="lavarme la cara"))
    before = texts(store, "en")
    texts(store, "es")
    assert texts(store, "en") == before
    assert len({which(t) for t in texts(store, "es")}) == len(texts(store, "es"))
