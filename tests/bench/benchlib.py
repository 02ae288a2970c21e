"""Shared pieces of the benchmark sections: timing, figures, targets and the printed table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Row:
    """One printed line: a figure, what it is compared with, and its target if it has one."""

    figure: str
    size: str
    value: str
    beside: str = ""
    ratio: str = ""
    target: str = ""
    ok: bool | None = None  # None: no target for this line


@dataclass
class Section:
    """What one benchmark module measured: table rows plus every figure for --json."""

    name: str
    title: str
    rows: list[Row] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def check(self, name: str, value: float, limit: float, *, at_least: bool = False) -> bool:
        """Record a target's outcome in the figures; returns whether it was met."""
        ok = value >= limit if at_least else value <= limit
        self.figures.setdefault("targets", {})[name] = {
            "value": round(value, 3),
            "limit": limit,
            "at_least": at_least,
            "pass": ok,
        }
        return ok


def time_ms(action: Callable[[], object]) -> float:
    """Milliseconds one call of `action` takes."""
    start = time.perf_counter_ns()
    action()
    return (time.perf_counter_ns() - start) / 1e6


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    """The 95th percentile (nearest rank), the worst case for small sample counts."""
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1))]


def ms(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("PASS" if ok else "MISS")


def render(sections: list[Section]) -> str:
    """One table for every section, columns sized to their content."""
    head = ("figure", "size", "value", "beside", "ratio", "target", "")
    lines: list[str] = []
    for section in sections:
        cells = [head] + [
            (r.figure, r.size, r.value, r.beside, r.ratio, r.target, verdict(r.ok))
            for r in section.rows
        ]
        widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
        lines.append(f"== {section.title} ==")
        for n, c in enumerate(cells):
            lines.append(
                "  ".join(text.ljust(w) for text, w in zip(c, widths, strict=True)).rstrip()
            )
            if n == 0:
                lines.append("  ".join("-" * w for w in widths).rstrip())
        lines.extend(f"  {note}" for note in section.notes)
        lines.append("")
    return "\n".join(lines)


def quick_run(section: Section) -> None:
    """Quick runs measure tiny stores on a busy CI machine: keep the figures, judge nothing."""
    section.figures["targets_apply"] = False
    for row in section.rows:
        row.ok = None
    section.notes.append(
        "Quick run: a tiny store, few repetitions; targets are judged on full runs."
    )


def skipped(section: Section, why: str) -> Section:
    """A section that could not run here: says so, records no targets."""
    section.figures.update(skipped=why, targets_apply=False)
    section.notes.append(why)
    return section


def ratio(value: float, reference: float) -> str:
    return f"{value / reference:.2f}x" if reference else ""
