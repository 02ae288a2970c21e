"""What the idle app leaves out: OpenSSL (hashlib), logging.handlers, uuid, expat, sockets.

Each stand-in must give what the module it replaces gave."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

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


def test_saving_a_change_leaves_openssl_out(tmp_path: Path) -> None:
    # a change remembers a digest of the words it replaced (core/store/earlier.py)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from footholds.core.store import LogEntry, Store\n"
        f"home = Path({str(tmp_path)!r})\n"
        "store = Store(home / 'store', aside_dir=home / 'aside', durable=False)\n"
        "store.open()\n"
        "entry = store.add(LogEntry(note='first words'))\n"
        "entry.note = 'other words'\n"
        "store.update(entry)\n"
        "assert len(store.get(LogEntry, entry.id).earlier) == 1\n"
        f"print(sorted(k for k in sys.modules if k in {LEFT_OUT[:3]!r}))"
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
# tables, 0.35 MB; plistlib and its XML parser, 0.37 MB, for macOS launch agents only;
# subprocess with locale, about 0.4 MB, imported only at a click that starts a program: the
# phone-link check asks xdg-mime through QProcess).
WINDOWS_LEAVE_OUT = ("html", "html.entities", "plistlib", "pyexpat", "subprocess", "locale")


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


# The running app itself: started as `footholds` is (offscreen, a tray made to seem there, an
# everyday start past the first-run card), it reports what it has loaded at its first
# reminder tick, once the quick log is built ahead, and stops.
IDLE_PROBE = r"""
import json, os, sys
from PySide6.QtWidgets import QSystemTrayIcon

QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)
import footholds.app.reminder_driver as driver

driver.FIRST_TICK_MS = 1500  # past the quick log's build ahead (300 ms)
ticked = driver.ReminderDriver.tick

def tick(self):
    ticked(self)
    import PySide6
    # PySide makes a Qt class's Python type (and its enums) when the name is first imported
    qt = [k for m in ("QtCore", "QtGui", "QtWidgets") for k in vars(getattr(PySide6, m))]
    print(json.dumps({"modules": sorted(sys.modules), "qt": sorted(qt)}))
    sys.stdout.flush()
    os._exit(0)

