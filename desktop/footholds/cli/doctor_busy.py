"""`footholds doctor`: would a reminder wait right now, and why; and the same as JSON.

Each reason is true, false or null ("can't tell here"), in the words of core/busy.py.
Reads the settings (for quiet hours and whether calls count) and asks each source once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from footholds.core.busy import Answer, Busy
from footholds.core.sessions import in_quiet_period

if TYPE_CHECKING:
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.core.store import Session
    from footholds.platform.busy.base import BusySources
    from footholds.platform.screen.base import ContextSources, StateSource

Row = tuple[str, str]
WORDS = {
    "call": "a call",
    "camera": "the camera in use",
    "microphone": "a microphone recording",
    "screen_share": "the screen shared",
    "fullscreen": "something full screen",
    "dnd": "do-not-disturb",
    "locked": "the screen locked",
    "quiet_hours": "quiet hours",
    "session": "a therapy session",
}


def _state(source: StateSource) -> Answer:
    if not source.available:
        return None
    try:
        return bool(source.active())
    except Exception:  # doctor reports problems, it does not have them
        return None


def busy_now(
    settings: Settings,
    context: ContextSources | None = None,
    busy: BusySources | None = None,
    clock: Callable[[], datetime] | None = None,
    sessions: Sequence[Session] | None = None,
) -> Busy:
    """Every reason, read now. Sources not passed are chosen afresh; without `sessions`
    (the store could not be read) whether a therapy session is on is not known."""
    from footholds.core.reminder_rules import Rules
    from footholds.core.reminders import Kind

    if context is None:
        from footholds.platform.screen.choose import choose_context_sources

        context = choose_context_sources()
    if busy is None:
        from footholds.platform.busy.choose import choose_busy_sources

        busy = choose_busy_sources()
    now = (clock or (lambda: datetime.now().astimezone()))()
    assert now.tzinfo is not None
    hold = Rules(settings).hours_hold(Kind.MOVEMENT, now, now.tzinfo)
    devices = busy.read()
    return Busy(
        camera=devices["camera"],
        microphone=devices["microphone"],
        screen_share=devices["screen_share"],
        fullscreen=_state(context.fullscreen_source),
        dnd=_state(context.dnd_source),
        locked=_state(context.locked_source),
        quiet_hours=hold is not None and hold[0] == "quiet_hours",
        session=None if sessions is None else in_quiet_period(sessions, now),
    )


def busy_rows(busy: Busy) -> list[Row]:
    """Two plain lines: what holds reminders now, and what cannot be told here."""
    data = busy.as_dict()
    holding = [WORDS[name] for name in busy.holding()]
    unknown = [WORDS[name] for name, value in data.items() if value is None and name != "call"]
    rows = [("Reminders now", "would wait: " + ", ".join(holding) if holding else "could come")]
    if unknown:
        rows.append(("Can't tell here", ", ".join(unknown)))
    return rows


def load_busy(paths: Paths) -> Busy:
    """The reasons now, with the person's own settings (read only, never written)."""
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)
    return busy_now(settings, sessions=_sessions(paths))


def _sessions(paths: Paths) -> list[Session] | None:
    """The person's sessions, read without writing anything; None when the store can't be read."""
    from footholds.cli.data_files import open_for_reading
    from footholds.cli.handover import Refused
    from footholds.cli.lock import needs_passphrase
    from footholds.core.store import Session, StoreCannotOpen, StoreWriteError

    if needs_passphrase(paths):  # doctor never asks: the Entries row says they are locked
        return None
    try:
        store = open_for_reading(paths)
    except (OSError, StoreCannotOpen, StoreWriteError, Refused):
        return None
    try:
        return list(store.all(Session))
    finally:
        store.close()


def doctor_json(rows: list[Row], busy: Busy) -> str:
    """The doctor's report and the busy reasons, as JSON."""
    return json.dumps(
        {"report": [{"label": k, "value": v} for k, v in rows], "busy": busy.as_dict()},
        indent=2,
        ensure_ascii=False,
    )
