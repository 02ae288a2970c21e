"""Reminders step back on a hard moment, on a fake clock: they hold while Tough day or Get help
now is open and for half an hour after; after three "Not now" in a row they come half as often
until the next Done or the next day; and nothing ever says one was skipped."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fakes import SchedulerRig, minutes_after
from footholds.core import resource_files
from footholds.core.reminder_ease import HELP_QUIET, HelpHold, NotNowEase
from footholds.core.scheduler import Kind

LONDON = ZoneInfo("Europe/London")
MON = datetime(2024, 6, 3, 10, 0, tzinfo=LONDON)  # a Monday morning, outside quiet hours
NO_REST = {"reminders.rest_enabled": False}


# -- help holds reminders ---------------------------------------------------------------------


def test_nothing_shows_while_help_is_open_nor_for_half_an_hour_after() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(40)
    rig.scheduler.help_opened("help-now")
    assert rig.run(30) == []  # the movement came due at 45, with help on screen
    assert (Kind.MOVEMENT, "help_open") in rig.deferred
    assert rig.scheduler.status().next_at is None  # no promise while help is open
    rig.scheduler.help_closed("help-now")  # at 70
    closed = rig.clock.now()
    assert rig.scheduler.status().next_at == closed + HELP_QUIET
    assert rig.run(29.5) == []
    [due] = rig.run(1)
    assert minutes_after(rig.shown_at[-1], closed) == 30
    assert due.kind is Kind.MOVEMENT


def test_the_half_hour_counts_from_the_last_help_window_to_close() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.scheduler.help_opened("tough-day")
    rig.scheduler.help_opened("help-now")
    rig.run(50)
    rig.scheduler.help_closed("tough-day")
    assert rig.run(60) == []  # Get help now is still open
    rig.scheduler.help_closed("help-now")  # at 110
    assert rig.run(29.5) == []
    assert [d.kind for d in rig.run(1)] == [Kind.MOVEMENT]


def test_help_holds_set_time_reminders_too() -> None:
    rig = SchedulerRig(MON, {"reminders.nourishment_enabled": True,
                             "reminders.nourishment_times": ["10:30"]})  # fmt: skip
    rig.scheduler.help_opened("tough-day")
    rig.run(25)
    rig.scheduler.help_closed("tough-day")  # 10:25, so the hold lasts to 10:55
    assert [d for d in rig.run(29.5) if d.kind is Kind.NOURISHMENT] == []
    assert Kind.NOURISHMENT in [d.kind for d in rig.run(1)]


MEDICINE = {"medication.enabled": True, "medication.times": ["10:40"], **NO_REST}


def test_what_was_asked_for_at_a_time_comes_then_in_the_half_hour_after() -> None:
    """A medicine's time (as a planned nudge's) is the person's own request: the half hour
    after Tough day is for the app's own reminders, so it comes at 10:40 while the movement
    due at 10:45 still waits to 10:55."""
    rig = SchedulerRig(MON, MEDICINE)
    rig.scheduler.help_opened("tough-day")
    rig.run(25)
    rig.scheduler.help_closed("tough-day")  # 10:25
    assert rig.scheduler.status().next_kind is Kind.MEDICATION
    assert rig.run(15) and rig.timeline(MON) == [(Kind.MEDICATION, 40)]
    rig.answer("done")
    assert rig.run(14.5) == []
    assert rig.run(1)[0].kind is Kind.MOVEMENT
    assert rig.timeline(MON)[-1] == (Kind.MOVEMENT, 55)
    assert [k for k, _ in rig.timeline(MON)].count(Kind.MEDICATION) == 1


def test_what_was_asked_for_waits_while_help_is_open_then_a_calm_minute() -> None:
    rig = SchedulerRig(MON, MEDICINE)
    rig.scheduler.help_opened("help-now")
    assert rig.run(60) == []  # 10:40 came with Get help now on screen
    assert (Kind.MEDICATION, "help_open") in rig.deferred
    rig.scheduler.help_closed("help-now")  # 11:00
    assert rig.scheduler.status().next_at == MON + timedelta(minutes=61)
    assert rig.run(0.5) == []
    assert [d.kind for d in rig.run(1)] == [Kind.MEDICATION]
    assert rig.timeline(MON) == [(Kind.MEDICATION, 61)]


def test_the_quiet_half_hour_survives_a_restart() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(40)
    rig.scheduler.help_opened("help-now")
    rig.run(1)
    rig.scheduler.help_closed("help-now")
    saved = json.loads(json.dumps(rig.scheduler.to_state()))
    fresh = SchedulerRig(rig.clock.now(), NO_REST)
    fresh.scheduler.from_state(saved)
    assert fresh.run(29.5) == []
    assert [d.kind for d in fresh.run(1)] == [Kind.MOVEMENT]


def test_the_tray_says_why_reminders_wait_after_tough_day() -> None:
    """After Tough day closed, the tooltip said only "Next movement at 10:55": a quiet half
    hour with no reason given looked like something wrong. It says why, and until when."""
    rig = SchedulerRig(MON, NO_REST)
    rig.run(20)
    rig.scheduler.help_opened("tough-day")
    assert rig.scheduler.status().tooltip(rig.clock.now()) == "Quiet while Tough day is open"
    rig.run(5)
    rig.scheduler.help_closed("tough-day")  # 10:25
    tip = rig.scheduler.status().tooltip(rig.clock.now())
    assert tip == "Quiet for a while after Tough day, until 10:55"
    rig.run(31)  # the half hour is over: what comes next, as before
    assert "Quiet" not in rig.scheduler.status().tooltip(rig.clock.now())


def test_the_reason_names_get_help_now_and_outlasts_a_restart() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.scheduler.help_opened("help-now")
    rig.run(1)
    rig.scheduler.help_closed("help-now")  # 10:01
    saved = json.loads(json.dumps(rig.scheduler.to_state()))
    fresh = SchedulerRig(rig.clock.now(), NO_REST)
    fresh.scheduler.from_state(saved)
    tip = fresh.scheduler.status().tooltip(fresh.clock.now())
    assert tip == "Quiet for a while after Get help now, until 10:31"
    older = {k: v for k, v in saved.items() if k != "help_after"}  # saved before it was kept
    fresh = SchedulerRig(rig.clock.now(), NO_REST)
    fresh.scheduler.from_state(older)
    assert fresh.scheduler.status().tooltip(fresh.clock.now()) == (
        "Quiet for a little while, until 10:31"
    )


def test_what_was_asked_for_in_the_half_hour_is_said_under_the_reason() -> None:
    rig = SchedulerRig(MON, MEDICINE)
    rig.scheduler.help_opened("tough-day")
    rig.run(25)
    rig.scheduler.help_closed("tough-day")  # 10:25; the medicine's time is 10:40
    assert rig.scheduler.status().tooltip(rig.clock.now()).splitlines() == [
        "Quiet for a while after Tough day, until 10:55",
        "Next reminder at 10:40",
    ]


def test_no_reason_is_given_when_only_what_was_asked_for_is_on() -> None:
    """Only a medicine's time is on: the half hour holds nothing, so nothing says it waits."""
    only = {**MEDICINE, "reminders.movement_enabled": False}
    rig = SchedulerRig(MON, only)
    rig.scheduler.help_opened("tough-day")
    rig.scheduler.help_closed("tough-day")
    assert "Quiet" not in rig.scheduler.status().tooltip(rig.clock.now())


