"""What each `footholds lock ACTION` does (see lock_command.py for the passphrases)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from footholds.cli.handover import Refused, answered, ask, say
from footholds.cli.lock import (
    WRONG,
    _finish,
    _header,
    _instance_lock,
    _join,
    keep_plan_readable,
    new_passphrase,
    open_keys,
    passphrase,
    use_keys,
)
from footholds.core.lock import SWITCH, header_path, is_on
from footholds.core.paths import Paths
from footholds.core.plural import entries

if TYPE_CHECKING:
    from footholds.core.lock.keys import Keys

RECOVERY_NOTE = (
    "Your recovery key, shown this once:\n\n    {}\n\n"
    "Write it down or print it, and keep it somewhere safe. It resets a forgotten "
    "passphrase. Your passphrase or this key, either one, opens your entries; if you lose "
    "both, nobody can open them."
)

# words typed while the app was locked open only with the lock's keys, which go with it
DRAFTS_STAY = (
    "The lock is still on: words you typed while Footholds was locked could not be moved "
    "out of it ({}), and once it is off nothing could open them. Please try again once "
    "the disk has room."
)


def enable(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core.lock import switch
    from footholds.core.lock.keys import create

    if is_on(paths.data_dir):
        say("The lock is already on.")
        return 0
    chosen = new_passphrase(args.passphrase_file)
    lock = _instance_lock(paths, "turned on")
    try:
        _finish(paths, None)
        say("Encrypting your entries and backups; this takes a moment.")
        header, keys, recovery = create(chosen)
        switch.enable(paths.data_dir, header, keys, paths.outside_files)
        _settings_words(paths, keys)
        keep_plan_readable(paths, keys)
    finally:
        lock.unlock()
    say(
        "The lock is on. Everything you wrote is now encrypted on this computer, but for your "
        "safety plan, your own numbers in Get help now, and the names and ways to reach the "
        "people you trust, which stay readable for a hard moment (Settings can lock them too), "
        "and the times of your therapy sessions (nothing else about them), so reminders keep "
        "quiet during them."
    )
    say(RECOVERY_NOTE.format(recovery))
    return 0


def _settings_words(paths: Paths, keys: Keys, plain: bool = False) -> None:
    """The person's own lists in the settings file: sealed as the lock turns on, plain
    again as it turns off (core/lock/words.py)."""
    from footholds.core.lock.words import open_words, plain_words
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)
    open_words(settings, keys)
    if plain:
        plain_words(settings)
    try:
        settings.save()
    except OSError as exc:
        say(f"Your lists in the settings could not be saved again ({exc.strerror}).", err=True)


def disable(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core.lock import switch

    if not is_on(paths.data_dir):
        say("The lock is already off.")
        return 0
    keys = open_keys(paths, args.passphrase_file)

    # under one hold of the instance lock: what was written while locked joins the store,
    # and nothing can be sealed after that, before the files are decrypted
    def then() -> None:
        # words typed while the app was locked, sealed at its quit: into the drafts file,
        # which the switch opens with the rest; the keys to unseal them go with the lock
        # (the lock stays on when they cannot move: with it off, nothing would open them)
        from footholds.core import drafts

        try:
            drafts.move_sealed(paths.drafts_file, paths.sealed_drafts_dir, keys)
        except OSError as exc:
            raise Refused(DRAFTS_STAY.format(exc.strerror or exc)) from None
        # the lists first: a kill between the two leaves them plain under a lock still on
        # (sealed again at its next unlock), never sealed with a key that is gone
        _settings_words(paths, keys, plain=True)
        switch.disable(paths.data_dir, keys, paths.outside_files)
        from footholds.core.lock import numbers_copy, people_copy, sessions_copy

        people_copy.forget(paths.store_dir)  # all is plain again: no copy needed
        numbers_copy.forget(paths.store_dir)
        sessions_copy.forget(paths.store_dir)

    try:
        joined = _join(paths, keys, then=then)
    finally:
        use_keys(None)
    said = f" {entries(joined)} written while locked joined your journal." if joined else ""
    say(f"The lock is off. Your entries are stored without encryption again.{said}")
    return 0


NOT_RUNNING_LOCKED = (
    "Nothing to lock: Footholds is not running, and while it is closed your entries stay "
    "locked on disk. Each command that reads them asks for your passphrase."
)
NOW_SAID = "Your entries are locked."
NOW_FAILED = "Footholds could not lock yet; your entries stay as they were."


def now(paths: Paths, args: argparse.Namespace) -> int:
    if not is_on(paths.data_dir):
        raise Refused("The lock is off. Turn it on with: footholds lock enable")
    reply = ask(paths, "lock-now")
    if reply is not None:  # the running app holds the open keys: it locks them away itself
        if not str(reply.get("message", "")).strip():  # never a silent answer
            reply = {**reply, "message": NOW_SAID if reply.get("ok") else NOW_FAILED}
        return answered(reply)
    # nothing holds the keys: each command opens them for itself and lets go as it ends
    say(NOT_RUNNING_LOCKED)
    return 0


def status(paths: Paths, args: argparse.Namespace) -> int:
    if not is_on(paths.data_dir):
        say("The lock is off: your entries are not encrypted.")
        return 0
    from footholds.core.lock import inbox

    header = _header(paths)
    waiting = len(inbox.waiting(paths.data_dir))
    say(f"The lock is on: your entries are encrypted ({header.fields.get('cipher')}).")
    reply = ask(paths, "lock-state")
    if reply is not None and reply.get("message") == "locked":
        say("Footholds is running and locked; quick logs join your journal at the unlock.")
    elif reply is not None:  # it answers only once it has opened the store
        say("Footholds is running and unlocked; footholds lock now locks your entries again.")
    if waiting:
        join = "joins" if waiting == 1 else "join"
        say(f"{entries(waiting)} written while locked {join} your journal at the next unlock.")
    if (paths.data_dir / SWITCH).exists():
        say("A change of the lock was interrupted; the next unlock completes it.")
    return 0


def change_passphrase(paths: Paths, args: argparse.Namespace) -> int:
    keys = open_keys(paths, args.passphrase_file)
    return _new_passphrase(paths, args, keys, "Your passphrase is changed.")


def recover(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.core.lock.keys import WrongKey

    header = _header(paths)
    text = passphrase(args.recovery_key_file, "Recovery key: ", "recovery key")
    try:
        keys = header.recover(text)
    except WrongKey:
        raise Refused(
            "That recovery key does not open your entries. Nothing was changed."
        ) from None
    return _new_passphrase(paths, args, keys, "Your new passphrase is set.")


def new_recovery_key(paths: Paths, args: argparse.Namespace) -> int:
    """A new recovery key for a lost or seen one: the passphrase opens the lock first."""
    from footholds.core.lock.keys import new_recovery_key as make

    keys = open_keys(paths, args.passphrase_file)
    lock = _instance_lock(paths, "changed")
    try:
        _finish(paths, keys)
        recovery = make(header_path(paths.data_dir), keys)
    finally:
        lock.unlock()
    say("Your old recovery key no longer opens your entries; this new one does.")
    say(RECOVERY_NOTE.format(recovery))
    return 0


def _new_passphrase(paths: Paths, args: argparse.Namespace, keys: object, done: str) -> int:
    chosen = new_passphrase(args.new_passphrase_file, "--new-passphrase-file")
    lock = _instance_lock(paths, "changed")
    try:
        _finish(paths, keys)  # type: ignore[arg-type]
        header = _header(paths).with_passphrase(keys, chosen)  # type: ignore[arg-type]
        header.save(header_path(paths.data_dir))
    finally:
        lock.unlock()
    say(done)
    return 0


__all__ = [
    "WRONG",
    "change_passphrase",
    "disable",
    "enable",
    "new_recovery_key",
    "now",
    "recover",
    "status",
]
