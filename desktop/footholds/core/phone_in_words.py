"""A phone number inside the words a person wrote about how to reach someone ("Call 07700
900123", "text +44 7700 900123 after six"), so Get help now can offer Copy number for them.

One simple rule, no guessing beyond it: a run of digits, optionally starting with "+" or "(",
with only spaces, hyphens, dots and parentheses between them, not joined to a letter or digit
either side, holding 6 to 15 digits (15 is the most a phone number has; fewer than 6 are
times, counts and house numbers). Exactly one such run is a number; none, or more than one
(which to copy would be a guess), is none.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"\+?[(\d][\d \u00a0().\-]*")
FEWEST, MOST = 6, 15


def spans(words: str) -> list[tuple[int, int]]:
    """Where each run in `words` that the rule takes for a phone number starts and ends, in
    the order written."""
    found: list[tuple[int, int]] = []
    for match in _RUN.finditer(words):
        run = match.group().rstrip(" \u00a0().-")  # "…123 or", "…123." end at the 3
        start = match.start()
        end = start + len(run)
        if start > 0 and words[start - 1].isalnum():  # "ID4567890", "v1.2.3456"
            continue
        if end < len(words) and words[end].isalnum():  # "0770090012x"
            continue
        digits = re.sub(r"\D", "", run)
        if FEWEST <= len(digits) <= MOST:
            found.append((start, end))
    return found


def phone_number(words: str) -> str | None:
    """The one phone number in `words`, as digits with a leading "+" where written (what to
    paste or dial), or None."""
    found = [words[start:end] for start, end in spans(words)]
    if len(found) != 1:
        return None
    run = found[0]
    return ("+" if run.startswith("+") else "") + re.sub(r"\D", "", run)