def test_closing_a_window_that_never_opened_starts_no_hold() -> None:
    hold = HelpHold()
    hold.closed("help-now", MON)
    assert not hold.holds(MON)


# -- three "Not now" in a row -------------------------------------------------------------------


def _skip_three(rig: SchedulerRig) -> None:
    for _ in range(3):
        rig.run(45)
        rig.answer("skipped")


def test_after_three_not_now_movement_comes_half_as_often() -> None:
    rig = SchedulerRig(MON, NO_REST)
    _skip_three(rig)  # at 45, 90, 135
    assert rig.run(89.5) == []
    rig.run(0.5)
    assert rig.timeline(MON)[-1] == (Kind.MOVEMENT, 225)
    assert not rig.shown[-1].catch_up  # shown as any other reminder, nothing said


def test_done_brings_the_usual_rhythm_back() -> None:
    rig = SchedulerRig(MON, NO_REST)
    _skip_three(rig)
    rig.run(90)
    rig.answer("done")  # at 225
    rig.run(45)
    assert rig.timeline(MON)[-1] == (Kind.MOVEMENT, 270)


def test_two_not_now_change_nothing_and_later_breaks_the_run() -> None:
    rig = SchedulerRig(MON, NO_REST | {"reminders.snooze_minutes": 10})
    for outcome in ("skipped", "skipped", "snoozed"):
        rig.run(45)
        rig.answer(outcome)
    rig.run(10)  # the snoozed one comes back at 145
    rig.answer("skipped")  # one "Not now" after a "Later": a run of one
    rig.run(45)
    assert rig.timeline(MON)[-1] == (Kind.MOVEMENT, 190)


