"""Content packs: shape, translation, choosing. The crisis lines are in test_crisis.py."""

from __future__ import annotations

import random
from collections import Counter, deque
from typing import Any

import pytest

from footholds.core import content, resource_files

ALL_PACKS = (*content.LIST_PACKS, *content.DOCUMENT_PACKS)
LANGUAGES = ("en", "es")


def _raw(name: str, code: str) -> Any:
    """The file itself, without load_pack's fallback to English."""
    assert resource_files.path("content", code, f"{name}.json").is_file(), f"{code}/{name}"
    return resource_files.read_json("content", code, f"{name}.json")


def _strings(data: Any) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, list):
        return [s for item in data for s in _strings(item)]
    if isinstance(data, dict):
        return [s for key, value in data.items() if key != "id" for s in _strings(value)]
    return []


def test_every_pack_and_the_crisis_lines_validate() -> None:
    assert content.validate_packs() == []


@pytest.mark.parametrize("name", ALL_PACKS)
def test_every_pack_exists_in_english_and_spanish_with_the_same_ids(name: str) -> None:
    english, spanish = _raw(name, "en"), _raw(name, "es")
    assert content.check_pack(name, english) == []
    assert content.check_pack(name, spanish) == []
    assert content.pack_ids(name, spanish) == content.pack_ids(name, english)


@pytest.mark.parametrize("name", ALL_PACKS)
def test_spanish_is_a_real_translation(name: str) -> None:
    english = set(_strings(_raw(name, "en")))
    spanish = _strings(_raw(name, "es"))
    # Values such as "sitting" or "sight" stay the same; sentences must not.
    untranslated = [s for s in spanish if s in english and " " in s]
    assert untranslated == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_counts_meet_the_minimums(code: str) -> None:
    movements = _raw("movements", code)
    assert len(movements) >= 45
    postures = Counter(item["posture"] for item in movements)
    assert set(postures) == {"sitting", "standing", "lying"}
    assert min(postures.values()) >= 12
    assert all(20 <= item["seconds"] <= 60 for item in movements)
    assert len(_raw("rest", code)) >= 24
    assert len(_raw("winddown", code)) >= 12
    assert len(_raw("nourishment", code)) >= 14
    affirmations = _raw("affirmations", code)
    assert len(affirmations) >= 45
    assert {a["theme"] for a in affirmations} == set(content.THEMES)
    acks = _raw("acknowledgements", code)
    assert len(acks["saved"]) >= 12
    assert len(acks["done"]) >= 8
    assert len(acks["skipped"]) >= 6
    assert len(_raw("reach_out", code)) >= 14
    assert len(_raw("routine", code)) >= 16
    assert len(_raw("thinking_traps", code)) == 11
    assert len(_raw("thought_questions", code)) == 4
    grounding = _raw("grounding", code)
    assert [s["count"] for s in grounding["steps"]] == [5, 4, 3, 2, 1]
    assert grounding["opening"]["text"] and grounding["closing"]["text"]
    assert len(_raw("goal_prompts", code)["examples"]) == 3
    plan = _raw("safety_plan", code)
    assert len(plan) == 7
    # one part that is not a step (what I want to stay for), then steps 1 to 6 in order
    assert [part["step"] for part in plan] == [0, 1, 2, 3, 4, 5, 6]
    assert len(_raw("safety_plan_words", code)["safer_options"]) >= 3
    knowledge = _raw("help_knowledge", code)
    assert [k["id"] for k in knowledge] == ["hk-calling", "hk-urge", "hk-signs"]
    assert 3 <= len(_raw("proof_examples", code)) <= 5


def test_named_items_the_features_rely_on_are_there() -> None:
    traps = {t["id"] for t in content.load_pack("thinking_traps")}
    assert {"tt-all-or-nothing", "tt-mind-reading", "tt-should-statements"} <= traps
    plan = [s["id"] for s in content.load_pack("safety_plan")]
    assert plan[0] == "sp-reasons" and plan[1] == "sp-warning-signs"
    assert plan[-1] == "sp-safer-space"
    options = [o["id"] for o in content.load_document("safety_plan_words")["safer_options"]]
    assert {"lock-away", "someone-holds", "small-supply"} <= set(options)
    rest = content.load_pack("rest")
    assert sum(1 for r in rest if r["kind"] == "breathing") >= 3
    assert any(r["id"] == "rs-muscle-release" and r["kind"] == "relaxation" for r in rest)
    reframe = {a["id"]: a["text"] for a in content.load_pack("affirmations")}
    assert "depression" in reframe["af-experiencing-depression"]
    assert "not who I am" in reframe["af-experiencing-depression"]


