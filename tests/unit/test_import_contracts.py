"""The layering holds: import-linter checks the contracts in pyproject.toml
([tool.importlinter]): core imports no Qt, ui, platform, app or cli; ui imports no app or
cli; cli imports no ui; app imports no cli but the hand-over it runs; ui/common knows no
feature; a feature uses another only through the names its package exports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root / "desktop")}
    return subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_every_import_contract_is_kept() -> None:
    out = lint(ROOT)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "0 broken" in out.stdout


def test_a_core_module_importing_qt_is_caught(tmp_path: Path) -> None:
    # The contracts really bite: a copy of the package with one bad import is refused.
    import shutil

    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bad = tmp_path / "desktop" / "footholds" / "core" / "days.py"
    bad.write_text(bad.read_text() + "\nfrom PySide6.QtCore import QDate  # noqa\n")
    out = lint(tmp_path)
    assert out.returncode != 0
    assert "core imports no Qt" in out.stdout and "BROKEN" in out.stdout


def test_a_feature_reaching_into_another_features_module_is_caught(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bad = tmp_path / "desktop" / "footholds" / "ui" / "today" / "goals.py"
    reach = "from footholds.ui.help.crisis_lines import CrisisLines  # noqa"
    bad.write_text(f"{bad.read_text()}\n{reach}\n")
    out = lint(tmp_path)
    assert out.returncode != 0
    assert "ui.today uses other features only through their public names" in out.stdout
    assert "BROKEN" in out.stdout


def test_the_app_reaching_into_the_command_line_is_caught(tmp_path: Path) -> None:
    # The app takes only the hand-over it runs from cli/; the words both say are core's.
    import shutil

    shutil.copytree(ROOT / "desktop", tmp_path / "desktop", ignore=shutil.ignore_patterns("*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bad = tmp_path / "desktop" / "footholds" / "app" / "actions.py"
    bad.write_text(f"{bad.read_text()}\nfrom footholds.cli.kept import answer  # noqa\n")
    out = lint(tmp_path)
    assert out.returncode != 0
    assert "app imports no cli but the hand-over it runs" in out.stdout and "BROKEN" in out.stdout