def test_the_next_day_starts_afresh() -> None:
    night = datetime(2024, 6, 3, 21, 0, tzinfo=LONDON)
    rig = SchedulerRig(night, NO_REST | {"reminders.quiet_hours": False, "day.start_hour": 0})
    _skip_three(rig)  # 21:45, 22:30, 23:15: eased until midnight
    rig.run(45)
    assert rig.timeline(night)[-1] == (Kind.MOVEMENT, 180)  # 00:00, not 00:45


def test_eased_set_time_reminders_come_every_other_time() -> None:
    times = ["10:30", "11:30", "12:30", "13:30"]
    rig = SchedulerRig(MON, NO_REST | {"reminders.movement_enabled": False,
                                       "reminders.nourishment_enabled": True,
                                       "reminders.nourishment_times": times})  # fmt: skip
    ease = rig.scheduler._ease
    for _ in range(3):
        ease.answered("skipped", date(2024, 6, 3))
    rig.run(240)
    shown = [(d.kind, minutes_after(w, MON)) for d, w in zip(rig.shown, rig.shown_at, strict=True)]
    assert shown == [(Kind.NOURISHMENT, 90), (Kind.NOURISHMENT, 210)]


def test_the_run_is_kept_across_a_restart_but_not_across_days() -> None:
    ease = NotNowEase()
    today = date(2024, 6, 3)
    for _ in range(3):
        ease.answered("skipped", today)
    again = NotNowEase()
    again.from_state(json.loads(json.dumps(ease.to_state())))
    assert again.factor(today) == 2
    assert again.factor(today + timedelta(days=1)) == 1
    broken = NotNowEase()
    broken.from_state({"day": "not a day", "run": 9, "eased": True})
    assert broken.factor(today) == 1


def test_faded_cards_are_not_answers() -> None:
    ease = NotNowEase()
    today = date(2024, 6, 3)
    for outcome in ("skipped", "faded", "skipped", "faded", "skipped"):
        ease.answered(outcome, today)
    assert ease.eased(today)


# -- never a word about skipping ----------------------------------------------------------------

# "Skip it if it hurts" is advice and welcome; what may never appear is a count or a
# reminder of one that was passed over.
SKIP_WORDS = re.compile(
    r"skipped|missed|you haven't|last time|saltaste|te lo saltaste|perdiste|no has|la última vez",
    re.IGNORECASE,
)


def test_no_reminder_says_that_one_was_skipped() -> None:
    for language in ("en", "es"):
        for pack in ("movements", "rest", "winddown", "nourishment", "reach_out"):
            text = resource_files.path("content", language, f"{pack}.json").read_text("utf-8")
            assert not SKIP_WORDS.search(text), (language, pack, SKIP_WORDS.search(text))