def test_ids_are_unique_across_every_pack() -> None:
    ids: list[str] = []
    for name in ALL_PACKS:
        if name != "acknowledgements":
            ids += content.pack_ids(name, _raw(name, "en"))
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("given", "expected"),
    [("es_ES.UTF-8", "es"), ("es-MX", "es"), ("es", "es"), ("en_GB", "en"), ("fr_FR", "en"),
     ("C", "en"), ("", "en"), ("ES", "es")],
)  # fmt: skip
def test_language_code(given: str, expected: str) -> None:
    assert content.language_code(given) == expected


def test_load_pack_falls_back_and_hands_out_copies() -> None:
    french = content.load_pack("affirmations", "fr_FR")
    assert french == content.load_pack("affirmations", "en")
    spanish = content.load_pack("affirmations", "es_ES")
    assert spanish[0]["text"] != french[0]["text"]
    french[0]["text"] = "changed"
    assert content.load_pack("affirmations", "fr_FR")[0]["text"] != "changed"


def test_load_pack_refuses_unknown_names_and_wrong_shapes() -> None:
    with pytest.raises(ValueError):
        content.load_pack("nope")
    with pytest.raises(ValueError):
        content.load_pack("grounding")
    with pytest.raises(ValueError):
        content.load_document("movements")
    assert content.load_document("goal_prompts", "es")["examples"][0]["steps"]


def test_acknowledgement_is_deterministic_and_from_the_right_list() -> None:
    acks = content.load_document("acknowledgements", "es")
    first = content.acknowledgement("skipped", random.Random(3), "es_ES")
    assert first in acks["skipped"]
    assert content.acknowledgement("skipped", random.Random(3), "es_ES") == first
    assert content.acknowledgement("saved") in content.load_document("acknowledgements")["saved"]
    with pytest.raises(ValueError):
        content.acknowledgement("missed")


def _items(n: int, **extra: Any) -> list[dict[str, Any]]:
    return [{"id": f"i{n_}", "text": f"item {n_}", **extra} for n_ in range(n)]


def test_picker_avoids_recent_repeats() -> None:
    picker = content.Picker(_items(10), avoid=5, rng=random.Random(1))
    picks = [picker.pick() for _ in range(300)]
    ids = [p["id"] for p in picks if p]
    assert len(ids) == 300
    for i in range(len(ids)):
        assert ids[i] not in ids[max(0, i - 5) : i]
    assert set(ids) == {f"i{n}" for n in range(10)}


def test_picker_takes_the_oldest_when_everything_was_recent() -> None:
    recent: deque[str] = deque(["i1", "i0", "i2"], maxlen=5)
    picker = content.Picker(_items(3), recent=recent, avoid=5, rng=random.Random(1))
    chosen = picker.pick()
    assert chosen is not None and chosen["id"] == "i1"
    assert list(recent)[-1] == "i1"  # the caller's deque is the one kept up to date


def test_picker_honours_hidden_even_when_changed_later() -> None:
    hidden = {"i0", "i1"}
    picker = content.Picker(_items(4), hidden=hidden, avoid=0, rng=random.Random(2))
    assert {picker.pick()["id"] for _ in range(50)} == {"i2", "i3"}  # type: ignore[index]
    hidden.update({"i2", "i3"})
    assert picker.pick() is None


def test_picker_filters_posture_and_effort() -> None:
    movements = content.load_pack("movements")
    picker = content.Picker(movements, avoid=10, rng=random.Random(5))
    for _ in range(40):
        item = picker.pick(posture="lying", effort="gentle")
        assert item is not None
        assert (item["posture"], item["effort"]) == ("lying", "gentle")
    efforts = {picker.pick(posture="standing", effort="any")["effort"] for _ in range(60)}  # type: ignore[index]
    assert efforts == {"gentle", "moderate"}


def test_picker_prefers_own_items_and_marks_them() -> None:
    own = [{"id": "own-1", "text": "Stretch like my cat does"}]
    picker = content.Picker(_items(9, posture="sitting"), own=own, avoid=0, rng=random.Random(9))
    counts = Counter(picker.pick(posture="lying")["id"] for _ in range(1200))  # type: ignore[index]
    # Own items have no posture, so they fit; built-in sitting items do not.
    assert set(counts) == {"own-1"}
    counts = Counter(picker.pick()["id"] for _ in range(1200))  # type: ignore[index]
    assert counts["own-1"] > 2 * max(c for k, c in counts.items() if k != "own-1")
    assert picker.candidates()[0] == {**own[0], "own": True}


