"""Whether this computer has an app for tel: and sms: links (a phone link, FaceTime, ...).

Numbers are always shown as text the person can read and copy; links are offered only where
clicking one would do something.
"""

from __future__ import annotations

import re
import shutil
import sys
from functools import cache

ANSWER_MS = 3000  # how long xdg-mime may take to answer


def tel_url(number: str) -> str:
    """A tel: link for a number as people write it ("116 123", "1-800-668-6868")."""
    return "tel:" + _dialable(number)


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
