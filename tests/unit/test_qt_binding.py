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


VOID_CALLS = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(["probe", "-platform", "offscreen"])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(3000):
    label.setText("a")
    label.setMinimumWidth(5)
print(before - sys.getrefcount(None))
"""


def test_void_qt_calls_keep_none_alive() -> None:
    # 6.12.0 also drops a reference to None on every void call (about 6,000 here).
    result = subprocess.run(
        [sys.executable, "-c", VOID_CALLS],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-1000:]
    assert abs(int(result.stdout.strip())) < 100
