"""PySide's check of each imported module, made without keeping the module's source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from footholds.platform.pyside_imports import uses_pyside


def module_at(path: Path) -> ModuleType:
    module = ModuleType(path.stem)
    module.__file__ = str(path)
    return module


def test_uses_pyside_answers_as_pysides_own_check(tmp_path: Path) -> None:
    qt = tmp_path / "with_qt.py"
    qt.write_text("from PySide6.QtCore import QTimer\n")
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n")
    assert uses_pyside(module_at(qt))
    assert not uses_pyside(module_at(plain))
    assert not uses_pyside(module_at(tmp_path / "gone.py"))  # no source: no
    assert not uses_pyside(ModuleType("built_in"))  # no __file__
    assert not uses_pyside(module_at(tmp_path / "compiled.so"))


def test_modules_imported_after_lighten_leave_no_source_in_linecache(tmp_path: Path) -> None:
    (tmp_path / "late_module.py").write_text("VALUE = 'PySide6 is named here'\n")
    code = (
        "import linecache, sys\n"
        "from footholds.platform import pyside_imports\n"
        "assert pyside_imports.lighten()\n"
        "import late_module\n"
        "print(sorted(f for f in linecache.cache if f.endswith('late_module.py')))\n"
    )
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join([source, str(tmp_path)])
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[]"


def test_lighten_drops_the_sources_pysides_own_check_read_before_it() -> None:
    code = (
        "import linecache\n"
        "import PySide6.QtCore\n"
        "read = sorted(linecache.cache)\n"
        "from footholds.platform import pyside_imports\n"
        "assert pyside_imports.lighten()\n"
        "print(len(read), len(linecache.cache))\n"
    )
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": source}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    read, kept = map(int, out.stdout.split())
    assert read > 0  # PySide's check read its own files as PySide6 was imported
    assert kept == 0