def test_picker_exclude_and_determinism() -> None:
    items = content.load_pack("affirmations")
    a = content.Picker(items, rng=random.Random(42))
    b = content.Picker(items, rng=random.Random(42))
    seq_a = [a.pick()["id"] for _ in range(30)]  # type: ignore[index]
    assert seq_a == [b.pick()["id"] for _ in range(30)]  # type: ignore[index]
    single = content.Picker(_items(1))
    assert single.pick(exclude=["i0"]) is None


def test_check_pack_reports_broken_packs() -> None:
    good = content.load_pack("movements")
    assert content.check_pack("movements", good) == []
    bad = [dict(item) for item in good]
    bad[0]["posture"] = "floating"
    bad[1]["seconds"] = 5
    bad[2]["id"] = bad[3]["id"]
    problems = content.check_pack("movements", bad)
    assert len(problems) == 3
    assert content.check_pack("movements", good[:20]) != []
    grounding = content.load_document("grounding")
    grounding["steps"].reverse()
    assert content.check_pack("grounding", grounding) != []
    assert content.check_pack("acknowledgements", {"saved": ["x"]}) != []


# -- our own words -----------------------------------------------------------------------------

SEED_PHRASES = (
    "roll your shoulders, do gentle neck stretches, or march your feet in place",
    "hey, just wanted to check in. hope you're doing okay",
    "i am more than my depression. this feeling is temporary",
    "this moment is hard, but healing happens in steps",
    "would i say this to a friend who was struggling",
    "is there another way to look at this situation",
    "put one dish in the sink",
    "drink a glass of water first thing in the morning",
    "wiggle your fingers and toes, then slowly stretch your arms and legs",
    "start at your feet and slowly tense and relax each muscle group",
    "oatmeal with nuts and fruit",
    "speaking to yourself like you would a close friend",
    "i'm struggling, but i am still worthy of love and care",
    "my depression makes me feel alone, but i do have people who care",
)


def test_no_sentence_is_copied_from_the_seed_articles() -> None:
    text = " ".join(
        s.lower().replace("’", "'") for name in ALL_PACKS for code in LANGUAGES
        for s in _strings(_raw(name, code))
    )  # fmt: skip
    assert "shoulder" in text  # the haystack is real
    for phrase in SEED_PHRASES:
        assert phrase not in text, phrase


@pytest.mark.parametrize("code", ["en", "es"])
def test_every_reminder_kind_is_thanked_in_its_own_words(code: str) -> None:
    from footholds.core.reminders import Kind

    assert tuple(kind.value for kind in Kind) == content.ACK_ABOUT
    acks = _raw("acknowledgements", code)
    for about in content.ACK_ABOUT:
        assert len(acks[f"done_{about}"]) >= content.ACK_VARIANT_MINIMUM
        line = content.acknowledgement("done", random.Random(1), code, about)
        assert line in acks[f"done_{about}"]
    # the general lines and a medicine's speak of no movement, body or pause
    for line in (*acks["done"], *acks["done_medication"], *acks["skipped_medication"]):
        for word in ("movement", "body", "pause", "movimiento", "cuerpo", "pausa"):
            assert word not in line.lower()
    assert content.acknowledgement("skipped", random.Random(1), code, "rest") in acks["skipped"]
    assert content.check_pack("acknowledgements", {**acks, "done_flying": ["a", "b", "c"]})
    assert content.check_pack("acknowledgements", {**acks, "done_rest": ["only one"]})


def test_the_thanks_kinds_are_the_reminder_kinds_the_store_knows() -> None:
    from footholds.core.store.models import REMINDER_KINDS

    assert content.ACK_ABOUT == REMINDER_KINDS


def test_the_urge_topic_says_plainly_how_an_urge_goes() -> None:
    """ "The worst of an urge rises and falls" ("Lo peor de un impulso sube y baja") read
    oddly: it is the urge that rises, peaks and falls."""
    titles = {
        language: {t["id"]: t["title"] for t in content.load_pack("help_knowledge", language)}
        for language in ("en", "es")
    }
    assert titles["en"]["hk-urge"] == "An urge rises, peaks and falls"
    assert titles["es"]["hk-urge"] == "Un impulso sube, llega a su punto más alto y baja"
