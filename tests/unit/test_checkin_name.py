"""The check-in window's name, under which its draft is kept, is spelt once: My sessions puts
a removed session's words under it (session_carry.py) and the check-in takes them from there
(checkin_talk.py); two copies could drift apart and the words wait where no window looks.
Settings, which loads session_carry, does not load the check-in's making for it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from support import child_env

REFLECT = Path(__file__).resolve().parents[2] / "desktop/footholds/ui/reflect"


def run_fresh(code: str) -> subprocess.CompletedProcess[str]:
    """`code` in a new interpreter on this checkout's code, with no screen."""
    env = child_env(QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )


def test_the_check_in_draft_name_is_spelt_once() -> None:
    spelt = [
        path.name
        for path in sorted(REFLECT.glob("*.py"))
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and node.value.value == "check-in"
    ]
    assert spelt == ["session_carry.py"]


def test_my_sessions_does_not_load_the_check_in_for_its_name() -> None:
    out = run_fresh(
        "import sys\n"
        "import footholds.ui.reflect.sessions_editor\n"
        "from footholds.ui.reflect import checkin_talk, session_carry\n"
        "print(checkin_talk.CHECKIN == session_carry.CHECKIN == 'check-in')\n"
    )
    assert out.stdout.split() == ["True"]
    lean = run_fresh(
        "import sys\n"
        "import footholds.ui.reflect.sessions_editor\n"
        "names = ('footholds.ui.reflect.checkin_talk', 'footholds.render.paper')\n"
        "print([m for m in names if m in sys.modules])\n"
    )
    assert lean.stdout.strip() == "[]"
