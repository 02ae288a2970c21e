"""The committed .qm catalogs are exactly what Qt's lrelease makes of the .ts sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from footholds.ui.common import i18n
from ts_catalog import compile_ts

FOLDER = Path(str(i18n.ts_path("es"))).parent
SOURCES = sorted(FOLDER.glob("footholds_*.ts"))


def test_there_is_a_translation() -> None:
    assert SOURCES


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.stem)
def test_the_qm_is_compiled_from_its_ts(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    compile_ts(ts, fresh)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"run packaging/update-translations.sh to make {committed.name}"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is out of date: run packaging/update-translations.sh"
    )


def test_no_qm_without_its_ts() -> None:
    assert {p.stem for p in FOLDER.glob("*.qm")} == {p.stem for p in SOURCES}


POSITIONAL = re.compile(r"%[sd]|\{\}|\{\d+\}")


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.stem)
def test_placeholders_are_named_so_a_translator_can_reorder_them(ts: Path) -> None:
    # One style (ui/i18n.py): {name} filled by .format after tr(); %n for counts. Qt's %1 %2
    # are reorderable too, and remain in older sentences.
    root = ElementTree.parse(ts).getroot()
    positional = [s.text for s in root.iter("source") if s.text and POSITIONAL.search(s.text)]
    assert positional == []
