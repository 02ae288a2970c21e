"""The whole package type-checks under mypy --strict ([tool.mypy] in pyproject.toml), and the
tests type-check too, at the level LEVEL states for each test layer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The tests are checked one layer at a time, with the folders pytest puts on the path (its
# `pythonpath` "tests" and, in the default prepend import mode, the test file's own folder).
# So `support`, `reminder_support` or `test_unlock` mean the files pytest imports, and the
# three conftest.py files, all the module "conftest" at run time, never meet in one run.
# A test importing `tests.gui.x` instead of `x` shows here as one file under two names.
LAYERS = {
    "unit": ["tests/unit", *sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("tests/*.py"))],
    "gui": ["tests/gui"],
    "desktop": ["tests/desktop"],
    "bench": ["tests/bench"],
}
# The level, the same for every layer: [tool.mypy]'s strict, less two checks the tests skip
# on purpose: they patch a module's own imports where it uses them (monkeypatch.setattr(
# atomic.os, ...)), and fakes record a call and answer in one lambda (`lambda *a:
# asked.append(a) or True`). And pytest-qt leaves QtBot's key and mouse helpers unannotated
# (keyClick and the rest hand their arguments on to QTest), so calls to them are let through.
STRICT_BUT = [
    "--implicit-reexport",
    "--disable-error-code=func-returns-value",
    "--untyped-calls-exclude=pytestqt.qtbot",
]
LEVEL = {
    "unit": STRICT_BUT,
    "desktop": STRICT_BUT,
    "bench": STRICT_BUT,
    "gui": STRICT_BUT,
}


def mypy(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]
    assert "Success" in out.stdout


@pytest.mark.slow
def test_the_package_is_strictly_typed(tmp_path: Path) -> None:
    mypy(tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("layer", LAYERS)
def test_the_tests_type_check(tmp_path_factory: pytest.TempPathFactory, layer: str) -> None:
    cache = tmp_path_factory.getbasetemp() / "mypy-tests"  # shared: the package is checked once
    env = dict(os.environ, MYPYPATH=os.pathsep.join(["tests", f"tests/{layer}"]))
    # silent: modules outside the layer (the package, tests/*.py) are read for their types;
    # their own errors belong to their own run
    flags = ["--explicit-package-bases", "--follow-imports=silent", *LEVEL[layer]]
    mypy(cache, *flags, *LAYERS[layer], env=env)
