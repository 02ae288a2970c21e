"""The first reminder after a call greets the person back, in one short warm line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def welcome_line() -> str:
    """The greeting, in the person's language."""
    return QCoreApplication.translate("WelcomeBack", "Welcome back.")


def welcome_back(item: dict[str, Any] | None) -> dict[str, Any] | None:
    """The same idea with the greeting before it (a copy: the chosen idea stays as it was)."""
    if item is None or not item.get("text"):
        return item
    return {**item, "text": f"{welcome_line()} {item['text']}"}
