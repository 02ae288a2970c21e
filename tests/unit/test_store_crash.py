"""Crash safety with real SIGKILLs: every entry whose save returned is there after a kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import footholds
from footholds.core.store import LogEntry, Proof, Store

CHILD = Path(__file__).with_name("store_crash_child.py")
KILLS = 220
# the child imports the very footholds package this test imported
SOURCE_ROOT = Path(footholds.__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]


def run_and_kill(
    store_dir: Path, aside: Path, seed: int, rng: random.Random
) -> dict[str, set[str]]:
    """Start the child, let it write for 0..30 ms, SIGKILL it; returns the acknowledged ids."""
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(SOURCE_ROOT), os.environ.get("PYTHONPATH")])),
    )
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(store_dir), str(aside), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    if first != b"ready\n":
        child.kill()
        raise AssertionError(f"the child did not start: {first!r} {child.stderr.read()!r}")
    time.sleep(rng.uniform(0, 0.030))
    child.send_signal(signal.SIGKILL)
    rest, errors = child.communicate()
    assert child.returncode == -signal.SIGKILL, errors.decode(errors="replace")
    acked: dict[str, set[str]] = {"log": set(), "proof": set()}
    for line in rest.split(b"\n")[:-1]:  # a cut-off last line was never fully acknowledged
        kind, _, record_id = line.decode().partition(" ")
        acked[kind].add(record_id)
    return acked


def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path) -> None:
    store_dir, aside = tmp_path / "store", tmp_path / "aside"
    rng = random.Random(20260314)
    saved: dict[str, set[str]] = {"log": set(), "proof": set()}
    killed_while_writing = 0
    started = time.monotonic()
    for cycle in range(KILLS):
        acked = run_and_kill(store_dir, aside, cycle, rng)
        for kind in saved:
            saved[kind] |= acked[kind]
        killed_while_writing += bool(acked["log"] or acked["proof"])

        store = Store(store_dir, aside_dir=aside)
        store.open()
        logs = {e.id for e in store.iter_records(LogEntry)}
        proofs = {p.id for p in store.all(Proof)}
        assert store.notices == [], f"cycle {cycle}: {store.notices}"
        assert not aside.exists(), f"cycle {cycle}: a file was set aside"
        missing = (saved["log"] - logs) | (saved["proof"] - proofs)
        assert not missing, f"cycle {cycle}: acknowledged entries lost: {sorted(missing)[:5]}"
        store.close()

    total = len(saved["log"]) + len(saved["proof"])
    elapsed = time.monotonic() - started
    # a kill inside write_atomic leaves its temporary file behind (never read by the store)
    interrupted = len(list(store_dir.rglob(".*.tmp")))
    print(f"{KILLS} kills, {interrupted} mid-write, {total} acknowledged entries, {elapsed:.1f} s")
    assert interrupted >= 5
    # The kills must have landed while entries were being written, not only before. The
    # bounds are loose: on a busy machine the child gets fewer writes done per kill.
    assert killed_while_writing >= KILLS // 3
    assert total >= KILLS and len(saved["proof"]) >= total // 10
    assert len(list((store_dir / "log").glob("*.json"))) >= 6