driver.ReminderDriver.tick = tick
from footholds.cli.main import main
sys.argv = ["footholds"]
main()
"""

# Loaded at idle before, each held for the app's life, none needed until a window opens or a
# rare event comes (measured with `bench.py --only memory`, see tests/bench/RESULTS.md):
IDLE_LEAVES_OUT = (
    # the morning sleep question (off by default): built, and now imported, when first due
    "footholds.ui.journal.sleep_question",
    "footholds.ui.today",
    "footholds.ui.today.activity_section",
    "footholds.ui.common.own_words",
    "footholds.ui.common.time_field",
    # the wheel kept off fields not clicked into: only windows with such fields have any
    "footholds.ui.common.wheel",
    # a question's box modal to its own window: loaded with the first question
    "footholds.ui.common.modal",
    # the lock's readable copies, the words it keeps at Lock now and Lock now itself, with the
    # lock off
    "footholds.app.lock_copies",
    "footholds.app.lock_drafts",
    "footholds.app.lock_now",
    "footholds.app.lock_undo",
    "footholds.core.lock.readable_copy",
    "footholds.core.lock.people_copy",
    "footholds.core.lock.numbers_copy",
    "footholds.core.lock.sessions_copy",
    # words said only when an offer or a welcome back comes
    "footholds.ui.reflect.session_words",
    "footholds.ui.shell.welcome_back",
    # the command line's parser and the commands a plain start does not run
    "footholds.cli.parser",
    "footholds.cli.arguments",
    "footholds.cli.lock",
    "footholds.cli.safety_plan",
    "footholds.cli.session",
    "locale",
    # the sentences of every error code, read when one is first said
    "footholds.core.errors.store",
    "footholds.core.errors.imports",
    "footholds.core.errors.backups",
    "footholds.core.errors.entries",
    "footholds.core.errors.settings",
    "footholds.core.errors.recovery",
    # the user's name for the socket's: from the environment as getpass finds it first
    "getpass",
    "termios",
    # ctypes' library search, and subprocess with it: only when a soname is not found
    "ctypes.util",
    "subprocess",
    # Qt's classes no window of the idle app has (each made as a Python type with its enums
    # when first imported, 30 to 220 KB): the boxes that ask or tell (prompter, notices), the
    # lists' delegates (delegates.py), and the kinds the style and the Tab order tell by name
    "QMessageBox",
    "QDialog",
    "QStyledItemDelegate",
    "QListView",
    "QAbstractItemView",
    "QTabWidget",
    "QTabBar",
    "QSplitter",
    "QStackedWidget",
    "QTextEdit",
    "QComboBox",
    "QCheckBox",
    "QRadioButton",
    "QSlider",
    "QTimeEdit",
)


def idle_modules(home: Path, **values: object) -> set[str]:
    """What the app started at `home`, with these settings, has loaded as it idles."""
    import json

    (home / "config").mkdir(mode=0o700, parents=True)
    settings = {"version": 1, "values": {"general.first_run_done": True, **values}}
    (home / "config/settings.json").write_text(json.dumps(settings))
    source = str(Path(__file__).resolve().parents[2] / "desktop")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": source,
        "FOOTHOLDS_HOME": str(home),
        "LOGNAME": os.environ.get("LOGNAME") or "someone",  # as a login session sets it
    }
    done = subprocess.run(
        [sys.executable, "-c", IDLE_PROBE], env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = set(report["modules"])
    # the probe saw the app as it idles: the quick log built ahead, the reminders ticking
    assert "footholds.ui.journal.quick_log" in loaded
    assert "QPlainTextEdit" in report["qt"]  # the quick log's note: Qt's types are listed
    return loaded | set(report["qt"])


def test_the_idle_app_leaves_out_what_it_does_not_need_yet(tmp_path: Path) -> None:
    loaded = idle_modules(tmp_path)
    assert [name for name in IDLE_LEAVES_OUT if name in loaded] == []


def test_the_sleep_question_turned_on_is_imported_ahead_of_the_click(tmp_path: Path) -> None:
    # its first morning's opening builds it: the import is not left to the click (50 ms)
    assert "footholds.ui.journal.sleep_question" in idle_modules(
        tmp_path, **{"day.sleep_question": True}
    )


def test_a_plain_start_reads_its_arguments_as_the_parser_does() -> None:
    from footholds.cli.main import PLAIN_STARTS, parse
    from footholds.cli.parser import build_parser

    for argv in PLAIN_STARTS:
        assert vars(parse(list(argv))) == vars(build_parser().parse_args(list(argv)))
    assert vars(parse(["show", "today"])) == vars(build_parser().parse_args(["show", "today"]))


def test_a_library_found_by_its_soname_needs_no_search() -> None:
    code = (
        "import sys\n"
        "from footholds.platform._x11 import load_library\n"
        "load_library('c', 'libc.so.6')\n"
        "print('ctypes.util' in sys.modules)\n"
        "load_library('c', 'libc-not-this-name.so.99')  # found by ctypes' search instead\n"
        "print('ctypes.util' in sys.modules)\n"
    )
    out = run_fresh(code)
    assert out.stdout.split() == ["False", "True"]


@pytest.mark.parametrize(
    "names",
    [{}, {"USER": "ana"}, {"LOGNAME": "bo", "USER": "ana"}, {"USER": "", "LNAME": "cy"}],
)
def test_the_users_name_is_the_one_getpass_gives(
    names: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass

    from footholds.core import paths

    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in names.items():
        monkeypatch.setenv(name, value)
    assert paths._user() == getpass.getuser()
