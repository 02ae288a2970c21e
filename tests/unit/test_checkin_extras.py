"""The check-in summary's optional parts: medication and questionnaires, only when ticked in
and only when there is something to show; plus the new kinds through export and import."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from footholds.core import checkin, export, importers
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import to_markdown
from footholds.core.store import (
    MedicationTaken,
    Medicine,
    QuestionnaireAnswers,
    Store,
)

TZ = ZoneInfo("Europe/Madrid")
FIRST, LAST = date(2026, 11, 20), date(2026, 12, 3)


def moment(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside")
    s.open()
    yield s
    s.close()


def fill(store: Store) -> None:
    store.add(
        Medicine(
            at=moment(date(2026, 10, 1)),
            name="Sertraline",
            dose="50 mg",
            changes=[{"day": "2026-11-25", "dose": "100 mg", "note": "after the review"}],
        )
    )
    for n in (0, 1, 3):
        day = FIRST + timedelta(days=n)
        store.add(MedicationTaken(at=moment(day, 21), day=day.isoformat()))
    store.add(
        QuestionnaireAnswers(
            at=moment(date(2026, 11, 21)), form="phq9", answers=[1, 2, 1, 0, 3, 1, 0, 0, 1],
            difficulty=1,
        )
    )  # fmt: skip
    store.add(
        QuestionnaireAnswers(
            at=moment(date(2026, 12, 2)), form="gad7", answers=[1, None, 0, 0, 2, 1, 0]
        )
    )


def report(store: Store, *, meds: bool, forms: bool) -> checkin.Report:
    return checkin.gather(
        store, FIRST, LAST, made=LAST, tz=TZ, day_start_hour=4,
        include_medication=meds, include_questionnaires=forms,
    )  # fmt: skip


def test_both_parts_when_ticked_in(store: Store) -> None:
    fill(store)
    r = report(store, meds=True, forms=True)
    md = to_markdown(r)
    assert "## Medication" in md
    assert "- Sertraline: 50 mg" in md
    assert "  - from Wed 25 Nov: 100 mg (after the review)" in md
    assert 'Ticked "took my medication" on 3 days in this stretch.' in md
    assert "## Questionnaires (PHQ-9 and GAD-7)" in md
    assert "- PHQ-9 on Sat 21 Nov: 9 (scale 0 to 27)" in md
    assert "- GAD-7 on Wed 2 Dec: no total, as a total needs every item answered" in md
    assert "1. Little interest or pleasure in doing things: Several days (1)" in md
    assert (
        "9. Thoughts that you would be better off dead or of hurting yourself in some way: "
        "Several days (1)"
    ) in md
    assert "2. Not being able to stop or control worrying: left blank" in md
    assert "How difficult: Somewhat difficult" in md
    assert "not a diagnosis" in md and "No permission required to reproduce" in md
    page = to_html(r)
    assert "<h2>Medication</h2>" in page and "Sertraline: 50 mg" in page
    assert "<h2>Questionnaires (PHQ-9 and GAD-7)</h2>" in page
    assert "<li>Feeling nervous, anxious or on edge: Several days (1)</li>" in page
    assert "PHQ-9 on Sat 21 Nov: 9 (scale 0 to 27)" in page


@pytest.mark.parametrize(("meds", "forms"), [(False, False), (True, False), (False, True)])
def test_a_part_left_out_is_absent(store: Store, meds: bool, forms: bool) -> None:
    fill(store)
    r = report(store, meds=meds, forms=forms)
    for text in (to_markdown(r), to_html(r)):
        assert ("Sertraline" in text) is meds
        assert ("PHQ-9" in text) is forms
        assert ("Several days" in text) is forms


def test_ticked_in_but_empty_adds_nothing(store: Store) -> None:
    r = report(store, meds=True, forms=True)
    for text in (to_markdown(r), to_html(r)):
        assert "Medication" not in text and "Questionnaires" not in text


def test_one_day_is_said_as_one_day(store: Store) -> None:
    store.add(MedicationTaken(at=moment(FIRST, 21), day=FIRST.isoformat()))
    md = to_markdown(report(store, meds=True, forms=False))
    assert 'Ticked "took my medication" on 1 day in this stretch.' in md


def test_export_lists_the_new_kinds_and_import_brings_them_back(
    store: Store, tmp_path: Path
) -> None:
    fill(store)
    out = io.StringIO()
    export.write_json(store, out)
    text = out.getvalue()
    for kind in ("medicine", "medication_taken", "questionnaire"):
        assert f'"{kind}"' in text
        assert kind in export.__doc__  # the schema notes name every kind
    fresh = Store(tmp_path / "fresh", aside_dir=tmp_path / "aside2")
    fresh.open()
    source = tmp_path / "export.json"
    source.write_text(text, encoding="utf-8")
    plan = importers.plan(fresh, source)
    importers.apply(fresh, plan)
    for model in (Medicine, MedicationTaken, QuestionnaireAnswers):
        before = sorted(r.to_dict()["id"] for r in store.all(model))
        assert sorted(r.id for r in fresh.all(model)) == before
        assert {r.id: r.to_dict() for r in fresh.all(model)} == {
            r.id: r.to_dict() for r in store.all(model)
        }
    fresh.close()
