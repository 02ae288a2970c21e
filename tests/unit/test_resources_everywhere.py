"""Shipped resources load from a plain checkout, the installed package and a built wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from footholds.core.content import load_pack
from support import ROOT, SOURCE

PROBE = (
    "import sys; sys.path.insert(0, sys.argv[1]);"
    "from footholds.core.content import load_pack;"
    "import footholds.core.resource_files as r;"
    "print(len(load_pack('affirmations')), r.root())"
)


def test_from_this_environment() -> None:
    assert len(load_pack("affirmations")) >= 40


def test_from_a_plain_checkout_without_installing() -> None:
    # -S: no site-packages, so no installed or editable footholds can answer instead.
    out = subprocess.run(
        [sys.executable, "-S", "-c", PROBE, str(SOURCE)], capture_output=True, text=True, check=True
    )
    count, root = out.stdout.split(maxsplit=1)
    assert int(count) >= 40
    assert Path(root.strip()) == ROOT / "resources"


@pytest.mark.slow
def test_from_an_installed_wheel(tmp_path: Path) -> None:
    pytest.importorskip("setuptools", minversion="77")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("footholds-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "footholds/resources/crisis/lines.json" in names
    assert "footholds/resources/content/es/movements.json" in names
    assert "footholds/resources/crisis/lines.es.json" in names
    assert "footholds/resources/sounds/chime.wav" in names
    assert "footholds/resources/translations/footholds_es.qm" in names  # what the app loads
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", PROBE, str(target)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    count, root = out.stdout.split(maxsplit=1)
    assert int(count) >= 40
    assert str(target) in root


def test_every_package_in_the_source_is_listed_for_the_wheel() -> None:
    """pyproject lists packages by name: a new subpackage left out would be missing from
    `pip install .` (and the app would fail to start there) while a checkout still works."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    source = {
        ".".join(init.parent.relative_to(root / "desktop").parts)
        for init in (root / "desktop" / "footholds").rglob("__init__.py")
    }
    assert source <= listed, sorted(source - listed)
