"""Helpers shared by test layers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from footholds.core.store.backups import Backups

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop"
# The desktop session's display, remembered before conftest forces offscreen drawing.
DESKTOP_ENV = {
    k: os.environ[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS") if os.environ.get(k)
}


def present(value: T | None) -> T:
    """`value`, which the test expects to be there: fails plainly on None, and tells the type
    checker the None case is gone (for calls that may return nothing)."""
    assert value is not None
    return value


def child_env(**extra: str) -> dict[str, str]:
    """Environment for a child Python that imports this checkout's footholds."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def run_child_pytest(checks: Path, env: dict[str, str], timeout: float = 300) -> None:
    """Run the checks in `checks` in a child pytest with `env` (a screen or platform Qt must
    have from the start); fails with the child's output unless every check passed."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            str(checks),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    tail = (result.stdout + result.stderr)[-4000:]
    assert result.returncode == 0, tail
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1], tail


class Killed(BaseException):
    """A kill -9 or a power cut, as far as the code it stops can tell: nothing after it runs,
    no handler cleans up (every `except OSError` and `except Exception` lets it through)."""


def restore_killed(backups: Backups, source: Path, at: str) -> None:
    """Leave on disk what a restore of `source` leaves when killed `at` "writing" (its
    staging copy half-written), "switch" (the copy complete, the store not yet moved) or
    "between" (the store moved aside, the copy not yet in its place)."""
    from footholds.core.store import backups as module

    _, contents = module._read_backup(source)
    safety = backups.create(module.BEFORE_RESTORE)
    replace, write = os.replace, module.write_atomic
    written: list[Path] = []

    def writing(path: Path, data: bytes) -> None:
        if at == "writing" and written:
            raise Killed()
        written.append(path)
        write(path, data)

    def switching(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if at == "switch" and Path(src) == backups.store_dir:
            raise Killed()
        if at == "between" and Path(src) == backups.staging:
            raise Killed()
        replace(src, dst)

    # setattr: the stand-ins take fewer arguments than what they replace, for a moment
    setattr(module, "write_atomic", writing)  # noqa: B010
    setattr(module.os, "replace", switching)  # noqa: B010
    try:
        backups._switch_to(contents, backups.staging, safety)
    except Killed:
        return
    finally:
        setattr(module, "write_atomic", write)  # noqa: B010
        setattr(module.os, "replace", replace)  # noqa: B010
    raise AssertionError(f"the restore was not stopped at {at}")
