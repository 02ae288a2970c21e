"""Movement, rest, wind-down and food suggestions are safe for a body on a low day.

A breath hold can bring on panic, a forward fold dizziness; words about shape or size hurt;
a phone out of reach at night must not cut off help; and a food nudge must never hint that
eating little is enough, or leave out someone who can't eat nuts, dairy or gluten.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from footholds.core import content

LANGUAGES = ("en", "es")
# Per language: (words for a breath hold, "skip it"), (a forward fold, "slowly", "dizzy").
BREATH_HOLD = {"en": r"\bhold for (?:four|\d)", "es": r"\baguanta (?:cuatro|\d)"}
SKIP = {"en": r"\bskip\b", "es": r"\bsáltate\b"}
FOLD = {"en": r"\b(?:fold|hang forward)", "es": r"\b(?:deja caer el (?:tronco|cuerpo))"}
SLOWLY = {"en": r"\bslowly\b", "es": r"\bdespacio\b"}
DIZZY = {"en": r"\bdizzy\b", "es": r"\bmare"}
BODY_IMAGE = {
    "en": r"\b(?:double chin|belly fat|burn|calories|slim|tone up|toned|flat stomach|figure|"
    r"lose weight|fat)\b",
    "es": r"\b(?:papada|grasa corporal|quemar|calorías|adelgaz|tonific|vientre plano|figura|"
    r"perder peso|michelines)\b",
}
ENOUGH = {
    "en": r"\b(?:is enough|is plenty|counts as a meal|no need for a (?:proper )?meal)\b",
    "es": r"\b(?:es suficiente|basta|cuenta como comida|no hace falta una comida)\b",
}
# An allergen named in a food idea, and the words that offer a way round it.
ALLERGENS = {
    "en": {
        "nuts": (r"\b(?:nuts?|peanut)", r"\bseed"),
        "dairy": (r"\b(?:milk|yogurt|cheese)\b", r"\b(?:plant-based|hummus|another spread)"),
        "gluten": (r"\b(?:toast|bread|crackers|oats)\b", r"\b(?:gluten-free|rice)"),
    },
    "es": {
        "nuts": (r"\b(?:frutos secos|cacahuete)", r"\bsemillas"),
        "dairy": (r"\b(?:leche|yogur|queso)\b", r"\b(?:vegetal|hummus|otra crema)"),
        "gluten": (r"\b(?:tostada|pan|galletas saladas|avena)\b", r"\b(?:sin gluten|arroz)"),
    },
}


def _texts(pack: str, code: str) -> list[tuple[str, str]]:
    return [(item["id"], item["text"]) for item in content.load_pack(pack, code)]


def _all_texts(code: str) -> list[tuple[str, Any]]:
    packs = ("movements", "rest", "winddown", "nourishment", "routine")
    return [pair for pack in packs for pair in _texts(pack, code)]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_breath_hold_says_it_can_be_skipped(code: str) -> None:
    holds = [(i, t) for i, t in _texts("rest", code) if re.search(BREATH_HOLD[code], t, re.I)]
    assert holds  # the square breath is there
    for item_id, text in holds:
        assert re.search(SKIP[code], text, re.I), item_id


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_forward_fold_says_come_up_slowly_and_skip_if_dizzy(code: str) -> None:
    folds = [(i, t) for i, t in _texts("movements", code) if re.search(FOLD[code], t, re.I)]
    assert {i for i, _ in folds} >= {"mv-seated-fold", "mv-hang-forward"}
    for item_id, text in folds:
        assert re.search(SLOWLY[code], text, re.I), item_id
        assert re.search(DIZZY[code], text, re.I) and re.search(SKIP[code], text, re.I), item_id


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_words_about_shape_or_size(code: str) -> None:
    found = [i for i, t in _all_texts(code) if re.search(BODY_IMAGE[code], t, re.I)]
    assert found == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_phone_out_of_reach_at_night_still_reaches_someone(code: str) -> None:
    phone = dict(_texts("winddown", code))["wd-phone-elsewhere"]
    reach = r"\breach someone\b" if code == "en" else r"\bcontactar con alguien\b"
    assert re.search(reach, phone), phone
    on = r"\bswitched on\b" if code == "en" else r"\bencendido\b"
    assert re.search(on, phone), phone  # switched on, so a call or a message can still come


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_food_nudge_says_a_little_is_enough(code: str) -> None:
    food = _texts("nourishment", code) + _texts("routine", code)
    found = [i for i, t in food if re.search(ENOUGH[code], t, re.I)]
    assert found == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_food_ideas_with_nuts_dairy_or_gluten_offer_a_way_round_them(code: str) -> None:
    named = 0
    for item_id, text in _texts("nourishment", code):
        for allergen, (found, alternative) in ALLERGENS[code].items():
            if re.search(found, text, re.I):
                named += 1
                assert re.search(alternative, text, re.I), (item_id, allergen)
    assert named >= 6
