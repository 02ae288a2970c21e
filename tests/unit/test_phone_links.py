"""Whether a tel: or sms: link would open anything is asked of xdg-mime on Linux, through
QProcess (subprocess stayed in memory for the app's life once a window had asked)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.platform import phone_links

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-mime: Linux")


@pytest.fixture(autouse=True)
def asked_afresh() -> Iterator[None]:
    phone_links.can_open.cache_clear()
    yield
    phone_links.can_open.cache_clear()


def _xdg_mime(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = folder / "xdg-mime"
    tool.write_text("#!/bin/sh\n" + script)
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))


def test_a_named_handler_opens_the_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _xdg_mime(tmp_path, 'test "$3" = x-scheme-handler/tel && echo calls.desktop\n', monkeypatch)
    assert phone_links.can_open("tel") is True
    assert phone_links.can_open("sms") is False  # it named none for sms


def test_no_handler_no_tool_or_another_scheme_opens_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _xdg_mime(tmp_path, "exit 0\n", monkeypatch)
    assert phone_links.can_open("tel") is False
    assert phone_links.can_open("https") is False
    phone_links.can_open.cache_clear()
    monkeypatch.setenv("PATH", str(tmp_path / "none"))
    assert phone_links.can_open("tel") is False


def test_a_tool_that_hangs_is_given_up_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _xdg_mime(tmp_path, "exec sleep 30\n", monkeypatch)
    monkeypatch.setattr(phone_links, "ANSWER_MS", 300)
    assert phone_links.can_open("tel") is False
