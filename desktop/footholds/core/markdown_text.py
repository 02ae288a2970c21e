"""Escaping the person's words for the Markdown the app writes (the check-in summary, the
safety plan), so a renderer shows them as written and never runs or restructures them.

A note may hold `<script>`, `<img onerror=…>`, `[a link](javascript:…)` or a line starting
"- " or "# ": unescaped, a Markdown viewer would run the HTML, make the link, or turn the line
into a list item or a heading that breaks the summary's own structure. Every character that
could start something is backslash-escaped (CommonMark shows `\\<` as `<`), rather than turned
into HTML entities, so the saved file still reads plainly as text.
"""

from __future__ import annotations

import re

# Inline: raw HTML and entities (< > &), links and images ([ ]), emphasis (* _ ~), code (`),
# table cells (|) and the escape character itself.
_INLINE = re.compile(r"[\\`*_\[\]<>&|~]")
# At a line's start: a heading (#), a list item (- + or 1. 1)), a setext underline (= -)
# or a thematic break (---); > and * are already escaped inline.
_LINE_START = re.compile(r"^([ \t]*)(?:([#+=-])|(\d{1,9})([.)]))")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def escape_markdown(text: str) -> str:
    """`text` with everything Markdown or HTML would act on escaped, line by line; its line
    breaks kept as "\\n"."""
    return "\n".join(_line(line) for line in _NEWLINE.split(text))


def _line(line: str) -> str:
    line = _INLINE.sub(lambda m: "\\" + m[0], line)
    return _LINE_START.sub(
        lambda m: m[1] + (f"\\{m[2]}" if m[2] else f"{m[3]}\\{m[4]}"), line, count=1
    )
