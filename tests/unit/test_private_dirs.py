"""Footholds' folders are made 0700; one already there whose mode cannot change (a read-only
disk) is used as it is, with a line in the log, rather than stopping the app."""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

import pytest

from footholds.core import paths as paths_module
from footholds.core.paths import Paths, make_private_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a Unix idea")


def _chmod_fails(monkeypatch: pytest.MonkeyPatch, number: int) -> list[Path]:
    tried: list[Path] = []

    def chmod(path: Path, _mode: int) -> None:
        tried.append(Path(path))
        raise OSError(number, os.strerror(number), str(path))

    monkeypatch.setattr(paths_module.os, "chmod", chmod)
    return tried


def test_a_new_folder_is_the_owners_only(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    make_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_folder_already_private_is_not_written_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    tried = _chmod_fails(monkeypatch, errno.EROFS)
    make_private_dir(folder)
    assert tried == []


def test_a_folder_whose_mode_cannot_change_is_used_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    os.chmod(folder, 0o755)
    tried = _chmod_fails(monkeypatch, errno.EROFS)
    with caplog.at_level(logging.WARNING, logger="footholds.core.paths"):
        make_private_dir(folder)
    assert tried == [folder]
    assert "stays mode 755" in caplog.text


def test_other_failures_still_stop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    os.chmod(folder, 0o755)
    _chmod_fails(monkeypatch, errno.EIO)
    with pytest.raises(OSError):
        make_private_dir(folder)


def test_a_footholds_home_made_here_is_the_owners_only(tmp_path: Path) -> None:
    home = tmp_path / "new" / "home"
    old_umask = os.umask(0o022)  # a typical umask: mkdir(parents=True) made these 0755
    try:
        Paths.from_env({"FOOTHOLDS_HOME": str(home)}).ensure()
    finally:
        os.umask(old_umask)
    for folder in (tmp_path / "new", home, home / "config", home / "data", home / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_footholds_home_the_person_made_keeps_its_mode(tmp_path: Path) -> None:
    home = tmp_path / "mine"
    home.mkdir()
    os.chmod(home, 0o750)
    Paths.from_env({"FOOTHOLDS_HOME": str(home)}).ensure()
    assert stat.S_IMODE(home.stat().st_mode) == 0o750
    assert stat.S_IMODE((home / "data").stat().st_mode) == 0o700
