"""The installed Qt binding does not have bugs that would take the running app down."""

from __future__ import annotations

import subprocess
import sys

from support import child_env

EMITS = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(str, object)
source = Source()
source.changed.connect(lambda name, value: None)
for _ in range(20_000):  # a few weeks of reminders, settings and saves
    source.changed.emit("general.theme", False)
print("still here")
"""


def test_emitting_signals_many_times_keeps_the_process_alive() -> None:
    # PySide6 6.12.0 returns True from emit() without taking a reference: every emit from
    # Python costs True one reference until the interpreter aborts (pyproject excludes it).
    result = subprocess.run(
        [sys.executable, "-c", EMITS], capture_output=True, text=True, env=child_env(), timeout=120
    )
    assert result.returncode == 0, "Qt binding aborts after many emits:\n" + result.stderr[-400:]
    assert result.stdout.strip() == "still here"
