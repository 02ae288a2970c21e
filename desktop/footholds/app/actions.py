"""Named user actions: what a button in a window and a `footholds ...` command both do.

Each takes what it needs and returns (done, a sentence to show). The socket's command table
(handlers.py) and the windows (through the context's `actions`) call the same functions, so
a restore from Settings and `footholds restore` can never drift apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from footholds.core.paths import OwnFolder
from footholds.core.store import StoreWriteError
from footholds.core.store.backup_check import BadBackup
from footholds.core.store.backups import RestoreStranded

if TYPE_CHECKING:
    from footholds.app.context import AppContext
    from footholds.core.importers import ImportPlan

Result = tuple[bool, str]


class Actions:
    """The actions bound to one running app's context."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def back_up(self, target: Path | None = None) -> Result:
        """Write a backup now, to `target` or the backups folder."""
        ctx = self.ctx
        try:
            if target is not None:  # never over the store, the settings or another backup
                ctx.paths.check_outside(target, backup=True)
            ctx.store.retry_pending()
            made = ctx.backups.create("manual", target)
        except OwnFolder as exc:
            return False, str(exc)
        except OSError as exc:
            return False, f"The backup could not be written: {exc.strerror}."
        return True, f"Backup written to {made}"

    def restore(self, source: Path, say: Callable[[Exception], str] | None = None) -> Result:
        """Replace the store with a backup, keeping what was there in the backups folder.
        `say` words a failure in the interface language (the window passes one); without
        it the command line's English is used."""
        ctx = self.ctx
        from footholds.core.import_pace import RUNNING

        if RUNNING:  # a window imports: the store is never closed under it
            return False, "Footholds is importing a file just now; nothing was changed."
        try:
            from footholds.core.store.backup_check import check_backup

            check_backup(source)
            ctx.store.close()
            try:
                safety = ctx.backups.restore(source, ctx.settings)  # its lists come back
            finally:
                ctx.store.open()
        except BadBackup as exc:
            return False, say(exc) if say is not None else str(exc)
        except RestoreStranded as exc:  # the store opened empty: every window shows that
            self._all_changed()
            return False, say(exc) if say is not None else str(exc)
        except OSError as exc:
            if say is not None:
                return False, say(exc)
            return False, f"Restoring failed and nothing was changed: {exc.strerror}."
        self._all_changed()
        return True, f"Restored. Your data from before is kept in {safety}"

    def _all_changed(self) -> None:
        ctx = self.ctx
        for model in ctx.store.kinds():
            ctx.signals.store_changed.emit(model.KIND)

    def apply_import(
        self,
        plan: ImportPlan,
        progress: Callable[[int, float], None] | None = None,
        say: Callable[[Exception], str] | None = None,
        summarize: Callable[[ImportPlan], str] | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Result:
        """Add a confirmed import's records, telling windows once per kind rather than once
        per record (an import may hold thousands). `say` words a failure in the interface
        language (the window passes one, and `summarize` to say what was added, or what was
        kept when `stop` stopped it part-way); without them the command line's English is
        used."""
        from footholds.core import importers

        summarize = summarize or (
            lambda done: importers.summary(
                done.added, lists=done.words_added, earlier=done.earlier.total()
            )
        )
        ctx = self.ctx
        # windows are told once per kind at the end; what another window saves while the
        # import lets it (between two steps) is told at once (CoreSignals.meanwhile)
        with ctx.signals.holding():
            try:
                importers.apply(
                    ctx.store, plan, progress=progress, settings=ctx.settings, stop=stop
                )
                result = not plan.stopped, summarize(plan)
            except importers.ImportFailed as exc:
                result = False, say(exc) if say else f"{exc} Nothing was changed."
            except StoreWriteError as exc:
                if say is None:  # the command line: the words every writing command uses
                    from footholds.core.unsaved_words import import_refused, in_app

                    result = in_app(import_refused(exc, plan.added))
                else:  # the window says how many came in and are kept (import_words)
                    result = False, say(exc)
        return result
