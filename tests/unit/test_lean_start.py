"""What the idle app leaves out: OpenSSL (hashlib), logging.handlers, uuid, expat, sockets.

Each stand-in must give what the module it replaces gave."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

from footholds.core.digest import sha256_hex
from footholds.core.paths import Paths
from footholds.core.store.models import new_id


def test_sha256_hex_agrees_with_hashlib() -> None:
    for data in (b"", b"footholds", "é:/home/ü".encode(), os.urandom(1 << 20)):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_socket_name_is_the_one_older_builds_made() -> None:
    # The Windows pipe keeps this name, so an older build running there is still found. (On
    # Unix the socket moved into a private folder: older builds' is deliberately not used.)
    paths = Paths.from_env({"FOOTHOLDS_HOME": "/tmp/footholds-digest-test"})
    from footholds.core import paths as paths_module

    key = f"{paths_module._user()}:{paths.data_dir}".encode()
    assert paths.socket_name == "footholds-" + hashlib.sha256(key).hexdigest()[:16]


def test_new_id_is_a_version_4_uuid_in_hex() -> None:
    ids = {new_id() for _ in range(2000)}
    assert len(ids) == 2000
    for record_id in ids:
        parsed = uuid.UUID(hex=record_id)
        assert (parsed.version, parsed.variant, parsed.hex) == (4, uuid.RFC_4122, record_id)


def run_fresh(code: str) -> subprocess.CompletedProcess[str]:
    """Run `code` in a new interpreter on this checkout's code, whatever an editable install
    elsewhere points at."""
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": source}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )


# The modules the app imports by the time it idles (python -X importtime -m footholds).
STARTUP = [
    "footholds.cli.main",
    "footholds.cli.commands",
    "footholds.cli.handover",
    "footholds.app.build",
    "footholds.platform.lockfile",
    "footholds.app.logsetup",
    "footholds.core.store",
    "footholds.app.handlers",
    "footholds.ui.common.bridge",
    "footholds.app.instance",
    "footholds.app.reminder_driver",
    "footholds.ui.common.i18n",
    "footholds.ui.common.default_lists",
    "footholds.ui.common.calm",
    "footholds.ui.journal.log_form",
    "footholds.ui.journal.quick_log",
    "footholds.ui.common.operations",
    "footholds.platform.idle.choose",
]
# PySide6.QtSvg: the full-colour icons are read from drawn strips (ui/common/icons.py)
LEFT_OUT = (
    "_hashlib",
    "hashlib",
    "ssl",
    "logging.handlers",
    "uuid",
    "pyexpat",
    "socket",
    "PySide6.QtSvg",
)


def test_the_modules_the_app_starts_with_leave_these_out() -> None:
    code = (
        "import importlib, sys\n"
        f"for m in {STARTUP!r}: importlib.import_module(m)\n"
        f"print(sorted(k for k in sys.modules if k in {LEFT_OUT!r}))"
    )
    out = run_fresh(code)
    assert out.stdout.strip() == "[]"


def test_html_text_escape_agrees_with_html_escape() -> None:
    import html

    from footholds.core.html_text import escape

    samples = [
        "",
        "plain words",
        "a < b > c & d",
        "\"quoted\" and 'single'",
        "&amp; already",
        "é ü 字 🙂",
    ]
    for text in samples:
        for quote in (True, False):
            assert escape(text, quote=quote) == html.escape(text, quote=quote)


# Held for the app's life once loaded; the windows use none of what they add (html.entities'
# tables, 0.35 MB; plistlib and its XML parser, 0.37 MB, for macOS launch agents only).
WINDOWS_LEAVE_OUT = ("html", "html.entities", "plistlib", "pyexpat")


def test_every_window_module_leaves_these_out() -> None:
    from footholds.ui.shell.registry import BY_NAME

    modules = sorted({entry.target.partition(":")[0] for entry in BY_NAME.values()})
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"print(sorted(k for k in sys.modules if k in {WINDOWS_LEAVE_OUT!r}))"
    )
    out = run_fresh(code)
    assert out.stdout.strip() == "[]"


def test_a_feature_package_loads_none_of_its_windows_until_a_name_is_read() -> None:
    features = ["help", "journal", "people", "proofs", "reflect", "settings", "shell", "today"]
    code = (
        "import importlib, sys\n"
        f"for f in {features!r}: importlib.import_module('footholds.ui.' + f)\n"
        "print(sorted(k for k in sys.modules\n"
        f"             if k.count('.') == 3 and k.split('.')[2] in {features!r}))\n"
        "from footholds.ui.people import TrustedPeople\n"
        "print('footholds.ui.people.trusted_people' in sys.modules)"
    )
    out = run_fresh(code)
    assert out.stdout.split() == ["[]", "True"]


def test_the_summary_imports_page_classes_only_to_print_or_make_a_pdf() -> None:
    """Their enums (119 page sizes) stayed in memory after the check-in closed."""
    import ast

    paper = Path(__file__).resolve().parents[2] / "desktop/footholds/render/paper.py"
    top_level = {
        alias.name
        for node in ast.parse(paper.read_text()).body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert top_level.isdisjoint({"QPageLayout", "QPageSize", "QPdfWriter", "QMarginsF"})
