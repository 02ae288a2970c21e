"""glibc's mmap threshold stays put, so big freed blocks keep being handed back whole."""

from __future__ import annotations

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


def _own_mapping_after_a_big_free(mode: str) -> bool:
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": source, "PATH": "/usr/bin:/bin"},
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


def test_mallopt_is_asked_for_the_threshold_at_128_kb(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(memory, "_mallopt", [lambda p, v: calls.append((p, v)) or 1])
    assert memory.steady_heap() is True
    assert calls == [(-3, 128 * 1024)]
