"""Whether this computer has an app for tel: and sms: links (a phone link, FaceTime, ...).

Numbers are always shown as text the person can read and copy; links are offered only where
clicking one would do something.
"""

from __future__ import annotations

import re
import shutil
import sys
from functools import cache

from footholds.core.dial import dialled

ANSWER_MS = 3000  # how long xdg-mime may take to answer


def tel_url(number: str) -> str | None:
    """A tel: link for a number as people write it ("116 123", "+44 (0) 20 7946 0958 ext 12"
    dials +442079460958), or None where it holds no whole number to call (core/dial.py)."""
    digits = dialled(number)
    return None if digits is None else "tel:" + digits


def sms_url(number: str, keyword: str = "") -> str:
    """An sms: link, with the keyword as the message body when the line asks for one."""
    url = "sms:" + _dialable(number)
    return f"{url}?body={keyword}" if keyword else url


def _dialable(number: str) -> str:
    return re.sub(r"[^0-9+*#]", "", number)


@cache
def can_open(scheme: str) -> bool:
    """True when clicking a `scheme:` link would open an app here (checked once per scheme)."""
    if scheme not in ("tel", "sms"):
        return False
    if sys.platform in ("darwin", "win32"):
        return True  # FaceTime/Messages and Phone Link register both schemes out of the box
    tool = shutil.which("xdg-mime")
    if tool is None:
        return False
    # Qt's QProcess, not subprocess: subprocess and locale (about 0.4 MB) stayed in memory
    # for the app's life once a window with a phone line had asked
    from PySide6.QtCore import QProcess

    process = QProcess()
    process.start(tool, ["query", "default", f"x-scheme-handler/{scheme}"])
    if not process.waitForFinished(ANSWER_MS):  # could not start, or no answer in time
        process.kill()
        process.waitForFinished(1000)
        return False
    return bool(bytes(process.readAllStandardOutput().data()).strip())
