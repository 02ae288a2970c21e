"""Packaging files: the desktop entry, AppStream metainfo, install-data.sh, the Flatpak
manifest, the PyInstaller spec and the bundle icons. No Qt is imported here."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import stat
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from footholds import APP_ID, __version__
from support import ROOT

PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
INSTALL_DATA = PACKAGING / "linux" / "install-data.sh"
MANIFEST = PACKAGING / "flatpak" / f"{APP_ID}.yml"
SPEC = PACKAGING / "footholds.spec"
ICON = ROOT / "resources" / "icons" / "footholds.svg"
# The hicolor PNG sizes, written out here so a size dropped from bundle_icons.py is noticed.
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
QT_MODULES_USED = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtDBus", "QtNetwork", "QtPrintSupport"}


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        package = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}
        pytest.skip(f"{name} is not installed (apt-get install {package[name]})")
    return path


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


# Desktop entry and metainfo


def test_desktop_file_validates() -> None:
    result = _run(_tool("desktop-file-validate"), str(DESKTOP_FILE))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_names_the_app_id() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "footholds"
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["StartupNotify"] == "false"
    assert entry["X-GNOME-UsesNotifications"] == "true"
    assert entry["Categories"].split(";")[0] == "Utility"


LAUNCHER_ACTIONS = ("quick-log", "proof-list", "tough-day", "help-now")


def _menu_spanish() -> dict[str, str]:
    """The tray menu's Spanish words, from the translations file."""
    tree = ET.parse(ROOT / "resources" / "translations" / "footholds_es.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "menu":
            return {m.findtext("source") or "": m.findtext("translation") or "" for m in context}
    return {}


def test_the_launcher_offers_the_help_path_windows_as_actions() -> None:
    from footholds.ui.shell.registry import BY_NAME

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    assert parser["Desktop Entry"]["Actions"].rstrip(";").split(";") == list(LAUNCHER_ACTIONS)
    spanish = _menu_spanish()
    for name in LAUNCHER_ACTIONS:
        action = parser[f"Desktop Action {name}"]
        # `footholds show NAME` opens the window in the running app, or starts it first.
        assert action["Exec"] == f"footholds show {name}"
        assert action["Name"] == BY_NAME[name].label  # the tray menu's words
        assert action["Name[es]"] == spanish[BY_NAME[name].label]


def test_metainfo_validates_without_warnings() -> None:
    result = _run(_tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    problems = [ln for ln in result.stdout.splitlines() if re.match(r"\s*[EW]:", ln)]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("metadata_license") == "CC0-1.0"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    license_ = root.findtext("project_license")
    assert f'license = "{license_}"' in pyproject
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    developer = root.find("developer")
    assert developer is not None and developer.get("id")
    assert developer.findtext("name") == "The Footholds team"
    description = " ".join(p.text or "" for p in root.iterfind("description/p"))
    assert "not therapy" in description and "emergency" in description
    assert "network" in description


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, the first one after the signature."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    assert (length, kind) == (13, b"IHDR"), path
    return width, height


def _pngs(prefix: Path) -> dict[int, Path]:
    """Where the hicolor PNG of each size belongs under `prefix`."""
    hicolor = prefix / "share" / "icons" / "hicolor"
    return {n: hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in HICOLOR_SIZES}


FOLDER_CACHES = {"mimeinfo.cache", "icon-theme.cache"}


def test_install_data_installs_and_removes(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    # PYTHON: the one running the tests has PySide6, which draws the PNG icons
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHON": sys.executable}
    done = subprocess.run(
        ["sh", str(INSTALL_DATA), str(prefix)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "PNG icons" in done.stdout and done.stderr == ""
    installed = [
        prefix / "share" / "applications" / f"{APP_ID}.desktop",
        prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
        prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    for size, png in _pngs(prefix).items():
        assert _png_size(png) == (size, size), png
        installed.append(png)
    assert sorted(prefix.rglob("*.png")) == sorted(_pngs(prefix).values())
    for path in installed:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
    assert installed[2].read_bytes() == ICON.read_bytes()
    if shutil.which("appstreamcli"):  # the installed tree: metainfo, desktop file and icon
        tree = _run("appstreamcli", "validate-tree", "--no-net", str(prefix))
        assert tree.returncode == 0, tree.stdout + tree.stderr
    removed = subprocess.run(
        ["sh", str(INSTALL_DATA), "--uninstall", str(prefix)], env=env, capture_output=True
    )
    assert removed.returncode == 0
    assert not any(path.exists() for path in installed)
    # The folder-wide caches the desktop's tools rebuild (update-desktop-database's
    # mimeinfo.cache) belong to the folder, not to Footholds: they stay, without us in them.
    left = [p for p in prefix.rglob("*.*") if p.name not in FOLDER_CACHES]
    assert left == []
    for cache in prefix.rglob("*.cache"):
        assert APP_ID not in cache.read_text(encoding="utf-8", errors="replace"), cache


def test_install_data_without_pyside_installs_the_svg_and_says_so(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    bare = tmp_path / "python-without-pyside"  # -S: no site-packages, so no PySide6
    bare.write_text(f'#!/bin/sh\nexec "{sys.executable}" -S "$@"\n', encoding="utf-8")
    bare.chmod(0o755)
    for python in (str(bare), str(tmp_path / "no-such-python")):
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHON": python}
        done = subprocess.run(
            ["sh", str(INSTALL_DATA), str(prefix)], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert "only the scalable SVG icon is installed" in done.stderr, done.stderr
        assert "SVG icon into" in done.stdout
        svg = prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        assert svg.read_bytes() == ICON.read_bytes()
        assert list(prefix.rglob("*.png")) == []
    assert (
        "PySide6 is not installed"
        in subprocess.run(
            [str(bare), str(PACKAGING / "bundle_icons.py"), "--hicolor", str(tmp_path / "x")],
            capture_output=True,
            text=True,
        ).stderr
    )


def test_bundle_icons_names_the_icon_by_the_app_id() -> None:
    icons = _bundle_icons()
    assert icons.APP_ID == APP_ID
    assert icons.SVG == ICON
    assert set(icons.HICOLOR_SIZES) == set(HICOLOR_SIZES)


def test_install_data_defaults_to_the_home_folder(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(["sh", str(INSTALL_DATA)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()


# Flatpak manifest


def _manifest_list(key: str) -> list[str]:
    """The items of a top-level YAML list (the manifest keeps these lists plain)."""
    items: list[str] = []
    inside = False
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if re.match(r"^\S", line):
            inside = line.startswith(f"{key}:")
        elif inside and re.match(r"^\s+-\s", line):
            items.append(line.split("-", 1)[1].strip())
    return items


def test_flatpak_manifest_has_no_network_and_talks_to_tray_and_notifications() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^command: footholds$", text, re.M)
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert "network" not in code  # neither at run time nor while building
    args = _manifest_list("finish-args")
    for name in (
        "org.kde.StatusNotifierWatcher",
        "org.freedesktop.Notifications",
        "org.freedesktop.ScreenSaver",
        "org.gnome.Mutter.IdleMonitor",
        "org.gnome.ScreenSaver",
    ):
        assert f"--talk-name={name}" in args
    assert {"--share=ipc", "--socket=wayland", "--socket=fallback-x11"} <= set(args)
    broad = [a for a in args if re.match(r"--(socket=(session|system)-bus|filesystem|own-name)", a)]
    assert not broad, broad


def test_flatpak_wheels_match_their_pins_and_the_readme() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    pins = set(re.findall(r"\b([a-z0-9_]+)==([\w.]+)", text))
    wheels = set(re.findall(r"wheels/([a-z0-9_]+)-([\w.]+?)-py3-none-any\.whl", text))
    assert pins and pins == wheels
    assert len(re.findall(r"sha256: [0-9a-f]{64}\n", text)) == len(wheels)
    readme = (PACKAGING / "flatpak" / "README.md").read_text(encoding="utf-8")
    assert pins == set(re.findall(r"\b([a-z0-9_]+)==([\w.]+)", readme))


def test_flatpak_manifest_installs_the_svg_and_draws_the_pngs(tmp_path: Path) -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert "share/icons/hicolor/scalable/apps/${FLATPAK_ID}.svg" in text
    # the command as the manifest writes it (YAML joins its continuation line with a space)
    found = re.search(r"- (python3 packaging/bundle_icons\.py [^\n]*)\n\s+(--name [^\n]*)", text)
    assert found, "the manifest should draw the PNG icons"
    command = f"{found[1]} {found[2]}"
    assert "--hicolor ${FLATPAK_DEST}/share/icons/hicolor" in command
    assert command.endswith("--name ${FLATPAK_ID}")
    dest = tmp_path / "app"
    python = Path(sys.executable).parent  # python3 here is one with PySide6, as in the base app
    env = {"PATH": f"{python}:/usr/bin:/bin", "FLATPAK_DEST": str(dest), "FLATPAK_ID": APP_ID}
    done = subprocess.run(
        ["sh", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    for size, png in _pngs(dest).items():
        assert _png_size(png) == (size, size), png


# PyInstaller spec


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def _spec_constant(name: str) -> Any:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not in the spec")


def _spec_functions(*names: str) -> dict[str, Any]:
    """Run the spec's constants and the named helper functions, without PyInstaller."""
    keep: list[ast.stmt] = [
        node
        for node in _spec_tree().body
        if (isinstance(node, ast.FunctionDef) and node.name in names)
        or (
            isinstance(node, ast.Assign)
            and all(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets)
            and isinstance(node.value, ast.Dict | ast.List)
        )
    ]
    namespace: dict[str, Any] = {"re": re, "Path": Path}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(SPEC), "exec"), namespace)
    return namespace


def test_spec_leaves_out_the_heavy_qt_modules() -> None:
    excluded = set(_spec_constant("UNUSED_QT_MODULES"))
    heavy = {
        "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "Qt3DCore", "Qt3DRender",
        "QtQuick", "QtQml", "QtMultimedia", "QtPdf", "QtBluetooth", "QtNfc", "QtPositioning",
        "QtSensors", "QtSerialPort", "QtSql", "QtTest", "QtNetworkAuth", "QtOpenGL",
        "QtOpenGLWidgets", "QtDesigner", "QtHelp", "QtUiTools", "QtXml", "QtConcurrent",
    }  # fmt: skip
    assert heavy <= excluded
    assert not QT_MODULES_USED & excluded
    assert 'excludes=[f"PySide6.{m}" for m in UNUSED_QT_MODULES]' in SPEC.read_text()


def test_spec_keeps_every_qt_module_the_app_imports() -> None:
    imported = set()
    for path in (ROOT / "desktop" / "footholds").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "the app imports Qt modules"
    assert not imported & set(_spec_constant("UNUSED_QT_MODULES"))
    assert imported <= QT_MODULES_USED


def test_spec_plugin_and_translation_filters() -> None:
    spec = _spec_functions("plugin_left_out", "qt_translation_left_out")
    left_out = spec["plugin_left_out"]
    plugins = "PySide6/Qt/plugins"
    for gone in (
        "platformthemes/libqgtk3.so",
        "platforms/libqvnc.so",
        "platforms/libqeglfs.so",
        "tls/libqopensslbackend.so",
        "networkinformation/libqnetworkmanager.so",
        "imageformats/libqtiff.so",
        "generic/libqevdevmouseplugin.so",
    ):
        assert left_out(f"{plugins}/{gone}"), gone
    for kept in (
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "platformthemes/libqxdgdesktopportal.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "printsupport/libcupsprintersupport.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ):
        assert not left_out(f"{plugins}/{kept}"), kept
    assert not left_out("PySide6/Qt/lib/libQt6Gui.so.6")
    qm_left_out = spec["qt_translation_left_out"]
    assert not qm_left_out("PySide6/Qt/translations/qtbase_es.qm", {"es"})
    assert qm_left_out("PySide6/Qt/translations/qtbase_fr.qm", {"es"})
    assert qm_left_out("PySide6/Qt/translations/qtmultimedia_es.qm", {"es"})
    assert not qm_left_out("footholds/resources/translations/footholds_fr.qm", {"es"})


def test_spec_bundle_settings() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in text
    assert '"LSUIElement": True' in text
    assert "console=False" in text
    assert 'hiddenimports=collect_submodules("footholds")' in text
    entry = (PACKAGING / "pyinstaller_entry.py").read_text(encoding="utf-8")
    assert "gui_main()" in entry


def test_notifications_name_the_desktop_entry_by_app_id() -> None:
    tree = ast.parse((ROOT / "desktop/footholds/platform/notify.py").read_text(encoding="utf-8"))
    defaults = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            args = node.args.args[-len(node.args.defaults) :] if node.args.defaults else []
            for arg, default in zip(args, node.args.defaults, strict=True):
                if arg.arg == "desktop_entry":
                    defaults[node.name] = ast.unparse(default)
    assert defaults == {"__init__": "APP_ID", "choose_notifier": "APP_ID"}


# Bundle icons (the containers only; drawing them needs Qt)


def _bundle_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_icons", PACKAGING / "bundle_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_png(size: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes([size % 256]) * (size // 8 + 1)


def test_ico_holds_each_png_with_its_size_and_place() -> None:
    icons = _bundle_icons()
    pngs = {size: _fake_png(size) for size in (16, 48, 256)}
    data = icons.ico_bytes(pngs)
    assert struct.unpack("<HHH", data[:6]) == (0, 1, 3)
    for index, size in enumerate((16, 48, 256)):
        entry = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        width, height, _, _, planes, bits, length, offset = entry
        assert (width, height) == (size % 256, size % 256)
        assert (planes, bits) == (1, 32)
        assert data[offset : offset + length] == pngs[size]
    with pytest.raises(ValueError):
        icons.ico_bytes({512: _fake_png(512)})
    with pytest.raises(ValueError):
        icons.ico_bytes({16: b"GIF89a"})


def test_icns_holds_png_elements_and_its_length() -> None:
    icons = _bundle_icons()
    pngs = {size: _fake_png(size) for size in (16, 128, 1024)}
    data = icons.icns_bytes(pngs)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = data[at + 8 : at + length]
        at += length
    assert found == {b"icp4": pngs[16], b"ic07": pngs[128], b"ic10": pngs[1024]}
    with pytest.raises(ValueError):
        icons.icns_bytes({48: _fake_png(48)})
