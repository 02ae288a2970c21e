"""Time away from the computer, and a Later the person asked for before it.

Away time counts as rest (PRODUCT.md), so coming back lets movement and rest count afresh and
lets most Laters go. Not one the card said comes back after a therapy session: time away in a
session's quiet is the session (the therapist's room, a video call), not a break, and a card
that promised "after your session" must not be swallowed by it, nor by time away after it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from footholds.core.reminder_due import LATE
from footholds.core.reminder_rules import Rules
from footholds.core.reminders import Kind


def later_outlasts(
    rules: Rules, kind: Kind, later: datetime, since: datetime, back: datetime, tz: tzinfo
) -> bool:
    """Whether a Later of `kind` (a movement or a rest) due at `later` stays through time away
    from `since` to `back`. It stays when a session's quiet holds its time (the card said it
    comes after the session) or the person is back inside that quiet. A rest is the one
    thing time away is: once the time away after the quiet makes a whole break, it was the
    rest, and the Later goes. A movement stays until shown: sitting through a session, then
    away, is not the movement put off. Back over two hours after the quiet (LATE, as for a
    set-time reminder), a Later goes as well: it belonged to that afternoon."""
    quiet_end: datetime | None = None
    for at in (later, back):
        hold = rules.hours_hold(kind, at, tz)
        if hold is not None and hold[0] == "session":
            quiet_end = hold[1] if quiet_end is None else max(quiet_end, hold[1])
    if quiet_end is None or back - quiet_end > LATE:
        return False  # not the session's Later: the time away was the break
    if kind is not Kind.REST:
        return True
    rested = back - max(since, quiet_end)
    return rested < rules.minutes("reminders.idle_break_minutes")
