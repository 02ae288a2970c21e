"""The command line counts the person's day as every window does (core/days.py): at 00:30 with
the day starting at 4 am it is still yesterday, so last night, a new proof and the summary's
period all belong to the day the person is still living, not the calendar's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from footholds.cli.main import main
from footholds.core import checkin, dates, days
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import Proof, Record, SleepEntry, Store

T = TypeVar("T", bound=Record)

# Sunday 6 Dec 2026 on the calendar, still Saturday 5 Dec for the person
SMALL_HOURS = datetime(2026, 12, 6, 0, 30).astimezone()
PERSON_TODAY = date(2026, 12, 5)


@pytest.fixture
def paths(monkeypatch: pytest.MonkeyPatch) -> Paths:
    monkeypatch.setattr(days, "now_local", lambda: SMALL_HOURS)
    paths = Paths.from_env()
    paths.ensure()
    settings, _ = Settings.load(paths.settings_file)
    settings.set("day.start_hour", 4)
    settings.save()
    return paths


def stored(paths: Paths, kind: type[T]) -> list[T]:
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    try:
        return store.all(kind)
    finally:
        store.close()


def test_last_night_is_the_night_before_the_persons_today(paths: Paths) -> None:
    assert main(["log", "--slept", "23:30-07:10", "--sleep-quality", "2"]) == 0
    nights = stored(paths, SleepEntry)
    assert [(n.day, n.bed, n.up, n.quality) for n in nights] == [
        (PERSON_TODAY.isoformat(), "23:30", "07:10", 2)
    ]


def test_a_later_day_start_moves_last_night_too(paths: Paths) -> None:
    settings, _ = Settings.load(paths.settings_file)
    settings.set("day.start_hour", 0)  # the day turns at midnight: Sunday it is
    settings.save()
    assert main(["log", "--slept", "23:30-07:10"]) == 0
    assert [n.day for n in stored(paths, SleepEntry)] == ["2026-12-06"]


def test_a_proof_added_in_the_small_hours_belongs_to_the_persons_today(paths: Paths) -> None:
    assert main(["proof", "add", "I got through the evening"]) == 0
    assert [p.day for p in stored(paths, Proof)] == [PERSON_TODAY.isoformat()]


def test_a_proof_with_its_own_date_keeps_it(paths: Paths) -> None:
    assert main(["proof", "add", "--date", "2026-11-30", "That Monday"]) == 0
    assert [p.day for p in stored(paths, Proof)] == ["2026-11-30"]


def test_the_summary_runs_to_the_persons_today(paths: Paths, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    assert main(["export", "--format", "md", "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    first = PERSON_TODAY - timedelta(days=checkin.DEFAULT_DAYS - 1)
    assert dates.full_date(PERSON_TODAY) in text
    assert dates.full_date(first) in text
    assert dates.full_date(date(2026, 12, 6)) not in text


def test_a_proof_dated_after_today_is_refused(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A proof is a time you got through: `--date 2099-01-01` was kept. As the proof window
    allows no later day than today, the command line refuses it, in one line."""
    assert main(["proof", "add", "--date", "2099-01-01", "Not yet"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "footholds: 2099-01-01 has not come yet; a proof is a time you already got through, "
        "so its day is today or earlier.\n"
    )
    assert main(["proof", "add", "--date", "2026-12-07", "Tomorrow"]) == 2
    assert stored(paths, Proof) == []


def test_a_proof_dated_today_is_kept_by_either_count(paths: Paths) -> None:
    """Today is allowed: the person's (Saturday) and, typed just after midnight, the
    calendar's (Sunday) too."""
    assert main(["proof", "add", "--date", PERSON_TODAY.isoformat(), "Saturday"]) == 0
    assert main(["proof", "add", "--date", "2026-12-06", "Sunday, just after midnight"]) == 0
    assert sorted(p.day for p in stored(paths, Proof)) == ["2026-12-05", "2026-12-06"]
