"""Every Undo strip in the app is given how to say its words, not words already said: a
sentence translated once stayed in the old language after a switch while its button
followed (ui/common/undo.py `Words`)."""

from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop" / "footholds"


def _said_now(node: ast.expr) -> bool:
    """Words made at the call: a string, a sentence translated or put together there."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value)
    return isinstance(node, ast.Call | ast.JoinedStr | ast.BinOp | ast.IfExp)


def test_every_offer_on_an_undo_strip_makes_its_words_when_shown() -> None:
    found: list[str] = []
    for path in sorted(DESKTOP.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "offer"
            ):
                continue
            words = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "spoken")]
            if any(_said_now(w) for w in words):
                found.append(f"{path.relative_to(DESKTOP)}:{node.lineno}")
    assert found == []
