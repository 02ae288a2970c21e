"""`footholds lock ...` and `footholds unlock`: the passphrase lock from the command line.

A command line has no lasting unlocked state: each command that reads the person's words
asks for the passphrase itself (on a terminal, or from FOOTHOLDS_PASSPHRASE_FILE for
scripts), and the lock closes again when it ends. `cryptography` is imported only here and
only when the lock is used.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from footholds.cli.arguments import file_name
from footholds.cli.handover import Refused, answered, ask, say, wait_for_lock
from footholds.core.lock import SWITCH, header_path, is_on
from footholds.core.paths import Paths
from footholds.core.plural import entries

if TYPE_CHECKING:
    from footholds.core.lock.keys import Header, Keys

ACTIONS = (
    "enable",
    "disable",
    "now",
    "status",
    "change-passphrase",
    "recover",
    "new-recovery-key",
)
PASSPHRASE_ENV = "FOOTHOLDS_PASSPHRASE_FILE"
MIN_LENGTH = 8
WRONG = "That passphrase does not open your entries. Nothing was changed."
BLANK = "Please choose a passphrase with words in it, not only spaces."
RUNNING = (
    "Footholds is running, so the lock cannot be {} from here. Quit it first "
    "(footholds quit), then try again."
)


def add_parser(sub: Any) -> None:
    lock = sub.add_parser(
        "lock",
        help="keep your entries encrypted behind a passphrase (enable, disable, now, status, "
        "change-passphrase, recover, new-recovery-key)",
        description="With the lock on, everything you wrote is encrypted on disk, backups "
        "too. Quick logs still save while locked and join your journal at the next unlock. "
        "Your passphrase or your recovery key, either one, opens your entries; if you lose "
        "both, nobody can open them.",
    )
    lock.add_argument(
        "action",
        choices=ACTIONS,
        metavar="|".join(ACTIONS),
        help="what to do: status says whether the lock is on",
    )
    _files(lock)
    lock.add_argument(
        "--new-passphrase-file",
        type=file_name,
        metavar="FILE",
        help="read the new passphrase from FILE, or '-' for standard input",
    )
    lock.add_argument(
        "--recovery-key-file",
        type=file_name,
        metavar="FILE",
        help="read the recovery key from FILE, or '-'",
    )
    unlock = sub.add_parser(
        "unlock", help="unlock your entries; what was logged while locked joins"
    )
    _files(unlock)


def _files(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        type=file_name,
        metavar="FILE",
        help="read the passphrase from FILE (its first line), or '-' for standard input",
    )


# -- reading secrets ---------------------------------------------------------------------
_stdin_lines: Iterator[str] | None = None


# The first line is all that is read: a passphrase never comes near this, and a file that
# never ends (/dev/zero) is refused instead of filling memory.
LONGEST_LINE = 64 * 1024


def _from_file(name: str, what: str = "passphrase", where: str = "") -> str:
    """The first line of a file, or the next line of standard input for '-'. `what` is the
    secret it holds (the passphrase, the recovery key), `where` how the file was named: a
    file that cannot be read is said in plain words, of the right kind of file."""
    global _stdin_lines
    if name == "-":
        if _stdin_lines is None:
            _stdin_lines = iter(sys.stdin.read().splitlines())
        try:
            return next(_stdin_lines)
        except StopIteration:
            raise Refused(f"Standard input ended before the {what}.") from None
    kind = f"{what} file"
    try:
        # not only regular files: `--passphrase-file <(pass show footholds)` is a pipe
        with open(name, "rb") as file:
            line = file.readline(LONGEST_LINE + 1)
    except FileNotFoundError:
        raise Refused(f"There is no {kind} at {name}{where}.") from None
    except IsADirectoryError:
        raise Refused(f"{name}{where} is a folder, not a {kind}.") from None
    except PermissionError:
        raise Refused(f"Footholds is not allowed to read the {kind} {name}{where}.") from None
    except OSError as exc:
        raise Refused(
            f"The {kind} {name}{where} could not be read: {exc.strerror or exc}."
        ) from None
    if len(line) > LONGEST_LINE:
        raise Refused(
            f"The {kind} {name}{where} is too large: it should hold the {what} on its first line."
        )
    try:
        text = line.decode("utf-8-sig")  # Notepad's UTF-8 starts with a byte-order mark
    except UnicodeDecodeError:
        raise Refused(
            f"The {kind} {name}{where} is not text: it should hold the {what} on its first line."
        ) from None
    return text.splitlines()[0] if text.splitlines() else ""


FILE_HINT = "--passphrase-file FILE (or - for standard input)"
LOCKED_NEEDS = "Your entries are locked and this needs your passphrase."
NEW_NEEDS = "This needs a new passphrase."
# the app's unlocked state lives in its memory: a command cannot borrow it (see the top)
APP_OPEN_NEEDS = (
    "Footholds is unlocked, but the command line cannot use that: it needs your passphrase itself."
)


def _typed(
    prompt: str, hint: str = FILE_HINT, why: str = LOCKED_NEEDS, what: str = "passphrase"
) -> str:
    """The secret typed on the terminal; without a terminal, or when none is typed (Ctrl-D),
    one plain line instead. `why` says what needs it, `hint` how else to give it."""
    import getpass

    if not sys.stdin.isatty():
        raise Refused(f"{why} Type it on a terminal, or give it with {hint}.")
    try:
        return getpass.getpass(prompt)
    except EOFError:  # Ctrl-D at the prompt, as the [y/N] questions take it
        print(file=sys.stderr)  # off the prompt's line
        raise Refused(f"No {what} was typed. Nothing was changed.") from None


def passphrase(file: str | None, prompt: str = "Passphrase: ", what: str = "passphrase") -> str:
    return _from_file(file, what) if file else _typed(prompt, what=what)


def new_passphrase(file: str | None, option: str = "--passphrase-file") -> str:
    """A new passphrase: from the file `option` named, else typed twice on the terminal."""
    if file:
        chosen = _from_file(file)
    else:
        hint = f"{option} FILE (or - for standard input)"
        chosen = _typed("New passphrase: ", hint, NEW_NEEDS)
        if _typed("The same passphrase again: ", hint, NEW_NEEDS) != chosen:
            raise Refused("The two passphrases differ. Nothing was changed.")
    if not chosen.strip():  # eight spaces are as easy to guess as none
        raise Refused(BLANK)
    if len(chosen) < MIN_LENGTH:
        raise Refused(f"Please choose a passphrase of at least {MIN_LENGTH} characters.")
    return chosen


# -- opening the lock --------------------------------------------------------------------
def _header(paths: Paths) -> Header:
    from footholds.core.lock.keys import BadHeader, Header

    try:
        return Header.load(header_path(paths.data_dir))
    except BadHeader as exc:
        raise Refused(f"The lock cannot be used: {exc}.") from None


def open_keys(paths: Paths, file: str | None) -> Keys:
    from footholds.core.lock.keys import WrongKey

    header = _header(paths)
    try:
        return header.open(passphrase(file))
    except WrongKey:
        raise Refused(WRONG) from None


def use_keys(keys: Keys | None) -> None:
    """Let this process's store read and write encrypted files (None: lock it again)."""
    from footholds.core.store import storage

    storage.codec = keys


