"""The PyInstaller one-folder bundle: it builds, starts to a tray icon, opens windows and
keeps data, with no Python of ours on the path.

The build (about half a minute) is cached outside the repository, keyed by a hash of the
sources, resources and tool versions, so an unchanged tree reuses it:
$FOOTHOLDS_BUNDLE_CACHE, or ~/.cache/footholds-bundle. Size and start-to-tray time are
printed and written to figures.json beside the bundle.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from support import ROOT

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App

pytestmark = [
    pytest.mark.slow,
    pytest.mark.desktop,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[test]' brings it)",
    ),
]
NAME = "footholds"
SPEC = ROOT / "packaging" / "footholds.spec"  # used when packaging provides one


def _cache_root() -> Path:
    given = os.environ.get("FOOTHOLDS_BUNDLE_CACHE", "").strip()
    return Path(given) if given else Path.home() / ".cache" / "footholds-bundle"


def _source_key() -> str:
    """A hash of everything that goes into the bundle."""
    import PyInstaller
    import PySide6

    digest = hashlib.sha256(f"{PyInstaller.__version__} {PySide6.__version__}".encode())
    digest.update(sys.version.encode())
    files = [p for p in (ROOT / "desktop" / "footholds").rglob("*.py")]
    files += [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    files += [SPEC] if SPEC.exists() else []
    for path in sorted(files):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def _build(folder: Path) -> None:
    """Build into folder/dist/footholds; raises with the tail of the log on failure."""
    if SPEC.exists():
        command = [sys.executable, "-m", "PyInstaller", "--noconfirm", str(SPEC)]
    else:
        command = [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--name",
            NAME,
            "--paths",
            str(ROOT / "desktop"),
            # Windows are imported by name from the registry: static analysis cannot see them.
            "--collect-submodules",
            "footholds",
            "--add-data",
            f"{ROOT / 'resources'}{os.pathsep}footholds/resources",
            str(ROOT / "desktop" / "footholds" / "__main__.py"),
        ]
    command += ["--distpath", str(folder / "dist"), "--workpath", str(folder / "build")]
    if not SPEC.exists():
        command += ["--specpath", str(folder)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}  # for --collect-submodules
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200
    )
    (folder / "build.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0:
        raise AssertionError("PyInstaller failed:\n" + (result.stdout + result.stderr)[-3000:])


@pytest.fixture(scope="module")
def bundle() -> Path:
    root = _cache_root()
    key = _source_key()
    folder = root / key
    binary = folder / "dist" / NAME / (NAME + (".exe" if sys.platform == "win32" else ""))
    if not binary.exists():
        if root.is_dir():  # only the newest build is kept: each is well over 100 MB
            for old in root.iterdir():
                if old.is_dir() and old.name != key:
                    shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        started = time.monotonic()
        _build(folder)
        (folder / "build-seconds.txt").write_text(f"{time.monotonic() - started:.1f}\n")
    assert binary.exists()
    return binary


def _size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6  # symlinked libraries count once


def test_bundle_ships_resources(bundle: Path) -> None:
    resources = bundle.parent / "_internal" / "footholds" / "resources"
    assert (resources / "content" / "en" / "movements.json").is_file()
    assert (resources / "content" / "es" / "movements.json").is_file()
    assert (resources / "translations" / "footholds_es.ts").is_file()


def test_bundle_starts_to_the_tray_and_works(bundle: Path, app: App) -> None:
    env = {k: v for k, v in app.env.items() if k != "PYTHONPATH"}
    app.env = env
    before = len(app.tray_icons())
    started = time.monotonic()
    app.proc = subprocess.Popen(
        [str(bundle)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    app.wait_for(lambda: len(app.tray_icons()) > before, 60, "the bundle's tray icon")
    to_tray = time.monotonic() - started

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle), *args], env=env, capture_output=True, text=True, timeout=60
        )

    shown = run("show", "settings")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    app.wait_for(lambda: "Footholds settings" in app.windows(), 15, "the settings window")
    logged = run("log", "--feel", "calm", "from the bundle")
    assert logged.returncode == 0, logged.stderr
    exported = json.loads(run("export", "--format", "json").stdout)
    assert exported["records"]["log"][0]["note"] == "from the bundle"
    assert run("quit").returncode == 0
    assert app.proc.wait(timeout=20) == 0

    folder = bundle.parent
    figures = {"bundle_mb": round(_size_mb(folder), 1), "start_to_tray_s": round(to_tray, 3)}
    build_seconds = folder.parent.parent / "build-seconds.txt"
    if build_seconds.exists():
        figures["build_s"] = float(build_seconds.read_text())
    (folder.parent.parent / "figures.json").write_text(json.dumps(figures, indent=1))
    print(f"\nbundle: {figures}")
    assert to_tray < 20
