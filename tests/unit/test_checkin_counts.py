"""The check-in summary says how often something came up one way throughout: What helped,
Small wins and the feelings named all say "(once)" and "(2 times)", never a bare "(1)", in
the Markdown and the page, in English and in Spanish."""

from __future__ import annotations

import re
from pathlib import Path

from checkin_data import FIRST, LAST, TODAY, TZ, at, open_store
from footholds.core import catalog, checkin
from footholds.core.checkin_html import to_html
from footholds.core.checkin_render import to_markdown, wording_in
from footholds.core.store import LogEntry


def _report(tmp_path: Path) -> checkin.Report:
    store = open_store(tmp_path)
    store.add(
        LogEntry(at=at(3, 9), feelings=["calm"], wins=["drank water"], helped="a walk", energy=3)
    )
    store.add(LogEntry(at=at(4, 9), feelings=["calm", "tired"], wins=["drank water"]))
    report = checkin.gather(store, FIRST, LAST, made=TODAY, tz=TZ, day_start_hour=4)
    store.close()
    return report


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")


def test_every_count_is_said_in_words(tmp_path: Path) -> None:
    report = _report(tmp_path)
    for text in (to_markdown(report), _plain(to_html(report))):
        assert "a walk (once)" in text
        assert "drank water (2 times)" in text
        assert "calm (2 times), tired (once)" in text
        assert not re.search(r"\(\d+\)", text)  # no bare number


def test_every_count_is_said_in_words_in_spanish(tmp_path: Path) -> None:
    es = catalog.load("es")
    words = wording_in(es.translate, es.plural, "es")
    report = _report(tmp_path)
    for text in (to_markdown(report, words=words), _plain(to_html(report, words=words))):
        assert "(2 veces)" in text
        assert "(una vez)" in text
        assert not re.search(r"\(\d+\)", text)
