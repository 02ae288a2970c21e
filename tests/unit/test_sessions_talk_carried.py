"""What to talk about, when its session is removed: it goes to the next session (added after
that one's own words), or, with none to come, to the check-in's draft (core/session_talk.py)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from footholds.core import session_talk as st
from footholds.core import sessions as ss
from footholds.core.store import Session

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 12, 6)


def test_a_dated_sessions_words_go_to_the_next_dated_session() -> None:
    gone = Session(day="2026-12-06", time="11:00", talk_about="My sister's visit")
    later = Session(day="2026-12-09", time="17:00")
    carried = st.carry_talk(gone, [later], TODAY, LONDON)
    assert carried is not None and carried.words == "My sister's visit"
    assert carried.before == later and carried.day == date(2026, 12, 9)
    assert carried.after is not None and carried.after.talk_about == "My sister's visit"
    assert not carried.added_to_own


def test_words_of_its_own_stay_first_and_the_carried_ones_come_after() -> None:
    gone = Session(day="2026-12-06", time="11:00", talk_about="Sleep")
    later = Session(day="2026-12-09", time="17:00", talk_about="Work")
    carried = st.carry_talk(gone, [later], TODAY, LONDON)
    assert carried is not None and carried.added_to_own
    assert carried.after is not None and carried.after.talk_about == "Work\n\nSleep"
    # carried there already (a second removal after an Undo): not doubled
    again = st.carry_talk(gone, [carried.after], TODAY, LONDON)
    assert again is not None and again.after is not None
    assert again.after.talk_about == "Work\n\nSleep"


def test_a_repeating_slot_takes_them_with_its_next_occurrence() -> None:
    gone = Session(day="2026-12-06", time="11:00", talk_about="My sister's visit")
    slot = Session(day="2026-11-23", time="17:00", every="2w")  # next: Mon 7 Dec
    carried = st.carry_talk(gone, [slot], TODAY, LONDON)
    assert carried is not None and carried.day == date(2026, 12, 7)
    assert carried.after is not None and carried.after.talk_about == ""
    assert st.talk_of(carried.after, carried.day) == "My sister's visit"


def test_a_slots_coming_words_go_too_and_past_ones_are_notes() -> None:
    slot = Session(day="2026-11-23", time="17:00", every="2w")
    slot = ss.with_note(slot, date(2026, 11, 23), talk="Long over")
    slot = ss.with_note(slot, date(2026, 12, 7), talk="Coming up")
    assert st.talk_ahead(slot, TODAY) == "Coming up"
    later = Session(day="2026-12-10", time="09:00")
    carried = st.carry_talk(slot, [later], TODAY, LONDON)
    assert carried is not None and carried.after is not None
    assert carried.after.talk_about == "Coming up"


def test_with_no_session_to_come_they_are_the_check_ins_draft() -> None:
    gone = Session(day="2026-12-06", time="11:00", talk_about="My sister's visit")
    past = Session(day="2026-12-01", time="17:00")
    carried = st.carry_talk(gone, [past], TODAY, LONDON)
    assert carried == st.Carried("My sister's visit")
    # nor when the two together would be longer than the store keeps
    full = Session(day="2026-12-09", time="17:00", talk_about="x" * 50)
    carried = st.carry_talk(gone, [full], TODAY, LONDON, limit=60)
    assert carried == st.Carried("My sister's visit")


def test_nothing_to_carry_from_a_session_gone_by_or_without_words() -> None:
    later = Session(day="2026-12-09", time="17:00")
    assert st.carry_talk(Session(day="2026-12-06", time="11:00"), [later], TODAY) is None
    old = Session(day="2026-11-01", time="11:00", talk_about="Talked about")
    assert st.carry_talk(old, [later], TODAY) is None


def test_words_typed_over_carried_ones_take_their_place() -> None:
    """The check-in showed "Sleep" and ", and work" was typed after it; the session went,
    and "Sleep" with it to the next session: the typed words stand for them, once."""
    typed_over = st.typed_over
    assert typed_over("Sleep, and work", "Sleep", {"Sleep"}, "Sleep") == "Sleep, and work"
    # after the next session's own words, and back without them on Undo
    moved = typed_over("Sleep, and work", "Sleep", {"Sleep"}, "Money\n\nSleep")
    assert moved == "Money\n\nSleep, and work"
    shown = {"Sleep", "Money"}
    assert typed_over(moved, "Money\n\nSleep", shown, "Sleep") == "Sleep, and work"
    # words shown and not kept anywhere (a draft) go on; a part taken out stays out
    assert typed_over("Sleep\n\nDraft, more", "Sleep", {"Sleep", "Draft"}, "Sleep") == (
        "Sleep\n\nDraft, more"
    )
    assert typed_over("Money", "Money\n\nSleep", {"Money", "Sleep"}, "Sleep") == ""
    # nothing shown before: what was typed goes after the session's words
    assert typed_over("New", "", set(), "Sleep") == "Sleep\n\nNew"


def test_words_typed_over_keep_the_boxs_order_and_what_the_person_took_out() -> None:
    """A changed first paragraph stays first; a rewritten or emptied one is not brought
    back, from the session it is for now nor from words carried to the check-in's draft."""
    typed_over = st.typed_over
    box, saved = "Work stress, mostly Mondays\n\nSleep", "Work stress\n\nSleep"
    shown = {"Work stress", "Sleep"}
    assert typed_over(box, saved, shown, saved) == box
    assert typed_over("Job stress", "Work stress", {"Work stress"}, "", "Work stress") == (
        "Job stress"
    )
    assert typed_over("", "Work stress", {"Work stress"}, "", "Work stress") == ""
    assert typed_over("", "Work stress", {"Work stress"}, "Money\n\nWork stress") == "Money"
    # carried words the box never showed go after it
    assert typed_over("New", "", set(), "", "Carried") == "New\n\nCarried"


def test_the_check_ins_draft_comes_back_with_each_paragraph_once() -> None:
    """The draft kept at a close holds the whole box, saved words and typing: given back
    over the session's words it was added under them, the saved ones twice."""
    with_draft = st.with_draft
    assert with_draft("Work stress", "Work stress\n\nSleep", ["Work stress"]) == (
        "Work stress\n\nSleep"
    )
    # a saved paragraph the person rewrote or took out is not brought back
    assert with_draft("Work stress\n\nSleep", "Job stress\n\nSleep", ["Work stress", "Sleep"]) == (
        "Job stress\n\nSleep"
    )
    # words the session has that the box never showed come first; the box as it was
    assert with_draft("Money\n\nWork stress", "Work stress\n\nSleep", ["Work stress"]) == (
        "Money\n\nWork stress\n\nSleep"
    )
    # nothing new: the session's words as they are, not rewritten
    saved = "Work stress\n\n\nSleep "
    assert with_draft(saved, "Work stress\n\nSleep", ["Work stress", "Sleep"]) == saved
    # words carried from a session removed (or a draft from before): after the session's own
    assert with_draft("Money", "Work stress") == "Money\n\nWork stress"
    assert with_draft("Work stress\n\nSleep", "Work stress") == "Work stress\n\nSleep"
    assert with_draft("Work stress", "Work stress\n\nSleep") == "Work stress\n\nSleep"
