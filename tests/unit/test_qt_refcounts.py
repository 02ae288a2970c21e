"""Guards against a PySide6 build that leaks references to None (6.12.0 on Python 3.11).

Such a build makes the app abort after a few thousand Qt calls; pyproject.toml excludes it.
"""

from __future__ import annotations

import subprocess
import sys

from support import child_env

PROBE = """
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
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=child_env(), timeout=120
    )
    assert out.returncode == 0, out.stderr[-1000:]
    assert abs(int(out.stdout.strip())) < 100  # a leaking build loses about 6,000 here
