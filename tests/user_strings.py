"""Every string a person can see, in every language: the .ts file and the content packs."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from typing import Any

from footholds.core import resource_files


def _ts_strings() -> list[tuple[str, str]]:
    text = resource_files.path("translations", "footholds_es.ts").read_text(encoding="utf-8")
    found: list[tuple[str, str]] = []
    for context in ElementTree.fromstring(text).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((f"ts {name} (en)", message.findtext("source", "")))
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            for form in forms or [translation.text or ""]:
                found.append((f"ts {name} (es)", form))
    return found


def _walk(data: Any, where: str, out: list[tuple[str, str]]) -> None:
    if isinstance(data, str):
        out.append((where, data))
    elif isinstance(data, list):
        for item in data:
            _walk(item, where, out)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key != "id":  # ids are never shown
                _walk(value, f"{where}/{data['id']}" if "id" in data else where, out)


def _content_strings() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for language in resource_files.path("content").iterdir():
        if not language.is_dir():
            continue
        for pack in language.iterdir():
            if pack.name.endswith(".json"):
                data = json.loads(pack.read_text(encoding="utf-8"))
                _walk(data, f"content {language.name}/{pack.name}", found)
    return found


def every_string() -> list[tuple[str, str]]:
    """Every user-facing string in both languages, with where it lives."""
    return [(where, s) for where, s in _ts_strings() + _content_strings() if s.strip()]


def spanish_strings() -> list[tuple[str, str]]:
    """Only the Spanish ones: the .ts translations and the es packs."""
    return [(w, s) for w, s in every_string() if w.endswith("(es)") or " es/" in w]
