"""A planned built-in idea reads in the language in use: "Prepararme una bebida caliente y
tomarla con calma", planned in Spanish, stayed Spanish in Today, the nudge and the check-in
summary after a switch to English. The person's own words stay as they wrote them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from footholds.core import activation, checkin, content
from footholds.core.store import ActivityPlan, Store
from support import person_day

TZ = timezone(timedelta(hours=1))
DRINK = "ac-warm-drink"


def idea_text(item_id: str, language: str) -> str:
    [text] = [
        str(i["text"]) for i in content.load_pack("activities", language) if i["id"] == item_id
    ]
    return text


ENGLISH = idea_text(DRINK, "en")
SPANISH = idea_text(DRINK, "es")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    s.open()
    yield s
    s.close()


def planned_in(language: str) -> ActivityPlan:
    """As the plan window saves a built-in idea picked in `language` (activation.plan)."""
    return ActivityPlan(
        day=person_day(), activity_id=DRINK, text=idea_text(DRINK, language), kind="enjoyment"
    )


def test_the_two_languages_have_different_words_for_it() -> None:
    assert ENGLISH != SPANISH


@pytest.mark.parametrize("planned", ["en", "es"])
def test_a_built_in_idea_reads_in_each_language_and_back(planned: str) -> None:
    plan = planned_in(planned)
    assert activation.words_of(plan, "en") == ENGLISH
    assert activation.words_of(plan, "es") == SPANISH
    assert activation.words_of(plan, "en") == ENGLISH  # and back again
    assert activation.words_of(plan, "es_ES.UTF-8") == SPANISH  # a system locale's name


def test_spacing_case_and_accents_do_not_make_it_the_persons_own() -> None:
    plan = ActivityPlan(
        day=person_day(),
        activity_id=DRINK,
        text="  preparARME una bebida  caliente y tomarla con CALMA",
    )
    assert activation.words_of(plan, "en") == ENGLISH


def test_words_the_person_changed_stay_theirs() -> None:
    plan = ActivityPlan(day=person_day(), activity_id=DRINK, text="Make a warm drink, mint tea")
    assert activation.words_of(plan, "es") == "Make a warm drink, mint tea"


def test_own_and_typed_activities_stay_as_written() -> None:
    # the words of a built-in idea, but typed in or kept as the person's own activity
    for activity_id in ("", "6f1c0e2b-own-id"):
        plan = ActivityPlan(day=person_day(), activity_id=activity_id, text=ENGLISH)
        assert activation.words_of(plan, "es") == ENGLISH


def test_what_seems_to_help_counts_one_idea_planned_in_two_languages_once(store: Store) -> None:
    start = datetime(2026, 3, 1, 9, tzinfo=TZ)
    for n in range(10):  # half planned in English, half in Spanish, over 14 days
        at = start + timedelta(days=round(n * 13 / 9))
        plan = planned_in("en" if n % 2 else "es")
        plan.day, plan.at = at.date().isoformat(), at
        made = store.add(plan)
        activation.done(store, made, mood_before=2, mood_after=3, now=at + timedelta(hours=2))
    plans = store.all(ActivityPlan)
    [helped] = activation.what_seems_to_help(plans, 4, "en") or []
    assert (helped.text, helped.times) == (ENGLISH, 10)
    [helped] = activation.what_seems_to_help(plans, 4, "es") or []
    assert helped.text == SPANISH


def test_the_check_in_summary_names_it_in_its_language(store: Store) -> None:
    at = datetime(2026, 3, 3, 9, tzinfo=TZ)
    plan = planned_in("es")
    plan.day, plan.at = at.date().isoformat(), at
    activation.done(store, store.add(plan), mood_after=4, now=at + timedelta(hours=8))
    first, last = date(2026, 3, 1), date(2026, 3, 7)
    for language, words in (("en", ENGLISH), ("es", SPANISH), ("en", ENGLISH)):
        report = checkin.gather(
            store, first, last, made=last, tz=TZ, day_start_hour=4, language=language
        )
        assert [d.text for d in report.did] == [words]
