"""Shared test set-up: every test gets its own FOOTHOLDS_HOME, so nothing touches real data.

The pytest process itself always draws offscreen. When the shared desktop session is
running, its DISPLAY is remembered here so desktop tests can start the real app in it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests judge what the code does, not how fast: with a worker on every core (and CI
# busy besides), one slow example must not fail a run (Hypothesis' 200 ms deadline did).
settings.register_profile("footholds", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("footholds")

DESKTOP_ENV = {
    k: os.environ[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS") if os.environ.get(k)
}
# A child pytest that must talk to the X desktop itself sets FOOTHOLDS_TEST_QPA=xcb.
os.environ["QT_QPA_PLATFORM"] = os.environ.get("FOOTHOLDS_TEST_QPA", "offscreen")


@pytest.fixture(autouse=True)
def footholds_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FOOTHOLDS_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def plain_kinds_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which kinds stay readable under the lock is process-wide (core/lock/readable.py): what
    one test set must not reach the next."""
    from footholds.core.store import storage

    monkeypatch.setattr(storage, "plain_kinds", frozenset())
