"""`footholds session add|list|remove`: the person's therapy sessions from the command line.

Writing goes through the running app when there is one (it owns the store), otherwise this
process takes the instance lock and writes itself, as `footholds proof add` does. No Qt here:
the running app's side of it (`handle_add`, `handle_remove`) is plain too.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the parser is built at every start: keep this module's imports light
    from footholds.app.context import AppContext
    from footholds.core.paths import Paths
    from footholds.core.store import Session, Store

EVERY_WORDS = {"": "once", "1w": "every week", "2w": "every two weeks", "4w": "every four weeks"}
YEARS = (1970, 2200)  # what the store can keep (core/store/validate.py)
SHORT_ID = 8


def session_day(text: str) -> str:
    """A YYYY-MM-DD date the store can keep, or a plain reason why not."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-14") from None
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise argparse.ArgumentTypeError(
            f"{text} is too far away; please use a date between {YEARS[0]} and {YEARS[1]}"
        )
    return day.isoformat()


def session_time(text: str) -> str:
    """An HH:MM time on a 24-hour clock, or a plain reason why not."""
    parts = text.strip().split(":")
    if len(parts) == 2 and all(p.isascii() and p.isdigit() and len(p) == 2 for p in parts):
        hour, minute = int(parts[0]), int(parts[1])
        if hour <= 23 and minute <= 59:
            return f"{hour:02d}:{minute:02d}"
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a time like 17:30 (hours 00 to 23, minutes 00 to 59)"
    )


def session_minutes(text: str) -> int:
    """A length in minutes, 5 to 600."""
    if text.strip().isascii() and text.strip().isdigit() and 5 <= int(text) <= 600:
        return int(text)
    raise argparse.ArgumentTypeError(f"{text!r} is not a length from 5 to 600 minutes")


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the `session` command to the command line."""
    parser = sub.add_parser(
        "session",
        help="your therapy sessions: add, list or remove them",
        description="During a session and for 15 minutes after, Footholds shows no reminders. "
        "The day before, it offers your check-in summary; after, a place for what to remember.",
    )
    actions = parser.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a session, once or repeating")
    add.add_argument("day", type=session_day, metavar="YYYY-MM-DD", help="the (first) date")
    add.add_argument("time", type=session_time, metavar="HH:MM", help="when it starts")
    add.add_argument(
        "--every",
        choices=("1w", "2w", "4w"),
        default="",
        help="repeat every week (1w), two weeks (2w) or four weeks (4w)",
    )
    add.add_argument(
        "--minutes", type=session_minutes, default=50, help="how long it lasts (default: 50)"
    )
    add.add_argument("--with", dest="therapist", default="", metavar="NAME", help="who with")
    actions.add_parser("list", help="print your sessions and when the next one is")
    remove = actions.add_parser("remove", help="remove a session (by the id the list shows)")
    remove.add_argument(
        "id", metavar="ID", help="the session's id, as footholds session list shows it"
    )
    remove.add_argument(
        "--with-words",
        action="store_true",
        help="remove it even though it keeps your words (what to talk about, notes)",
    )


def cmd_session(paths: Paths, args: argparse.Namespace) -> int:
    if args.session_command == "list":
        return _list(paths)
    if args.session_command == "add":
        from footholds.cli.handover import say
        from footholds.core.store import InvalidEntry

        try:
            session = _new(args)
        except InvalidEntry as exc:  # a name too long to keep: a bad argument, as elsewhere
            say(f"footholds: {exc}", err=True)
            return 2
        return _write(paths, "session-add", session)
    payload = {"id": args.id.strip().lower(), "with_words": args.with_words}
    return _write(paths, "session-remove", payload)


def _new(args: argparse.Namespace) -> dict[str, Any]:
    from footholds.core.store import Session

    session = Session(
        day=args.day,
        time=args.time,
        every=args.every,
        minutes=args.minutes,
        therapist=" ".join(args.therapist.split()),
    ).clean()  # checked here, before the app or the store is asked
    return {"session": session.to_dict()}


def _write(paths: Paths, command: str, payload: dict[str, Any]) -> int:
    from footholds.cli.handover import app_or_here, say

    def here(store: Store) -> int:
        ok, message = (add_to if command == "session-add" else remove_from)(store, payload)
        if ok:
            keep_times(paths, store)
        say(message, err=not ok)
        return 0 if ok else 1

    return app_or_here(paths, command, here, **payload)


def keep_times(paths: Paths, store: Store) -> None:
    """With the lock on, the copy of the sessions' times readable while locked follows the
    change (core/lock/sessions_copy.py), as the app's own does: a start locked keeps quiet
    in the session just added. The running app keeps it itself."""
    from footholds.core.lock import is_on

    if not is_on(paths.data_dir):
        return
    from footholds.cli.handover import say
    from footholds.core.lock import sessions_copy
    from footholds.core.store import Session

    try:
        sessions_copy.write(paths.store_dir, store.all(Session))
    except OSError as exc:  # written again at the app's next unlock or start
        say(f"Your session times could not be kept readable ({exc.strerror}).", err=True)


def add_to(store: Store, payload: dict[str, Any]) -> tuple[bool, str]:
    """Save a new session; the words say when it is. Raises Unsaved when the disk refuses
    it (core/unsaved_words.py: the app and a command each say where it is kept)."""
    from footholds.core.store import InvalidEntry, Session, StoreWriteError
    from footholds.core.unsaved_words import Unsaved

    try:
        session = Session.from_dict(payload.get("session")).clean()
    except InvalidEntry as exc:
        return False, f"footholds: {exc}"
    done = f"Added: {describe(session)}. Its id is {session.id[:SHORT_ID]}."
    try:
        store.add(session)
    except InvalidEntry as exc:
        return False, f"footholds: {exc}"
    except StoreWriteError as exc:
        raise Unsaved(exc, done) from exc
    return True, done


def remove_from(store: Store, payload: dict[str, Any]) -> tuple[bool, str]:
    """Remove the one session whose id starts with the given text (the person asked). Raises
    Unsaved when the disk refuses it, as add_to does."""
    from footholds.core.store import Session, StoreWriteError
    from footholds.core.unsaved_words import Unsaved

    wanted = str(payload.get("id", ""))
    found = [s for s in store.all(Session) if len(wanted) >= 4 and s.id.startswith(wanted)]
    if len(found) != 1:
        why = "more than one session has an id starting" if found else "no session has the id"
        return False, f"footholds: {why} {wanted!r}; 'footholds session list' shows each id."
    words = words_kept(found[0])
    if words and payload.get("with_words") is not True:
        # no undo here: the person's words are not lost without their say-so
        return False, (
            f"footholds: the session {describe(found[0])} keeps {words}. Nothing was removed. "
            f"To remove it with them: footholds session remove {wanted} --with-words"
        )
    done = f"Removed {describe(found[0])}" + (f", together with {words}." if words else ".")
    try:
        store.remove(found[0])
    except StoreWriteError as exc:
        again = "There is no need to remove it again."
        raise Unsaved(exc, done, what="the change", again=again) from exc
    return True, done


def words_kept(session: Session) -> str:
    """What of the person's own words the session keeps, in plain words ("" when none)."""
    from footholds.core.sessions import words_in

    talk, notes = words_in(session)
    parts = ["what you want to talk about"] * talk + ["your notes for it"] * notes
    return " and ".join(parts)


