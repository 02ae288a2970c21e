"""Where Footholds keeps its files. Computed from the environment when asked, never at import."""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from footholds.core import errors
from footholds.core.digest import sha256_hex
from footholds.core.errors import Explained

HOME_ENV = "FOOTHOLDS_HOME"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Paths:
    """Every folder and file name Footholds uses, from one root decision."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    # The session's private runtime folder ($XDG_RUNTIME_DIR); None with FOOTHOLDS_HOME, which
    # keeps every file under its own folder. The instance socket goes here (socket_place.py).
    runtime_dir: Path | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Paths:
        """Use FOOTHOLDS_HOME when it is set, otherwise the platform's usual folders."""
        env = os.environ if env is None else env
        home = env.get(HOME_ENV, "").strip()
        if home:
            root = Path(home).expanduser().resolve()
            return cls(config_dir=root / "config", data_dir=root / "data", log_dir=root / "logs")
        runtime = env.get("XDG_RUNTIME_DIR", "").strip()
        return cls(
            config_dir=Path(platformdirs.user_config_dir("footholds", appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir("footholds", appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir("footholds", appauthor=False)),
            runtime_dir=Path(runtime) if runtime and os.name == "posix" else None,
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def store_dir(self) -> Path:
        return self.data_dir / "store"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def aside_dir(self) -> Path:
        """Damaged files are moved here, never deleted."""
        return self.data_dir / "set-aside"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "footholds.log"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "footholds.lock"

    @property
    def unsaved_files(self) -> tuple[Path, ...]:
        """Where entries the store could not save wait for the next start, in the order tried:
        the state folder, the config folder, then the runtime folder (memory-backed, so it
        still works on a full disk, but cleared at logout). None of them is the data folder,
        which is the one that failed. Under FOOTHOLDS_HOME, a state folder inside it, then its
        config folder: nothing outside the home."""
        name = "unsaved-entries.json"
        root = self.data_dir.parent
        if self.config_dir == root / "config" and self.data_dir == root / "data":
            return (root / "state" / name, self.config_dir / name)  # the FOOTHOLDS_HOME layout
        state = Path(platformdirs.user_state_dir("footholds", appauthor=False))
        places = [state / name]
        if self.config_dir != state:
            places.append(self.config_dir / name)
        runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
        if runtime and os.path.isabs(runtime):
            places.append(Path(runtime) / "footholds" / name)
        return tuple(places)

    @property
    def drafts_file(self) -> Path:
        """Words a window held unsaved when Footholds closed (core/drafts.py): beside the first
        unsaved-entries file, in the state folder."""
        return self.unsaved_files[0].with_name("drafts.json")

    @property
    def sealed_drafts_dir(self) -> Path:
        """Words typed while the lock was closed, kept at that close sealed to the lock's
        public key (core/drafts.py seal_away), one file each, until an unlock opens them."""
        return self.drafts_file.with_name("drafts-sealed")

    @property
    def outside_files(self) -> tuple[Path, ...]:
        """Files kept outside the data folder that the lock seals and opens with the store
        (core/lock/switch.py): the unsaved-entries files and the drafts."""
        return (*self.unsaved_files, self.drafts_file)

    @property
    def socket_name(self) -> str:
        """A per-user, per-data-folder name for the single-instance socket: the pipe's name
        on Windows, the file name in a private folder elsewhere (see socket_place.py)."""
        key = f"{_user()}:{self.data_dir}".encode()
        return "footholds-" + sha256_hex(key)[:16]

    def own_folders(self) -> tuple[Path, ...]:
        """The folders that hold Footholds' own files: entries, backups, settings, logs and
        entries waiting to be saved. A file someone writes there could replace one of them."""
        folders = [self.config_dir, self.data_dir, self.log_dir]
        folders += [place.parent for place in self.unsaved_files]
        return tuple(dict.fromkeys(folders))

    def check_outside(self, target: Path, *, backup: bool = False) -> None:
        """Refuse a file the person asked for (an export, a summary, a backup with -o) that
        would land in one of own_folders(): written over the store, the settings or a backup,
        it would replace what Footholds keeps, and entries would be lost. A `backup` may go
        into the backups folder itself, where backups belong, as long as it replaces none.
        Raises OwnFolder before anything is written. Symlinks and '..' are followed first, as
        writing would follow them."""
        real = Path(os.path.realpath(target))
        if backup and _same_folder(real.parent, Path(os.path.realpath(self.backup_dir))):
            if os.path.lexists(real):
                raise errors.error(OwnFolder, "write.own_backup", file=real)
            return
        for folder in self.own_folders():
            inside = Path(os.path.realpath(folder))
            if any(_same_folder(place, inside) for place in (real, *real.parents)):
                raise errors.error(OwnFolder, "write.own_folder", folder=folder)

    def ensure(self) -> None:
        """Create the folders, readable by their owner only."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            make_private_dir(folder)


def _same_folder(place: Path, folder: Path) -> bool:
    """Whether `place` is `folder`, as the disk sees it. realpath keeps the letter case that
    was typed, and macOS and Windows disks ignore case, so ".../Footholds/store" is the
    store when the folder is ".../footholds": compare case-folded names there. A folder that
    exists on both sides is also compared by device and inode, which catches what names
    cannot (a case-insensitive folder on Linux, a second mount of the same disk)."""
    if _name_key(place) == _name_key(folder):
        return True
    try:
        return os.path.samestat(os.stat(place), os.stat(folder))
    except (OSError, ValueError):
        return False  # one of them is not there (yet): nothing there to replace


def _name_key(path: Path) -> str:
    name = os.path.normcase(str(path))
    if sys.platform in ("darwin", "win32"):
        name = name.casefold()
    return name


class OwnFolder(Explained, OSError):
    """A file the person asked for would replace one of Footholds' own (Paths.check_outside).
    An OSError, so every place that says a write failed says this too; str() is the sentence."""

    def __init__(self, sentence: str) -> None:
        super().__init__(errno.EEXIST, sentence)

    def __str__(self) -> str:
        return self.strerror or ""


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) and make it 0700. A folder that is already there and
    ours but whose mode cannot change (a read-only disk) is used as it is, and the log says
    so: refusing it would stop Footholds, and with it Get help now, for a mode bit.
    Missing folders above it (a new FOOTHOLDS_HOME) are made 0700 too; those already there
    are the person's, and left as they are."""
    _make_missing(folder.parent)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        return
    info = folder.stat()
    if stat.S_IMODE(info.st_mode) == 0o700:
        return  # nothing to change, so nothing to write
    try:
        os.chmod(folder, 0o700)
    except OSError as exc:
        if info.st_uid != os.getuid() or exc.errno not in (errno.EROFS, errno.EPERM):
            raise
        log.warning(
            "%s stays mode %o, as it cannot be changed: %s",
            folder,
            stat.S_IMODE(info.st_mode),
            exc.strerror,
        )


def _user() -> str:
    # getpass.getuser's own first answer, without importing getpass (and termios with it)
    # into the running app: the environment's names, in its order
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if user := os.environ.get(name):
            return user
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _make_missing(folder: Path) -> None:
    """Make `folder` and its missing parents, each 0700, as the XDG base directory rules ask;
    mkdir(parents=True) made them 0755, so a FOOTHOLDS_HOME made here showed what it holds
    to every user. Only folders made here are changed."""
    missing: list[Path] = []
    while not os.path.lexists(folder) and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        try:
            made.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs
        if os.name == "posix":
            os.chmod(made, 0o700)  # whatever the umask took away, the owner can use it
