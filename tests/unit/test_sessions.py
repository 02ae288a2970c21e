"""Therapy sessions on a fake clock: the quiet during and after, the offers before and after,
cancelled and moved occurrences, midnight and DST (core/sessions.py)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fakes import SchedulerRig
from footholds.core import sessions as ss
from footholds.core.scheduler import Kind
from footholds.core.store import Session
from footholds.core.store.validate import InvalidEntry

LONDON = ZoneInfo("Europe/London")


def at(day: str, hhmm: str) -> datetime:
    """A wall-clock moment in London (fold 0 where the clock repeats)."""
    y, m, d = map(int, day.split("-"))
    h, mi = map(int, hhmm.split(":"))
    return datetime(y, m, d, h, mi, tzinfo=LONDON)


def weekly(day: str = "2026-12-01", hhmm: str = "17:00", **more: object) -> Session:
    return Session(day=day, time=hhmm, every="1w", **more).clean()  # type: ignore[arg-type]


# -- the record ---------------------------------------------------------------------------------


def test_an_old_session_record_still_loads_with_the_new_fields_at_their_defaults() -> None:
    old = {"id": "a1", "at": "2026-01-05T10:00:00+00:00", "day": "2026-01-06", "talk_about": "x"}
    record = Session.from_dict(old)
    assert (record.time, record.minutes, record.every, record.therapist) == ("", 50, "", "")
    assert record.notes == [] and record.cancelled == [] and record.moved == {}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time", "25:00"),
        ("time", "9am"),
        ("every", "3w"),
        ("minutes", 0),
        ("moved", {"2026-12-08": "2026-12-09 24:10"}),
        ("cancelled", ["not a date"]),
        ("notes", [{"day": "2026-12-08", "mood": "x"}]),
        ("offered", ["during:2026-12-08"]),
    ],
)
def test_a_session_refuses_values_it_cannot_use_with_a_plain_message(
    field: str, value: object
) -> None:
    with pytest.raises(InvalidEntry) as err:
        Session.from_dict({"day": "2026-12-01", field: value})
    assert "Traceback" not in str(err.value) and str(err.value).endswith(".")


# -- the quiet during and after -----------------------------------------------------------------


def test_no_quiet_before_a_session_starts() -> None:
    assert not ss.in_quiet_period([weekly()], at("2026-12-08", "16:59"))


def test_a_session_in_progress_is_quiet() -> None:
    assert ss.in_quiet_period([weekly()], at("2026-12-08", "17:00"))
    assert ss.in_quiet_period([weekly()], at("2026-12-08", "17:49"))


def test_the_fifteen_minutes_after_are_quiet_and_then_it_ends() -> None:
    sessions = [weekly()]
    assert ss.in_quiet_period(sessions, at("2026-12-08", "18:04"))
    assert ss.quiet_until(sessions, at("2026-12-08", "17:30")) == at("2026-12-08", "18:05")
    assert not ss.in_quiet_period(sessions, at("2026-12-08", "18:05"))


def test_fortnightly_and_monthly_slots_skip_the_weeks_between() -> None:
    two = Session(day="2026-12-01", time="17:00", every="2w").clean()
    four = Session(day="2026-12-01", time="09:00", every="4w").clean()
    assert not ss.in_quiet_period([two], at("2026-12-08", "17:10"))
    assert ss.in_quiet_period([two], at("2026-12-15", "17:10"))
    assert not ss.in_quiet_period([four], at("2026-12-15", "09:10"))
    assert ss.in_quiet_period([four], at("2026-12-29", "09:10"))


def test_a_one_off_date_without_a_time_makes_no_quiet() -> None:
    dated = Session(day="2026-12-08").clean()
    assert not ss.in_quiet_period([dated], at("2026-12-08", "12:00"))


def test_a_cancelled_occurrence_is_not_quiet_and_the_next_one_is() -> None:
    session = ss.cancel(weekly(), date(2026, 12, 8)).clean()
    assert not ss.in_quiet_period([session], at("2026-12-08", "17:10"))
    assert ss.in_quiet_period([session], at("2026-12-15", "17:10"))


def test_a_moved_occurrence_is_quiet_at_its_new_time_only() -> None:
    session = ss.move(weekly(), date(2026, 12, 8), date(2026, 12, 9), "10:30").clean()
    assert not ss.in_quiet_period([session], at("2026-12-08", "17:10"))
    assert ss.in_quiet_period([session], at("2026-12-09", "10:45"))
    [moved] = ss.occurrences([session], at("2026-12-09", "00:00"), at("2026-12-09", "23:00"))
    assert moved.key == date(2026, 12, 8)  # still named by the day it was planned for


def test_a_session_across_midnight_stays_quiet_into_the_next_day() -> None:
    late = Session(day="2026-12-08", time="23:30", minutes=60).clean()
    assert ss.in_quiet_period([late], at("2026-12-09", "00:40"))
    assert ss.quiet_until([late], at("2026-12-08", "23:45")) == at("2026-12-09", "00:45")
    assert not ss.in_quiet_period([late], at("2026-12-09", "00:45"))


def test_a_weekly_slot_keeps_its_wall_clock_time_across_the_spring_dst_change() -> None:
    sessions = [weekly(day="2026-03-22", hhmm="10:00")]  # BST starts 2026-03-29 01:00 UTC
    [after] = ss.occurrences(sessions, at("2026-03-29", "00:00"), at("2026-03-29", "23:00"))
    assert after.start == at("2026-03-29", "10:00") == datetime(2026, 3, 29, 9, 0, tzinfo=UTC)
    assert ss.in_quiet_period(sessions, at("2026-03-29", "10:10"))
    assert not ss.in_quiet_period(sessions, at("2026-03-29", "09:59"))


def test_a_session_during_the_autumn_change_lasts_its_real_minutes() -> None:
    # 01:30 on 2026-10-25 comes twice in London; the first (BST, 00:30 UTC) is the session's.
    night = Session(day="2026-10-25", time="01:30", minutes=50).clean()
    end = ss.quiet_until([night], datetime(2026, 10, 25, 0, 40, tzinfo=UTC), LONDON)
    assert end == datetime(2026, 10, 25, 1, 35, tzinfo=UTC)  # 50 + 15 real minutes
    assert end.astimezone(LONDON).strftime("%H:%M") == "01:35"  # on the second, GMT, pass
    assert ss.in_quiet_period([night], datetime(2026, 10, 25, 1, 30, tzinfo=UTC), LONDON)
    assert not ss.in_quiet_period([night], datetime(2026, 10, 25, 1, 35, tzinfo=UTC), LONDON)


# -- the scheduler holds every reminder -----------------------------------------------------------


def test_no_reminder_at_all_in_a_session_and_its_quiet_period() -> None:
    start = at("2026-12-08", "16:30")
    calendar = ss.Calendar(lambda: [weekly()])
    rig = SchedulerRig(start, {"reminders.rest_enabled": False}, calendar.quiet_until)
    rig.run(45)  # movement would be due at 17:15, in the session
    assert rig.shown == []
    assert (Kind.MOVEMENT, "session") in rig.deferred
    status = rig.scheduler.status()
    assert status.mode == "quiet" and status.quiet_reason == "session"
    assert status.quiet_until == at("2026-12-08", "18:05")
    [due] = rig.run(60)
    assert rig.shown_at[0] >= at("2026-12-08", "18:05")
    assert due.kind is Kind.MOVEMENT


def test_the_calendar_reads_again_after_the_store_says_sessions_changed() -> None:
    held: list[Session] = []
    calendar = ss.Calendar(lambda: list(held))
    now = at("2026-12-08", "17:10")
    assert calendar.quiet_until(now) is None
    held.append(weekly())
    assert calendar.quiet_until(now) is None  # still the sessions it read
    calendar.forget("session")
    assert calendar.quiet_until(now) == at("2026-12-08", "18:05")


# -- the offers -----------------------------------------------------------------------------------


def test_the_before_offer_comes_the_day_before_by_default_and_once() -> None:
    sessions = [weekly()]
    assert ss.due_offer(sessions, at("2026-12-07", "16:59"), "day_before") is None
    offer = ss.due_offer(sessions, at("2026-12-07", "17:00"), "day_before")
    assert offer is not None and offer.kind == "before"
    assert offer.occurrence.key == date(2026, 12, 8)
    offered = ss.mark_offered(offer).clean()
    assert ss.due_offer([offered], at("2026-12-07", "20:00"), "day_before") is None


def test_the_before_offer_can_come_the_same_day_or_not_at_all() -> None:
    sessions = [weekly()]
    assert ss.due_offer(sessions, at("2026-12-08", "13:00"), "same_day") is None
    assert ss.due_offer(sessions, at("2026-12-08", "14:00"), "same_day") is not None
    assert ss.due_offer(sessions, at("2026-12-07", "18:00"), "off") is None
    assert ss.next_offer_at(sessions, at("2026-12-07", "18:00"), "off") == at("2026-12-08", "18:05")


def test_no_offer_during_the_session_and_the_after_offer_once_the_quiet_ends() -> None:
    sessions = [weekly()]
    assert ss.due_offer(sessions, at("2026-12-08", "17:20"), "off") is None
    assert ss.due_offer(sessions, at("2026-12-08", "18:04"), "off") is None
    offer = ss.due_offer(sessions, at("2026-12-08", "18:05"), "off")
    assert offer is not None and offer.kind == "after"
    done = ss.mark_offered(offer).clean()
    assert ss.due_offer([done], at("2026-12-08", "18:30"), "off") is None


def test_the_after_offer_is_not_made_half_a_day_later() -> None:
    assert ss.due_offer([weekly()], at("2026-12-09", "06:00"), "off") is None


def test_next_offer_at_arms_for_the_next_one_without_polling() -> None:
    sessions = [weekly()]
    assert ss.next_offer_at(sessions, at("2026-12-06", "12:00"), "day_before") == at(
        "2026-12-07", "17:00"
    )
    assert ss.next_offer_at(sessions, at("2026-12-07", "17:30"), "day_before") == at(
        "2026-12-07", "17:30"
    )  # due now


@pytest.mark.parametrize("now", ["18:00", "18:04"])
def test_next_offer_at_still_counts_a_session_that_has_just_ended(now: str) -> None:
    """In the quiet after a session (a restart, an edit), the after offer is still ahead."""
    sessions = [weekly()]
    assert ss.next_offer_at(sessions, at("2026-12-08", now), "off") == at("2026-12-08", "18:05")
    offer = ss.due_offer(sessions, at("2026-12-08", "18:05"), "off")
    assert offer is not None and offer.kind == "after"
    done = ss.mark_offered(offer).clean()
    # once made it is never counted again: the next one is the week after's
    assert ss.next_offer_at([done], at("2026-12-08", "18:04"), "off") == at("2026-12-15", "18:05")


def test_a_cancelled_occurrence_gets_no_offers() -> None:
    session = ss.cancel(weekly(), date(2026, 12, 8)).clean()
    assert ss.due_offer([session], at("2026-12-07", "18:00"), "day_before") is None
    assert ss.due_offer([session], at("2026-12-08", "18:10"), "day_before") is None


def test_a_moved_occurrence_is_offered_around_its_new_time() -> None:
    session = ss.move(weekly(), date(2026, 12, 8), date(2026, 12, 10), "09:00").clean()
    assert ss.due_offer([session], at("2026-12-07", "18:00"), "day_before") is None
    offer = ss.due_offer([session], at("2026-12-09", "10:00"), "day_before")
    assert offer is not None and offer.key == "before:2026-12-08"
    after = ss.due_offer([session], at("2026-12-10", "10:05"), "day_before")
    assert after is not None and after.kind == "after"


# -- notes, what to try, days since ---------------------------------------------------------------


def test_the_words_from_after_a_session_are_kept_with_that_occurrence() -> None:
    session = ss.with_note(weekly(), date(2026, 12, 8), remember="Go slow", **{"try": "A walk"})
    session = ss.with_note(session.clean(), date(2026, 12, 15), remember="Later").clean()
    [first, second] = ss.occurrences(
        [session], at("2026-12-08", "00:00"), at("2026-12-15", "23:00")
    )
    assert first.note()["remember"] == "Go slow" and first.note()["try"] == "A walk"
    assert second.note()["remember"] == "Later" and second.note()["try"] == ""
    again = Session.from_dict(session.to_dict())  # and they survive a save and a load
    assert again.notes == session.notes


def test_things_to_try_show_until_the_next_session_has_been() -> None:
    session = ss.with_note(weekly(), date(2026, 12, 8), **{"try": "A walk at lunch"}).clean()
    assert ss.to_try([session], at("2026-12-08", "17:30")) == ""  # not over yet
    assert ss.to_try([session], at("2026-12-12", "12:00")) == "A walk at lunch"
    assert ss.to_try([session], at("2026-12-15", "17:30")) == "A walk at lunch"  # in the next
    assert ss.to_try([session], at("2026-12-15", "18:00")) == ""  # the next one is over


def test_the_last_and_the_next_session_around_a_day() -> None:
    sessions = [weekly()]
    last = ss.last_occurrence(sessions, at("2026-12-12", "09:00"))
    assert last is not None and last.key == date(2026, 12, 8)
    upcoming = ss.next_occurrence(sessions, at("2026-12-12", "09:00"))
    assert upcoming is not None and upcoming.key == date(2026, 12, 15)


def test_a_date_only_session_is_the_last_one_only_once_its_day_is_over() -> None:
    dated = [Session(day="2026-12-08").clean()]
    assert ss.last_occurrence(dated, at("2026-12-08", "20:00")) is None
    last = ss.last_occurrence(dated, at("2026-12-09", "09:00"))
    assert last is not None and last.key == date(2026, 12, 8)


def test_the_system_zone_is_used_when_the_clock_has_a_fixed_offset() -> None:
    fixed = datetime(2026, 12, 8, 17, 10).astimezone()  # what the app's clock gives
    assert ss.zone(fixed) is None
    assert ss.zone(fixed, LONDON) is LONDON
    assert ss.in_quiet_period([Session(day="2026-12-08", time="17:00").clean()], fixed)
    assert ss.quiet_until([], fixed + timedelta(days=1)) is None


def test_the_tray_tooltip_says_why_it_is_quiet_during_a_session() -> None:
    start = at("2026-12-08", "17:05")
    calendar = ss.Calendar(lambda: [weekly()])
    rig = SchedulerRig(start, {}, calendar.quiet_until)
    status = rig.scheduler.status()
    assert status.tooltip(start).startswith("Quiet for your session until 18:05")


def test_after_a_session_one_reminder_comes_not_a_backlog() -> None:
    start = at("2026-12-08", "16:30")
    calendar = ss.Calendar(lambda: [weekly()])
    rig = SchedulerRig(start, {}, calendar.quiet_until)
    rig.auto = "done"
    shown = rig.run(100)  # to 18:10: movement was due at 17:15, rest at 18:00, both held
    assert [d.kind for d in shown] == [Kind.REST]  # the rest covers the movement
    assert rig.shown_at[0] == at("2026-12-08", "18:06")  # a calm minute after the quiet


def test_after_a_session_what_was_asked_for_comes_spaced_and_movement_not_at_all() -> None:
    """The tester's night: a medicine at 17:20, a walk planned for 17:40 and a movement all
    held by the session; they came at 18:05, 18:07 and 18:08. Now the medicine and the walk
    come (both asked for at a time: a minute apart), and the movement counts afresh instead
    of piling on."""
    start = at("2026-12-08", "16:50")
    calendar = ss.Calendar(lambda: [weekly()])
    walk = at("2026-12-08", "17:40")
    settings = {
        "reminders.rest_enabled": False,
        "medication.enabled": True,
        "medication.times": ["17:20"],
    }
    rig = SchedulerRig(start, settings, calendar.quiet_until, nudges=lambda: [walk])
    rig.auto = "done"
    rig.run(75)  # to 18:05: the session (17:00 to 17:50) and its quiet held all three
    assert {kind for kind, reason in rig.deferred if reason == "session"} == {
        Kind.MEDICATION,
        Kind.ACTIVITY,
        Kind.MOVEMENT,
    }
    rig.run(40)  # to 18:45
    # a calm minute after the quiet first (its offer comes then), then a minute apart
    assert rig.timeline(at("2026-12-08", "18:06")) == [(Kind.MEDICATION, 0), (Kind.ACTIVITY, 1)]
    # the movement counts from the first card after the quiet: 45 minutes on, as usual
    assert [d.kind for d in rig.run(20)] == [Kind.MOVEMENT]
    assert rig.shown_at[-1] == at("2026-12-08", "18:51")


def test_a_time_added_for_a_day_kept_alone_goes_to_that_session() -> None:
    """The check-in keeps "this session" by its day, with what to talk about. Adding a time
    for that day times the same record, words kept, instead of a second session."""
    by_day = Session(day="2026-12-05", talk_about="the weekend").clean()
    other = Session(day="2026-12-09").clean()
    new = Session(day="2026-12-05", time="17:00", minutes=45, every="", therapist="Ana")
    record = ss.to_add([other, by_day], new)
    assert record.id == by_day.id and record.talk_about == "the weekend"
    assert (record.time, record.minutes, record.therapist) == ("17:00", 45, "Ana")
    # another day, or a day already timed or repeating: a session of its own
    assert ss.to_add([other], new) is new
    timed = Session(day="2026-12-05", time="09:00").clean()
    assert ss.to_add([timed], new) is new
    assert ss.to_add([weekly("2026-12-05")], new) is new


def test_a_session_already_kept_at_that_day_and_time_is_found() -> None:
    """Adding the same session twice (the same day and time) would list it twice."""
    kept = Session(day="2026-12-05", time="17:00").clean()
    again = Session(day="2026-12-05", time="17:00", minutes=45)
    assert ss.already_there([kept], again) == kept
    assert ss.already_there([kept], dataclasses.replace(again, time="18:00")) is None
    assert ss.already_there([kept], dataclasses.replace(again, day="2026-12-06")) is None
    assert ss.already_there([weekly("2026-11-28")], weekly("2026-12-05")) is not None
    assert ss.already_there([kept], dataclasses.replace(again, therapist=" ana ")) is None
    skipped = ss.cancel(weekly("2026-11-28"), date(2026, 12, 5))
    assert ss.already_there([skipped], again) is None  # skipped that day: room for it
    assert ss.already_there([Session(day="2026-12-05").clean()], again) is None  # no time


def test_only_a_true_duplicate_is_refused() -> None:
    """A weekly series that starts on a one-off's day, or a session with someone else at the
    same time, is a session of its own; the same session with the same person is not."""
    one = Session(day="2026-12-14", time="10:00", therapist="Dr. Ana").clean()
    series = Session(day="2026-12-14", time="10:00", every="1w", therapist="Dr. Ana")
    assert ss.already_there([one], series) is None
    other = Session(day="2026-12-14", time="10:00", therapist="Dr. Ben")
    assert ss.already_there([one], other) is None
    same = Session(day="2026-12-14", time="10:00", minutes=45, therapist="dr.  ana")
    assert ss.already_there([one], same) == one
    kept = weekly("2026-12-07", "10:00", therapist="Dr. Ana")
    assert ss.already_there([kept], series) == kept  # its next one, repeating as it does
    assert ss.already_there([kept], one) is None  # a one-off beside the series


def test_the_coming_session_is_the_one_going_on_else_the_next_to_start() -> None:
    series = weekly("2026-12-07", "17:00")
    one_off = Session(day="2026-12-14", time="10:30").clean()
    sessions = [series, one_off]
    assert ss.last_occurrence(sessions, at("2026-12-06", "21:00"), LONDON) is None
    coming = ss.coming_occurrence(sessions, at("2026-12-06", "21:00"), LONDON)
    assert coming is not None and coming.start == at("2026-12-07", "17:00")
    going = ss.coming_occurrence(sessions, at("2026-12-07", "17:20"), LONDON)
    assert going is not None and going.key == date(2026, 12, 7)
    after = ss.coming_occurrence([one_off], at("2026-12-14", "11:30"), LONDON)
    assert after is None