def open_for_command(paths: Paths) -> Keys | None:
    """For a command that reads or writes entries: with the lock on, ask for the passphrase
    (FOOTHOLDS_PASSPHRASE_FILE, else the terminal) and open it for this process."""
    from footholds.core.store import storage

    if not is_on(paths.data_dir) or storage.codec is not None:
        return storage.codec  # type: ignore[return-value]
    from footholds.core.lock.keys import WrongKey

    file = os.environ.get(PASSPHRASE_ENV) or None
    header = _header(paths)
    try:
        given = _from_file(file, where=f" (named by {PASSPHRASE_ENV})") if file else None
        if given is None:
            given = _typed("Passphrase: ", HINT, _why_needed(paths))
        keys = header.open(given)
    except WrongKey:
        raise Refused(WRONG) from None
    _finish(paths, keys)
    use_keys(keys)
    keep_plan_readable(paths, keys)
    return keys


def keep_plan_readable(paths: Paths, keys: Keys) -> None:
    """As the app does: the safety plan's file stays readable while the lock is on, unless
    the person locks it too (core/lock/readable.py), whatever this command writes; and with
    it the names of the people they trust and how to reach them. The times of their therapy
    sessions are kept readable either way (core/lock/sessions_copy.py)."""
    from footholds.core.lock.readable import plan_locked, settle, settle_people, settle_sessions
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)
    lock_plan = plan_locked(settings)
    try:
        settle(paths.store_dir, lock_plan, keys)
    except OSError as exc:  # it stays as it was, readable with the passphrase
        say(f"Your safety plan's file could not be made readable ({exc.strerror}).", err=True)
    try:
        settle_people(paths.store_dir, lock_plan, keys)
    except OSError as exc:  # it stays as it was; the app writes it again at its next unlock
        say(f"Your people could not be kept readable ({exc.strerror}).", err=True)
    settle_sessions(paths.store_dir, keys)  # the reminders' quiet during your sessions


