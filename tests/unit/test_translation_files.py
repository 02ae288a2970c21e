"""The committed .qm catalogs are exactly what Qt's lrelease makes of the .ts sources."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from footholds.ui.common import i18n
from ts_catalog import compile_ts, ts_path

FOLDER = ts_path("es").parent
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


POSITIONAL = re.compile(r"%[sd]|%\d|\{\}|\{\d+\}")


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.stem)
def test_placeholders_are_named_so_a_translator_can_reorder_them(ts: Path) -> None:
    # One style (ui/common/i18n.py): {name} filled by .format after tr(); %n for counts.
    # Never %s, {} or {0}, and no longer Qt's %1 %2 either: two styles confuse a translator.
    root = ElementTree.parse(ts).getroot()
    texts = [t.text for tag in ("source", "translation", "numerusform") for t in root.iter(tag)]
    positional = [text for text in texts if text and POSITIONAL.search(text)]
    assert positional == []


def test_no_sentence_is_filled_the_old_way() -> None:
    # A sentence lupdate has not seen yet still shows here: .replace("%1", ...) or .arg(...).
    package = Path(i18n.__file__).parents[2]
    old = re.compile(r"""\.replace\(\s*["']%\d["']|\.arg\(""")
    found = [
        f"{path.relative_to(package)}:{n}"
        for path in sorted(package.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if old.search(line)
    ]
    assert found == []


def test_no_sentence_is_asked_for_inside_an_f_string() -> None:
    """pyside6-lupdate does not read calls inside an f-string: a tr() there is missing from
    the catalogue it writes, and packaging/update-translations.sh dropped its Spanish."""
    import ast

    package = Path(i18n.__file__).resolve().parents[2]
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Call):
                    continue
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("tr", "translate"):
                    found.append(f"{path.relative_to(package)}:{inner.lineno}")
    assert found == []


def _literal_sentences() -> list[tuple[str, int, str]]:
    """Every sentence the code hands to tr() or QCoreApplication.translate() as a literal."""
    import ast

    package = Path(i18n.__file__).resolve().parents[2]
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func, args = node.func, node.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            at = 0 if name == "tr" else 1 if name == "translate" else -1
            if at < 0 or len(args) <= at:
                continue
            words = args[at]
            if isinstance(words, ast.Constant) and isinstance(words.value, str) and words.value:
                found.append((path.name, node.lineno, words.value))
    return found


def test_every_sentence_in_the_code_has_its_spanish() -> None:
    """A sentence added without its entry shows in English to a person who chose Spanish;
    the catalog's completeness test cannot see an entry that was never written."""
    tree = ElementTree.parse(FOLDER / "footholds_es.ts")
    written = {source.text for source in tree.iter("source")}
    missing = [found for found in _literal_sentences() if found[2] not in written]
    assert missing == []


def _sentences_in_context() -> tuple[list[tuple[str, int, str, str, str]], list[str]]:
    """(file, line, context, source, comment) for each literal sentence, with the context
    lupdate gives it: self.tr() in a class is the class's, translate() names its own. And
    each tr() lupdate cannot place (not self.tr, or outside a class), as file:line."""
    import ast

    package = Path(i18n.__file__).resolve().parents[2]

    def text(node: ast.expr | None) -> str:
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        return node.value if is_text else ""  # type: ignore[union-attr]

    found: list[tuple[str, int, str, str, str]] = []
    unplaced: list[str] = []

    def visit(node: ast.AST, path: Path, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else owner
            if isinstance(child, ast.Call):
                func, args = child.func, child.args
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = args[0] if args else None
                if name == "tr" and text(first):
                    on_self = isinstance(func, ast.Attribute) and (
                        isinstance(func.value, ast.Name) and func.value.id == "self"
                    )
                    if on_self and owner:
                        comment = text(args[1]) if len(args) > 1 else ""
                        found.append((path.name, child.lineno, owner, text(first), comment))
                    else:
                        unplaced.append(f"{path.name}:{child.lineno}")
                elif name == "translate" and len(args) > 1 and text(args[0]) and text(args[1]):
                    comment = text(args[2]) if len(args) > 2 else ""
                    found.append((path.name, child.lineno, text(args[0]), text(args[1]), comment))
            visit(child, path, inner)

    for path in sorted(package.rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), path, "")
    return found, unplaced


def test_every_sentence_has_its_spanish_in_its_own_context() -> None:
    """Qt looks a sentence up by its context (the class that says it), so Spanish written
    under another class is never found, and a tr() lupdate cannot place (a borrowed
    `tr = owner.tr`) gets its entry dropped when the catalog is refreshed."""
    root = ElementTree.parse(FOLDER / "footholds_es.ts").getroot()
    written = {
        (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }
    found, unplaced = _sentences_in_context()
    assert unplaced == []
    assert [f for f in found if (f[2], f[3], f[4]) not in written] == []


def _messages(ts: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, comment) -> the translation's words, every form joined."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            found[key] = "" if translation is None else "|".join(translation.itertext())
    return found


def test_the_catalogues_are_what_update_translations_writes(tmp_path: Path) -> None:
    """packaging/update-translations.sh (lupdate over the code) keeps every translation and
    adds nothing: a sentence it cannot see (a tr() inside an f-string) lost its Spanish when
    the script ran, and entries the code no longer asks for piled up by hand."""
    import shutil
    import subprocess

    root = FOLDER.parents[1]
    copy = tmp_path / "repo"
    shutil.copytree(
        root / "desktop" / "footholds",
        copy / "desktop" / "footholds",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(root / "packaging", copy / "packaging")
    shutil.copytree(FOLDER, copy / "resources" / "translations")
    script = copy / "packaging" / "update-translations.sh"
    out = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    for ts in SOURCES:
        fresh = copy / "resources" / "translations" / ts.name
        assert _messages(fresh) == _messages(ts), (
            f"run packaging/update-translations.sh ({ts.name})"
        )
