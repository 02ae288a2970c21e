"""What to talk about at a session still to come, as paragraphs: what a session keeps for
the days ahead, how the check-in's box joins its own typing with a session's words, and where
the words go when their session is removed. The calendar itself is core/sessions.py. No Qt.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from footholds.core.sessions import next_occurrence, with_note
from footholds.core.store.models_support import Session


def talk_ahead(session: Session, today: date) -> str:
    """What to talk about the record keeps for a session on `today` or later ("" when none):
    a dated one's, and each coming occurrence's of a repeating slot, earliest first. Words
    for a session already gone by are its notes, not something still to bring up."""
    parts = []
    if session.talk_about.strip() and date.fromisoformat(session.day) >= today:
        parts.append(session.talk_about.strip())
    for note in sorted(session.notes, key=lambda n: n.get("day", "")):
        words = note.get("talk", "").strip()
        if words and note.get("day", "") >= today.isoformat() and words not in parts:
            parts.append(words)
    return "\n\n".join(parts)


def joined_talk(before: str, words: str) -> str:
    """`words` after what a session already keeps to talk about, a blank line between; once
    when they are there already (an Undo and a second removal never double them)."""
    if not before.strip():
        return words
    if words.strip() in before:
        return before
    return f"{before.rstrip()}\n\n{words}"


def paragraphs(text: str) -> set[str]:
    """The parts of what to talk about, as carrying joins them: blank lines between."""
    return set(_parts(text))


def _parts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def typed_over(typed: str, saved: str, shown: set[str], talk: str, kept: str = "") -> str:
    """What the check-in's box shows when the session it is for changes (one removed, put
    back or added) under words typed and not saved: `typed`, the box as it is; `saved`, what
    the session it was for keeps; `shown`, the parts the box showed as words already kept;
    `talk`, what the session it is for now keeps; `kept`, words carried to the check-in's
    draft from a session removed. The box as the person left it, in its order, but for the
    parts only the session it was for kept; before it, that session's words new to the box,
    and after it the carried ones; never the ones the person changed or took out of the box
    (they went with the typing, and an emptied box stays empty of them). The words carried
    from a session removed are there once: the person's latest."""
    box = _parts(typed)
    changed = shown - set(box)
    own = [p for p in _parts(talk) if p not in changed]
    carried = [p for p in _parts(kept) if p not in changed]
    stays, old = {*own, *carried}, set(_parts(saved))
    held = [p for p in box if p in stays or p not in old]
    front = list(dict.fromkeys(p for p in own if p not in box))
    back = list(dict.fromkeys(p for p in carried if p not in box and p not in own))
    return "\n\n".join(front + held + back)


def with_draft(talk: str, kept: str, shown: Collection[str] | None = None) -> str:
    """What the check-in's box shows when it opens with its draft `kept` over what the
    session it is for keeps (`talk`). With `shown`, the paragraphs the box showed as words
    already kept when the draft was written, `kept` is the whole box as the person left it
    (a day other than the session's chosen, so closing did not save it): that box, each
    paragraph once and in its order, a saved paragraph the person changed or took out not
    brought back, and before it the session's words new to it since. Without, `kept` are
    words carried from a session removed: after the session's own, each paragraph once.
    `talk` itself when nothing is new to it."""
    if shown is None:
        text = typed_over(talk, talk, set(), talk, kept)
    else:
        text = typed_over(kept, "", set(shown), talk)
    return talk if text == "\n\n".join(_parts(talk)) else text


@dataclass(frozen=True)
class Carried:
    """Where what to talk about goes when its session is removed: the session after it,
    as the check-in summary will show it (`before` as it was, `after` with the words
    added), or, with none to come (`before` None), the check-in's draft."""

    words: str
    before: Session | None = None
    after: Session | None = None
    day: date | None = None  # the day of the session they go to

    @property
    def added_to_own(self) -> bool:
        """The session they go to had words of its own: these come after them."""
        return self.before is not None and bool(talk_of(self.before, self.day).strip())


def talk_of(session: Session, day: date | None) -> str:
    """What to talk about that `session` keeps for its occurrence on `day`, where the
    check-in summary reads it (carry_talk)."""
    if session.every and day is not None and day.isoformat() != session.day:
        return next((n.get("talk", "") for n in session.notes if n.get("day") == str(day)), "")
    return session.talk_about


def carry_talk(
    removed: Session,
    others: Sequence[Session],
    today: date,
    tz: tzinfo | None = None,
    *,
    limit: int | None = None,
) -> Carried | None:
    """Where the words to talk about that `removed` keeps for a session still to come go
    when it is removed (None: it keeps none). To the next of `others` not before it, read
    as the check-in summary reads the session it prepares for (core/checkin.py): the
    soonest dated one first (its talk_about), else the next occurrence of a repeating slot
    (its note). Added after that session's own words; when there is none, or the two would
    be longer than `limit`, kept as the check-in's draft instead."""
    words = talk_ahead(removed, today)
    if not words:
        return None
    start = max(today, date.fromisoformat(removed.day))
    dated = [s for s in others if date.fromisoformat(s.day) >= start]
    if dated:
        target = min(dated, key=lambda s: (s.day, s.at))
        day = date.fromisoformat(target.day)
        after = dataclasses.replace(target, talk_about=joined_talk(target.talk_about, words))
        text = after.talk_about
    else:
        midnight = datetime.combine(start, time(0))
        begin = midnight.replace(tzinfo=tz) if tz else midnight.astimezone()
        slot = next_occurrence(others, begin, tz)
        if slot is None or not slot.timed:
            return Carried(words)
        target, day = slot.session, slot.key
        text = joined_talk(slot.note()["talk"], words)
        after = with_note(target, slot.key, talk=text)
    if limit is not None and len(text) > limit:
        return Carried(words)
    return Carried(words, target, after, day)
