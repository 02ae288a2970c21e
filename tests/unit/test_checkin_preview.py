"""The preview's cut of a long report: the latest of each dated list, the most often named of
each counted one, and a flag when anything was left out. Nothing is cut from a short one."""

from __future__ import annotations

from datetime import date, timedelta

from footholds.core.checkin import Noted, Report, for_preview
from footholds.core.insights import Insights

DAY = date(2026, 3, 16)


def report(n: int) -> Report:
    noted = [Noted(DAY - timedelta(days=n - i), f"note {i}") for i in range(n)]
    return Report(
        first=DAY - timedelta(days=n),
        last=DAY,
        made=DAY,
        days=Insights(first=DAY - timedelta(days=n), last=DAY, days=()),
        triggers=noted,
        notes=noted,
        helped=[(f"helped {i}", n - i) for i in range(n)],
    )


def test_a_short_report_is_shown_whole() -> None:
    whole = report(10)
    shown, cut = for_preview(whole, most=10)
    assert shown == whole
    assert not cut


def test_a_long_report_keeps_the_latest_and_the_most_often() -> None:
    shown, cut = for_preview(report(100), most=10)
    assert cut
    assert [n.text for n in shown.triggers] == [f"note {i}" for i in range(90, 100)]
    assert [n.text for n in shown.notes] == [f"note {i}" for i in range(90, 100)]
    assert [t for t, _ in shown.helped] == [f"helped {i}" for i in range(10)]
