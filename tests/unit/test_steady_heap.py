"""glibc's mmap threshold stays put, so big freed blocks keep being handed back whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.platform import memory

# Frees a 4 MB block, then asks for a 1 MB one (more than the heap keeps free at its top) and
# prints whether glibc gave it its own mapping: the IS_MMAPPED bit of the chunk's size word,
# just before the block.
PROBE = """
import ctypes, sys
from footholds.platform import memory
if sys.argv[1] == "steady":
    assert memory.steady_heap()
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
libc.free(libc.malloc(4 << 20))
block = libc.malloc(1 << 20)
print(bool(ctypes.c_size_t.from_address(block - ctypes.sizeof(ctypes.c_size_t)).value & 2))
"""


# glibc's own settings from the environment would decide the outcome instead of the code
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith(("GLIBC_", "MALLOC_"))}


def _own_mapping_after_a_big_free(mode: str) -> bool:
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        capture_output=True,
        text=True,
        check=True,
        env={**CLEAN_ENV, "PYTHONPATH": source},
    )
    return out.stdout.strip() == "True"


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or memory.malloc_trim() is None,
    reason="glibc's mallopt is what is tested; other C libraries have no such threshold",
)
def test_a_big_freed_block_no_longer_moves_the_threshold() -> None:
    assert not _own_mapping_after_a_big_free("default")  # glibc raised it to 4 MB
    assert _own_mapping_after_a_big_free("steady")


def test_without_mallopt_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_mallopt", [None])
    assert memory.steady_heap() is False


def test_mallopt_is_asked_for_both_thresholds_at_128_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(memory, "_mallopt", [lambda p, v: calls.append((p, v)) or 1])
    assert memory.steady_heap() is True
    assert calls == [(-3, 128 * 1024), (-1, 128 * 1024)]  # M_MMAP_THRESHOLD, M_TRIM_THRESHOLD


def test_a_refused_threshold_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_mallopt", [lambda p, v: 0 if p == -1 else 1])
    assert memory.steady_heap() is False


def test_starting_the_app_steadies_the_heap_before_qt_is_imported(tmp_path: Path) -> None:
    """Qt's own imports free big blocks, which raise the thresholds: the call comes first."""
    code = f"""
import sys
from footholds.cli import commands
from footholds.core.paths import Paths
from footholds.platform import memory, pyside_imports
seen = []
memory.steady_heap = lambda: seen.append("PySide6" in sys.modules) or True
def stop():
    raise SystemExit(0 if seen == [False] else 3)
pyside_imports.lighten = stop  # the next step of the start: stop there
commands.start(Paths.from_env({{"FOOTHOLDS_HOME": {str(tmp_path)!r}}}))
sys.exit(4)
"""
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**CLEAN_ENV, "PYTHONPATH": source},
    )
    assert done.returncode == 0, done.stderr[-2000:]