def describe(session: Session) -> str:
    """One plain line: when, how often, how long, with whom."""
    when = session.day + (f" at {session.time}" if session.time else " (date only)")
    if session.every:
        weekday = date.fromisoformat(session.day).strftime("%A")
        when = f"{EVERY_WORDS[session.every]} on {weekday}s at {session.time}, from {session.day}"
    line = f"{when}, {session.minutes} minutes" if session.time else when
    return f"{line}, with {session.therapist}" if session.therapist else line


def _list(paths: Paths) -> int:
    """Print every session and the next one; reading is safe beside the running app."""
    from footholds.cli.data_files import open_for_reading
    from footholds.cli.handover import say
    from footholds.core import sessions as ss
    from footholds.core.store import Session

    store = open_for_reading(paths)  # with the lock on, this asks for the passphrase
    try:
        found = store.all(Session)
    finally:
        store.close()
    if not found:
        say("No sessions yet. Add one with: footholds session add 2026-03-14 17:00 --every 1w")
        return 0
    for session in sorted(found, key=lambda s: (s.day, s.time)):
        say(f"{session.id[:SHORT_ID]}  {describe(session)}")
    upcoming = ss.next_occurrence(found, datetime.now().astimezone())
    if upcoming is not None:
        start = upcoming.start.astimezone()
        say(f"Next: {start:%a %Y-%m-%d} at {start:%H:%M}")
    else:  # all behind them: the list alone left them looking for a next one not there
        say("No session coming up.")
    return 0


def handle_add(ctx: AppContext, args: dict[str, Any]) -> tuple[bool, str]:
    """The running app's side of `footholds session add`."""
    from footholds.core.unsaved_words import Unsaved, in_app

    try:
        return add_to(ctx.store, args)
    except Unsaved as failed:
        return in_app(failed)


def handle_remove(ctx: AppContext, args: dict[str, Any]) -> tuple[bool, str]:
    """The running app's side of `footholds session remove`."""
    from footholds.core.unsaved_words import Unsaved, in_app

    try:
        return remove_from(ctx.store, args)
    except Unsaved as failed:
        return in_app(failed)
