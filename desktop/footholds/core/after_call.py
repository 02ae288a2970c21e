"""After a call: reminders wait a few minutes, then one comes ("welcome back"), not the backlog.

The scheduler looks at the call state only when a reminder is about to be shown, so a look
can also be "not looked" (None): then what was seen last still holds. The clock is the
scheduler's, injected; tests drive it with a fake one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

# A welcome back belongs to the end of the call: a reminder much later is just a reminder.
WELCOME_WINDOW = timedelta(minutes=30)


class AfterCall:
    """Remembers whether a call was going on at the last look, and when it was seen to end."""

    def __init__(self) -> None:
        self.in_call = False
        self.ended_at: datetime | None = None
        self._welcome_owed = False

    def look(self, in_call: bool | None, now: datetime) -> bool:
        """Record one look; True when this look is the first to see the call over."""
        if in_call is None:  # not asked, or nothing here can tell: nothing new learnt
            return False
        if in_call:
            self.in_call, self.ended_at = True, None
            return False
        if not self.in_call:
            return False
        self.in_call, self.ended_at = False, now
        self._welcome_owed = True
        return True

    def quiet_until(self, grace: timedelta) -> datetime | None:
        """When the quiet after the last call ends (None when no call has ended)."""
        return self.ended_at + grace if self.ended_at is not None else None

    def take_welcome(self, now: datetime, grace: timedelta) -> bool:
        """True once, for the first reminder after the quiet that follows a call."""
        until = self.quiet_until(grace)
        if not self._welcome_owed or self.in_call or until is None or now < until:
            return False
        self._welcome_owed = False
        return now < until + WELCOME_WINDOW

    def clear(self) -> None:
        """Calls no longer count (the person turned that off): nothing held, nothing owed."""
        self.in_call, self.ended_at, self._welcome_owed = False, None, False

    def forget(self) -> None:
        """The welcome is no longer owed (the person asked for a reminder themselves)."""
        self._welcome_owed = False
