"""PHQ-9 and GAD-7: the published wording kept exactly, scoring by the published rules, the
question 9 offer, and the gentle two-weekly offer."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from footholds.core import questionnaires as q
from footholds.core.store import InvalidEntry, QuestionnaireAnswers, Store

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=LONDON)


def test_the_published_wording_is_shipped_word_for_word() -> None:
    phq = q.form("phq9")
    assert len(phq.items) == 9 and phq.name == "PHQ-9"
    assert phq.stem == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert phq.items[0] == "Little interest or pleasure in doing things"
    assert phq.items[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    gad = q.form("gad7")
    assert len(gad.items) == 7 and gad.items[0] == "Feeling nervous, anxious or on edge"
    assert gad.options == ("Not at all", "Several days", "More than half the days",
                           "Nearly every day")  # fmt: skip
    assert q.copyright_line() == (
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
        "with an educational grant from Pfizer Inc. No permission required to reproduce, "
        "translate, display or distribute."
    )
    assert q.checked() == "2026-12-03" and phq.source.startswith("https://")


def test_without_a_validated_translation_the_forms_stay_english() -> None:
    assert q.languages("phq9") == ("en",) and q.languages("gad7") == ("en",)
    assert q.form("phq9", "es").language == "en"
    assert q.form("phq9", "es").items == q.form("phq9").items


@pytest.mark.parametrize(
    ("key", "answers", "total"),
    [
        ("phq9", [0] * 9, 0),
        ("phq9", [3] * 9, 27),
        ("phq9", [1, 2, 3, 0, 1, 2, 3, 0, 1], 13),
        ("gad7", [0] * 7, 0),
        ("gad7", [3] * 7, 21),
        ("gad7", [2, 1, 0, 3, 2, 1, 0], 9),
    ],
)
def test_the_score_is_the_sum_of_the_item_values(key: str, answers: list[int], total: int) -> None:
    assert q.score(list(answers)) == total
    assert 0 <= total <= q.MAX_SCORE[key]


def test_a_partly_answered_form_has_no_score() -> None:
    assert q.score([0, 1, None, 2, 0, 0, 0, 0, 0]) is None
    assert q.score([]) is None
    assert q.score([4, 0, 0, 0, 0, 0, 0]) is None


@pytest.mark.parametrize(
    ("key", "total", "band"),
    [
        ("phq9", 0, "minimal"),
        ("phq9", 4, "minimal"),
        ("phq9", 5, "mild"),
        ("phq9", 10, "moderate"),
        ("phq9", 15, "moderately severe"),
        ("phq9", 19, "moderately severe"),
        ("phq9", 20, "severe"),
        ("phq9", 27, "severe"),
        ("gad7", 4, "minimal"),
        ("gad7", 9, "mild"),
        ("gad7", 14, "moderate"),
        ("gad7", 21, "severe"),
    ],
)
def test_the_published_severity_bands(key: str, total: int, band: str) -> None:
    assert q.band(key, total) == band


@pytest.mark.parametrize(("answer", "offered"), [(0, False), (1, True), (2, True), (3, True)])
def test_question_nine_above_not_at_all_offers_the_safety_plan(answer: int, offered: bool) -> None:
    answers: list[int | None] = [*[0] * 8, answer]
    assert q.offers_safety("phq9", answers) is offered


def test_question_nine_left_empty_or_the_gad7_offer_nothing() -> None:
    assert q.offers_safety("phq9", [3] * 8 + [None]) is False
    assert q.offers_safety("gad7", [3] * 7) is False


def test_the_two_weekly_offer_comes_once_and_not_again_within_fourteen_days() -> None:
    assert q.offer_due(NOW, "", None) is True
    offered = NOW.isoformat()
    for days in (0, 1, 7, 13):
        assert q.offer_due(NOW + timedelta(days=days), offered, None) is False
    assert q.offer_due(NOW + timedelta(days=14), offered, None) is True
    # filled in whenever the person wanted: the next offer waits two weeks from then
    filled = NOW + timedelta(days=10)
    assert q.offer_due(NOW + timedelta(days=20), offered, filled) is False
    assert q.offer_due(NOW + timedelta(days=24), offered, filled) is True
    assert q.offer_due(NOW, "not a time", None) is True


def test_answers_are_kept_item_by_item_and_read_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    store.open()
    assert q.last_filled(store) is None
    first = store.add(QuestionnaireAnswers(at=NOW, form="gad7", answers=[1, 0, 2, None, 0, 0, 1]))
    second = store.add(QuestionnaireAnswers(at=NOW + timedelta(days=14), form="phq9",
                                            answers=[0] * 9, difficulty=1))  # fmt: skip
    assert q.last_filled(store) == second.at
    found = q.history(store, NOW - timedelta(days=1), NOW + timedelta(days=30))
    assert [r.id for r in found] == [first.id, second.id]
    assert found[0].answers == [1, 0, 2, None, 0, 0, 1]
    store.close()


@pytest.mark.parametrize(
    "answers",
    [[0] * 8, [0] * 10, [None] * 9, [4] + [0] * 8, [-1] + [0] * 8, ["1"] + [0] * 8],
)
def test_a_form_that_does_not_fit_is_refused(answers: list[object]) -> None:
    with pytest.raises(InvalidEntry):
        QuestionnaireAnswers(form="phq9", answers=answers).clean()  # type: ignore[arg-type]
