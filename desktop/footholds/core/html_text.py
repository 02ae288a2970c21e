"""Escaping text for the small HTML the app writes: rich labels, notifications, the check-in
page and the safety plan.

The standard library's html.escape does the same, but importing `html` also loads the tables
of every named character (html.entities, about 350 KB of Python objects) and keeps them for
the app's whole life once any window escapes a word. These replacements are all that was used
of it."""

from __future__ import annotations


def escape(text: str, quote: bool = True) -> str:
    """`&`, `<` and `>` (and with `quote`, both quote marks) as HTML character references;
    the same result as html.escape."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text
