"""A command speaks to the person in its own sentences: what its code logs on the way (the
store failing to keep unsaved entries, say) goes to the app's log file, or nowhere, and never
onto the terminal beside them."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.app import logsetup
from footholds.cli.quiet_log import CommandLineHandler, keep_off_terminal
from footholds.core.paths import Paths
from support import child_env

# every write through core/atomic fails as on a full disk: the store's, and its spare copy's
RUN = """
import errno, json, os, sys, types
from footholds.core import atomic

class Full(types.ModuleType):
    def __getattr__(self, name):
        if name != "write":
            return getattr(os, name)
        def write(*_a, **_k):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return write

atomic.os = Full("os")
from footholds.cli import main as cli
sys.exit(cli.main(json.loads(sys.argv[1])))
"""


def run(home: Path, *args: str, full: bool = True) -> subprocess.CompletedProcess[str]:
    command = ["-c", RUN, json.dumps(list(args))] if full else ["-m", "footholds", *args]
    return subprocess.run(
        [sys.executable, *command],
        capture_output=True,
        text=True,
        env=child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_a_full_disk_is_told_in_one_sentence_and_logged_to_the_file(tmp_path: Path) -> None:
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)})
    paths.log_dir.mkdir(parents=True)
    paths.log_file.touch()  # the app ran once: its log is there to add to
    assert run(tmp_path, "log", "before it filled up", full=False).returncode == 0
    result = run(tmp_path, "log", "x")
    assert result.returncode == 1
    assert result.stderr == "footholds: Nothing was saved, because the disk is full.\n"
    logged = paths.log_file.read_text(encoding="utf-8")
    assert "unsaved entries could not be kept anywhere" in logged


def test_without_a_log_file_the_log_lines_go_nowhere(tmp_path: Path) -> None:
    assert run(tmp_path, "log", "before it filled up", full=False).returncode == 0
    result = run(tmp_path, "log", "x")
    assert result.stderr == "footholds: Nothing was saved, because the disk is full.\n"
    assert not Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)}).log_file.exists()


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield root
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()


def test_the_app_started_by_a_command_logs_for_itself(
    tmp_path: Path, clean_root: logging.Logger
) -> None:
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(tmp_path)})
    keep_off_terminal(paths)
    keep_off_terminal(paths)  # once, however often
    assert sum(isinstance(h, CommandLineHandler) for h in clean_root.handlers) == 1
    logsetup.configure(paths)
    assert not any(isinstance(h, CommandLineHandler) for h in clean_root.handlers)
