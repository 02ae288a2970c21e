"""Loading one store file into a working part: read (through an upgrade in memory when the file
is older), recover it when damaged, name it when it is not a file at all, and look again in the
backups for a file whose recovery could not read them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from footholds.core.errors import Notice, said
from footholds.core.store import migrations, storage
from footholds.core.store.recovery import WAITING, PartFinder, Waiting, recover, retry
from footholds.core.store.recovery_words import describe
from footholds.core.store.storage import DamagedFile, NotAFile, Part, file_schema, read_file


class Loader:
    """Turns store files into parts for one open store. With `writable` False nothing at all
    is written: damaged files are recovered in memory and left where they are."""

    def __init__(
        self,
        folder: Path,
        aside_dir: Path,
        *,
        find_in_backups: PartFinder | None,
        durable: bool,
        writable: bool,
        tell: Callable[[str], None],
    ) -> None:
        self.folder, self.aside_dir = folder, aside_dir
        self.find_in_backups, self.durable, self.writable = find_in_backups, durable, writable
        self.tell = tell
        self.waiting = Waiting(aside_dir / WAITING, writable=writable)
        self.not_files: set[Path] = set()  # told once each

    def load(self, path: Path, kind: str) -> Part:
        """The part for one file. Raises OSError when it cannot be read (or set aside), and
        migrations.MigrationFailed when an older file cannot be read through its upgrade."""
        try:
            data = self.read(path, kind)
            part = Part(path, kind, durable=self.durable, writable=self.writable, data=data)
        except DamagedFile as damage:
            return recover(
                damage,
                kind,
                folder=self.folder,
                aside_dir=self.aside_dir,
                find_in_backups=self.find_in_backups,
                durable=self.durable,
                tell=self.tell,
                writable=self.writable,
                waiting=self.waiting,
            )
        except NotAFile as exc:
            return self._not_a_file(exc, kind)
        return self._look_again(part)

    def read(self, path: Path, kind: str) -> dict[str, Any] | None:
        """One file's content, brought to the current schema in memory when it is older (only a
        store opened for reading holds such files: open() upgrades the others on disk)."""
        data = read_file(path, kind)
        own = file_schema(data) if data is not None else None
        if data is None or own is None or own >= storage.SCHEMA_VERSION:
            return data
        docs = migrations.upgraded(kind, data.get(kind, {}), own, storage.SCHEMA_VERSION)
        return {**data, kind: docs}

    def _not_a_file(self, exc: NotAFile, kind: str) -> Part:
        """A folder (or device) where a file of entries belongs: say which, touch nothing, and
        go on with an empty part (a save there fails plainly and is kept in memory)."""
        if exc.path not in self.not_files:
            self.not_files.add(exc.path)
            relative = exc.path.relative_to(self.folder).as_posix()
            self.tell(Notice(said("store.not_a_file", file=describe(relative), reason=exc.said)))
        return Part(exc.path, kind, durable=self.durable, writable=self.writable, data=None)

    def _look_again(self, part: Part) -> Part:
        """A file whose recovery found the backups unreadable: try them again."""
        relative = part.path.relative_to(self.folder).as_posix()
        if relative not in self.waiting.files:
            return part
        part, done = retry(
            part,
            relative,
            self.waiting.files[relative],
            find_in_backups=self.find_in_backups,
            durable=self.durable,
            writable=self.writable,
            tell=self.tell,
        )
        if done:
            self.waiting.drop(relative)
        return part
