"""The passphrase lock inside the running app (issue 20): Lock now, unlock, auto-lock after
the chosen idle time or when the screen locks, and turning the lock on or off from Settings.

It uses the same core as `footholds lock ...`: keys.create, switch.enable and disable,
Header.with_passphrase, inbox.put and join. Locked, the store keeps no record in memory and
seals each new one to the lock's public key (Store.seal), so the tray's quick log still
saves; the windows that show written words close and ask for the passphrase to open again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from footholds.core.lock import SWITCH, copies_left, header_path, is_on

if TYPE_CHECKING:
    from footholds.core.lock.keys import Header, Keys
    from footholds.core.paths import Paths
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.platform.idle.base import IdleSource
    from footholds.platform.screen.base import ContextSources
    from footholds.ui.shell.unlock import UnlockDialog
    from footholds.ui.shell.windows import WindowManager

log = logging.getLogger(__name__)

# Windows that show none of the person's words, or are needed in a crisis: open while locked.
# The safety plan too, unless the person chose to lock it (lock.safety_plan).
OPEN_WHILE_LOCKED = frozenset(
    {"help-now", "help-knowledge", "about", "first-run", "quick-log", "tough-day"}
)
SAFETY_PLAN = "safety-plan"
CHECK_MS = 15_000  # how often idle time and the screen lock are read, only while unlocked


class AppLock(QObject):
    """Whether the person's entries are open in this app, and the ways to change that."""

    changed = Signal(bool)  # True: locked now; False: unlocked, or the lock turned on/off
    # Lock now begins: a question showing the person's words closes first (lock_undo)
    locking = Signal()
    # the first unlock of an app started locked could not open the store (the exception)
    refused = Signal(object)
    # unlocked at the prompt with no window waiting to open: said quietly (unlock_said.py)
    opened = Signal()

    def __init__(
        self,
        paths: Paths,
        settings: Settings,
        store: Store,
        windows: WindowManager,
        keys: Keys | None,
        parent: QObject | None = None,
        *,
        first_open: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.settings, self.store, self.windows = paths, settings, store, windows
        self.keys = keys
        self.dialog: UnlockDialog | None = None
        # the app started locked, its store sealed and not opened (lock_start.sealed_start):
        # what the first unlock runs before anything reads the store, then None
        self.first_open = first_open
        self._plan_went: bool | None = None  # whether the plan went with the last Lock now
        # Lock now dropped the keys and no unlock has opened them since: still locked even if
        # the header went missing meanwhile (quitting.keep_drafts must then write nothing plain)
        self.locked_away = False
        if first_open is not None:  # as if Lock now had run: the plan shows as it was kept
            from footholds.core.store import SafetyPlan

            self.locked_away = True
            self._plan_went = SafetyPlan.KIND not in store.kept_sealed
        # what runs once the entries are open: every act the person already chose while locked
        # (an Undo, a number removed: ask(must_run=True)), once each, in the order asked; then
        # the window, only the last one asked for (a person who clicked several windows wanted
        # the last one), never every click at once
        self._must_run: list[Callable[[], object]] = []
        self._after_unlock: Callable[[], object] | None = None
        # after an unlock, asks about records a standing Undo would have put back at Lock
        # now (lock_undo.offer, set once the context is built), and whether it is asking
        self.offer_removed: Callable[[], None] | None = None
        self.offering_removed = False
        # where this run seals the words typed while locked (quitting.keep_drafts, at a quit
        # and a little after each change): one file, written over at each keep, named anew
        # at each Lock now (lock_now.py)
        from footholds.core.drafts import sealed_name

        self.drafts_name = sealed_name()
        self.idle: IdleSource | None = None  # chosen at the first check; tests give their own
        self.desk: ContextSources | None = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check_away)
        windows.gate = self.gate
        windows.may_open = self.may_open
        # someone added, changed or removed: the copy of the people readable while locked
        # follows at once (lock_copies.py)
        store.changed.connect(self._on_store_changed)
        # left by a lock turned off while something failed: not needed
        if not self.enabled and copies_left(paths.data_dir):
            from footholds.app import lock_copies

            lock_copies.forget(self.paths.store_dir)
        self._sync_timer()

    def _on_store_changed(self, kind: str) -> None:
        if self.keys is None:  # the lock off, or locked: no copy follows (lock_copies._keep)
            return
        from footholds.app import lock_copies

        lock_copies.follow(self, kind)

    # -- state ---------------------------------------------------------------------------
    @property
    def enabled(self) -> bool:
        return is_on(self.paths.data_dir)

    @property
    def locked(self) -> bool:
        return self.keys is None and self.enabled

    @property
    def state(self) -> str:
        """ "off", "open" or "locked" (the tray menu's Lock now or Unlock…)."""
        if not self.enabled:
            return "off"
        return "open" if self.keys is not None else "locked"

    def may_open(self, name: str) -> bool:
        """Whether window `name` opens without the passphrase now."""
        if not self.locked:
            return True
        if name == SAFETY_PLAN:
            return not self.plan_locked()
        return name in OPEN_WHILE_LOCKED

    def plan_locked(self) -> bool:
        """Whether the safety plan goes with the lock: the person's choice, failing closed
        as its file does (core/lock/readable.py plan_locked), so the plan never shows while
        locked from memory when its file was sealed. Once locked, what Lock now decided: the
        settings it saves count as read whole after, and must not open a plan it put away."""
        if self.locked and self._plan_went is not None:
            return self._plan_went
        from footholds.core.lock.readable import plan_locked

        return plan_locked(self.settings)

    def gate(self, name: str, then: Callable[[], object]) -> QWidget | None:
        """WindowManager.show asks first: None lets it open; else the window waits for the
        passphrase (the unlock dialog, returned, is up and `then` opens it after)."""
        if self.may_open(name):
            return None
        return self.ask(then)

    # -- locking -------------------------------------------------------------------------
    def lock_now(self) -> bool:
        """Close the windows that show written words, write what is pending, and drop the
        key and every record from memory but the crisis ones (own numbers and the safety
        plan, unless the person locks them too). False when there was nothing to lock. Raises
        StoreWriteError (still unlocked) when pending entries cannot be written."""
        if not self.enabled or self.keys is None:
            return False
        from footholds.app import lock_now  # the rest of it, loaded only to lock

        return lock_now.lock_now(self)

    def may_open_after_lock(self, name: str) -> bool:
        if name == SAFETY_PLAN:
            return not self.plan_locked()
        return name in OPEN_WHILE_LOCKED

    def unlock_with(self, keys: Keys) -> int:
        """Open the entries again with opened keys; what was sealed meanwhile joins the
        store. How many entries joined."""
        from footholds.core.lock import inbox
        from footholds.core.store import StoreWriteError, storage

        if (self.paths.data_dir / SWITCH).exists():  # a change a kill interrupted
            from footholds.core.lock import switch

            switch.finish(self.paths.data_dir, self.paths.outside_files, keys)
        storage.codec = keys
        self.keys = keys
        self.locked_away = False
        plan_went, self._plan_went = self._plan_went, None
        self.settle()
        from footholds.core.lock.words import open_words

        open_words(self.settings, keys)  # first: a restore finished below brings lists in
        if self.first_open is not None:
            try:
                self.first_open()  # raises StoreCannotOpen or StoreWriteError: still locked
            except BaseException:
                storage.codec = self.settings.codec = self.keys = None
                self.locked_away, self._plan_went = True, plan_went
                raise
            self.first_open = None
        else:
            self.store.unseal()
        joined = 0
        try:
            joined = inbox.join(self.paths.data_dir, self.store, keys)
        except StoreWriteError as exc:  # the sealed files stay for the next unlock
            log.warning("entries written while locked could not join yet: %s", exc.strerror)
        from footholds.app import lock_drafts

        lock_drafts.bring_back(self)
        self._sync_timer()
        log.info("unlocked; %d entries written while locked joined", joined)
        self._close_dialog()  # unlocked elsewhere (`footholds unlock`): the prompt goes too
        self.changed.emit(False)
        self._follow_up()
        return joined

    def _follow_up(self) -> None:
        """Run what waited on the unlock: the acts in the order asked, then the window. One
        that fails is logged and the rest still run: each is something the person asked for."""
        acts, self._must_run = self._must_run, []
        then, self._after_unlock = self._after_unlock, None
        for act in [*acts, then]:
            if act is None:
                continue
            try:
                act()
            except Exception:
                log.exception("what was asked for at the unlock failed")

    def _drop_follow_ups(self) -> None:
        """ "Not now", or an unlock refused: nothing asked for while locked runs."""
        self._must_run = []
        self._after_unlock = None

    def _close_dialog(self) -> None:
        """Put away an unlock dialog still up: the entries are open, nothing is left to ask."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.done(0)  # its finished signal finds no dialog asking: nothing more is done
            dialog.deleteLater()

    def ask(
        self, then: Callable[[], object] | None = None, *, must_run: bool = False
    ) -> UnlockDialog | None:
        """Show the unlock dialog (one at a time); `then` runs once the entries are open
        (at once when they are). A window to open takes the place of one asked for before it
        (only the last opens); `must_run`, an act the person already chose (an Undo), runs
        whatever else is asked after it, once, before the window. "Not now" drops them all."""
        if not self.locked:
            if then is not None:
                then()
            return None
        if then is not None and must_run:
            self._must_run.append(then)
        elif then is not None:
            self._after_unlock = then
        if self.dialog is None:
            from footholds.ui.shell.unlock import UnlockDialog

            self.dialog = UnlockDialog(
                self.header(),
                self.settings,
                header_file=header_path(self.paths.data_dir),
                open_help=lambda: self.windows.show("help-now"),
            )
            self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.keys is not None:
            from footholds.core.store import StoreCannotOpen, StoreWriteError

            waiting = self._after_unlock is not None  # a window, which says it by opening
            try:
                self.unlock_with(dialog.keys)
            except (StoreCannotOpen, StoreWriteError) as exc:
                self._drop_follow_ups()
                self.refused.emit(exc)  # said by the app (build.wire_lock); still locked
            else:
                if not waiting:
                    self.opened.emit()
        else:
            self._drop_follow_ups()  # "Not now": nothing opens, nothing is done

    def header(self) -> Header:
        from footholds.core.lock.keys import Header

        return Header.load(header_path(self.paths.data_dir))

    # -- auto-lock -----------------------------------------------------------------------
    def _sync_timer(self) -> None:
        """Read idle time and the screen lock only while there is something to lock."""
        if self.enabled and self.keys is not None:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def check_away(self) -> bool:
        """Lock when the screen is locked or the person has been away the chosen minutes.
        True when it locked."""
        if self.keys is None or not self.enabled:
            self._sync_timer()
            return False
        if not self.store.is_open:  # the app is shutting down: nothing left to lock
            self.timer.stop()
            return False
        if self.desk is None:
            from footholds.platform.screen.choose import choose_context_sources

            self.desk = choose_context_sources()
        away = self.desk.locked()
        minutes = int(self.settings["lock.idle_minutes"])
        if not away and minutes > 0:
            if self.idle is None:
                from footholds.platform.idle.choose import choose_idle_source

                self.idle = choose_idle_source()
            idle = self.idle.idle_seconds()
            away = idle is not None and idle >= minutes * 60
        if not away:
            return False
        try:
            return self.lock_now()
        except OSError as exc:  # pending entries cannot be written: stay open, keep them
            log.warning("could not lock while away: %s", exc.strerror)
            return False

    # -- turning it on and off, the passphrase (the Settings lock part) ---------------------
    def enable(self, passphrase: str) -> str:
        """Encrypt everything as `footholds lock enable` does; the recovery key's text, to
        be shown once. Raises StoreWriteError (nothing changed) or OSError."""
        from footholds.core.lock import switch
        from footholds.core.lock.keys import create

        self.store.close()  # writes what is pending first; raises when it cannot
        made: Keys | None = None
        try:
            if (self.paths.data_dir / SWITCH).exists():
                switch.finish(self.paths.data_dir, self.paths.outside_files, None)
            header, made, recovery = create(passphrase)
            switch.enable(self.paths.data_dir, header, made, self.paths.outside_files)
        finally:
            self._reopen(made)
        if made is not None and self.enabled:  # the lists in the settings file, sealed too
            from footholds.core.lock.words import open_words

            open_words(self.settings, made)
            self._save_settings()
        self.changed.emit(False)
        return recovery

    def disable(self, passphrase: str) -> int:
        """Decrypt everything as `footholds lock disable` does, after what was sealed joins;
        how many entries joined. Raises WrongKey (nothing changed) or OSError."""
        from footholds.core.lock import inbox, switch

        keys = self.header().open(passphrase)
        if self.keys is None:
            self.unlock_with(keys)
        from footholds.app import lock_drafts

        lock_drafts.move_sealed(self, keys)  # raises OSError first: the lock stays on
        joined = inbox.join(self.paths.data_dir, self.store, keys)
        self.store.close()
        # the lists first: a kill between the two leaves them plain under a lock still on
        # (sealed again at its next unlock), never sealed with a key that is gone
        from footholds.core.lock.words import open_words, plain_words

        plain_words(self.settings)
        self._save_settings()
        try:
            switch.disable(self.paths.data_dir, keys, self.paths.outside_files)
        finally:
            self._reopen(keys)
        if self.enabled:  # the switch failed: the lists are sealed again
            open_words(self.settings, keys)
            self._save_settings()
        self.changed.emit(False)
        return joined

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("settings not saved: %s", exc.strerror)

    def _reopen(self, keys: Keys | None) -> None:
        """Open the store again in whichever form the switch left (it is all or nothing)."""
        from footholds.core.store import storage

        on = self.enabled
        storage.codec = keys if on else None
        self.keys = keys if on else None
        self.locked_away = False
        self.settle()  # turned on: the safety plan readable again, unless it is locked too
        self.store.open()
        self._sync_timer()

    def settle(self) -> None:
        """Keep the safety plan's file readable while the lock is on, or sealed when the person
        locks it too (core/lock/readable.py), and the people they trust with it; run whenever
        the key or that choice changes. The lock off, no copy of the people is kept."""
        from footholds.app import lock_copies

        if not self.enabled:
            lock_copies.forget(self.paths.store_dir)
            return
        if self.keys is None:
            return
        from footholds.core.lock.readable import settle_by

        settle_by(self.paths.store_dir, self.settings, self.keys)

    def change_passphrase(self, current: str, chosen: str) -> None:
        """As `footholds lock change-passphrase`. Raises WrongKey when `current` is wrong."""
        keys = self.header().open(current)
        self.set_passphrase(keys, chosen)

    def new_recovery_key(self, passphrase: str) -> str:
        """As `footholds lock new-recovery-key`: the new key's text, to show now (the old one
        stops working). Raises WrongKey (nothing changed) or OSError (the old key stays)."""
        from footholds.core.lock.keys import new_recovery_key

        keys = self.header().open(passphrase)
        return new_recovery_key(header_path(self.paths.data_dir), keys)

    def set_passphrase(self, keys: Keys, chosen: str) -> None:
        """A new passphrase for opened keys (also after the recovery key opened them)."""
        header = self.header().with_passphrase(keys, chosen)
        header.save(header_path(self.paths.data_dir))