HINT = f"{PASSPHRASE_ENV}=FILE"


def _why_needed(paths: Paths) -> str:
    """Why the passphrase is asked for, truly: the entries locked, or, with the app running
    and unlocked, the command line needing it itself. Asked only without a terminal, where it
    is said instead of asked."""
    from footholds.cli.handover import surely_not_running_anywhere

    if sys.stdin.isatty() or surely_not_running_anywhere(paths):
        return LOCKED_NEEDS
    try:
        reply = ask(paths, "lock-state", timeout_s=2.0)
    except Refused:  # a socket not this user's own: the entries are locked here
        return LOCKED_NEEDS
    if reply is not None and reply.get("ok") and reply.get("message") == "open":
        return APP_OPEN_NEEDS
    return LOCKED_NEEDS


def needs_passphrase(paths: Paths) -> bool:
    """Whether reading the entries would ask for the passphrase: the lock is on, not open in
    this process, and no passphrase file was given. `footholds doctor` shows the rest then."""
    from footholds.core.store import storage

    return is_on(paths.data_dir) and storage.codec is None and not os.environ.get(PASSPHRASE_ENV)


def join_waiting(paths: Paths) -> None:
    """Before reading: bring in what was written while locked, when the store can be written
    now (not while the app or another command holds it; the app joins them itself)."""
    if not is_on(paths.data_dir):
        return
    from footholds.cli.handover import locked_store
    from footholds.core.lock import inbox
    from footholds.platform.lockfile import take_lock

    if not inbox.waiting(paths.data_dir):
        return
    try:
        lock = take_lock(paths.lock_file)
        if lock is not None:
            with locked_store(lock, paths):  # joins them as it opens the store
                pass
    except OSError:  # a read-only data folder: read what is there
        pass


def _finish(paths: Paths, keys: Keys | None) -> None:
    from footholds.core.lock import switch

    if (paths.data_dir / SWITCH).exists():
        switch.finish(paths.data_dir, paths.outside_files, keys)


# -- the commands ------------------------------------------------------------------------
def cmd_unlock(paths: Paths, args: argparse.Namespace) -> int:
    if not is_on(paths.data_dir):
        say("The lock is off: your entries are not encrypted.")
        return 0
    # the running app unlocks itself: with the passphrase given here, or in its own window
    if ask(paths, "lock-state") is not None:
        given: dict[str, Any] = {}
        if args.passphrase_file:
            given["passphrase"] = passphrase(args.passphrase_file)
        reply = ask(paths, "unlock", **given)
        if reply is not None:
            return answered(reply)
    keys = open_keys(paths, args.passphrase_file)
    joined = _join(paths, keys)
    said = f" {entries(joined)} written while locked joined your journal." if joined else ""
    say(f"Unlocked.{said} The lock closes again as this command ends.")
    return 0


def _join(paths: Paths, keys: Keys, then: Callable[[], None] | None = None) -> int:
    """Bring what was written while locked into the store; `then` runs under the same hold
    of the instance lock, the store closed."""
    from footholds.cli.handover import locked_store
    from footholds.core.lock import inbox

    lock = _instance_lock(paths, "used")
    try:
        _finish(paths, keys)
    except BaseException:
        lock.unlock()
        raise
    use_keys(keys)
    keep_plan_readable(paths, keys)  # a plan joined now is written as the app would
    before = len(inbox.waiting(paths.data_dir))
    with locked_store(lock, paths, release=False):  # joins them as it opens the store
        pass
    joined = before - len(inbox.waiting(paths.data_dir))
    try:
        if then is not None:
            then()
    finally:
        lock.unlock()
    return joined


def _instance_lock(paths: Paths, verb: str) -> Any:
    lock = wait_for_lock(paths, 5.0)
    if lock is None:
        raise Refused(RUNNING.format(verb))
    return lock


def cmd_lock(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli import lock_actions

    action = args.action.replace("-", "_")
    return int(getattr(lock_actions, action)(paths, args))
