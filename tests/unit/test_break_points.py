"""`breakable` (ui/common/breaks.py): the invisible break points in a person's long runs leave
a hyphenated name to break after its own hyphens, as Qt would, never before one."""

from __future__ import annotations

from footholds.ui.common.breaks import RUN, breakable, written

NAME = "Montgomery-Wolfeschlegelsteinhausen"  # 35 letters, two short words joined


def test_a_hyphenated_name_of_short_parts_is_left_to_break_at_its_hyphen() -> None:
    # Reach out showed "…de la Cruz y Montgomery" and "-Wolfeschlegelsteinhausen" on the
    # next line: a break point had gone in just before the hyphen.
    assert breakable(NAME) == NAME
    assert breakable(f"Maria {NAME} removed.") == f"Maria {NAME} removed."


def test_no_break_point_lands_just_before_a_hyphen() -> None:
    for text in ("x" * RUN + "-" + "y" * 40, "a" * 29 + "-" + "b" * 29 + "-" + "c" * 35):
        shown = breakable(text)
        assert "\u200b-" not in shown
        assert written(shown) == text


def test_a_long_piece_between_hyphens_still_gets_break_points() -> None:
    text = "short-" + "z" * 45
    shown = breakable(text)
    assert shown.startswith("short-") and "\u200b" in shown
    assert all(len(piece) <= RUN for piece in shown[len("short-") :].split("\u200b"))
    assert "\u200b" in breakable("x" * 95)
