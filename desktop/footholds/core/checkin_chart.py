"""Energy and feelings over time as a small SVG, drawn in plain Python (no Qt, no libraries).

Energy is a soft line from 1 to 5. Feelings are not scored: each of the few named most often
gets its own row, with a dot on the days it came up. Calm colours only; nothing is red.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from footholds.core.html_text import escape
from footholds.core.insights import Insights

DAILY_LIMIT = 62  # longer stretches are drawn one mark per week
WIDTH = 640
LEFT, RIGHT, TOP, ENERGY_HEIGHT, ROW = 120, 36, 16, 120, 22
INK, SOFT, GRID, LINE = "#262a2e", "#5b6268", "#e4e2dc", "#3d7f7a"
ROW_COLOURS = ("#3d7f7a", "#5b7fa6", "#8a6fa8", "#a7834a", "#5f8f5a")
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"


@dataclass(frozen=True)
class Bin:
    """A day, or a week in long stretches: average energy, feelings named, entries."""

    first: date
    energy: float | None
    feelings: tuple[str, ...]
    entries: int

    @property
    def noted(self) -> bool:
        """Whether the day (week) has anything for the feelings table: an energy level or a
        feeling. Entries with only a note or a trigger give it no row, rather than a row of
        empty cells under "Feelings"."""
        return self.energy is not None or bool(self.feelings)


def bins(days: Insights) -> list[Bin]:
    """One bin per day, or per 7 days when the stretch is longer than about two months."""
    size = 1 if len(days.days) <= DAILY_LIMIT else 7
    out = []
    for start in range(0, len(days.days), size):
        group = days.days[start : start + size]
        levels = [d.energy for d in group if d.energy is not None]
        named: Counter[str] = Counter()
        for d in group:
            named.update(d.feelings)
        out.append(
            Bin(
                first=group[0].day,
                energy=sum(levels) / len(levels) if levels else None,
                feelings=tuple(name for name, _ in named.most_common()),
                entries=sum(d.entries for d in group),
            )
        )
    return out


def any_energy(points: list[Bin]) -> bool:
    """Whether energy was noted at all: with none, the summaries leave out the energy chart,
    its legend and its column rather than draw an empty 1 to 5 (or a row of dashes)."""
    return any(b.energy is not None for b in points)


def chart_size(days: Insights) -> tuple[int, int]:
    """Width and height of the chart in CSS pixels."""
    return WIDTH, _rows_top() + ROW * len(days.top_feelings) + 6


def _rows_top() -> int:
    return TOP + ENERGY_HEIGHT + 40


def _label_indices(count: int, most: int = 6) -> list[int]:
    if count <= most:
        return list(range(count))
    step = (count - 1) / (most - 1)
    return sorted({round(i * step) for i in range(most)})


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chart_svg(
    days: Insights,
    day_label: Callable[[date], str],
    *,
    title: str = "",
    energy_label: str = "Energy",
    word: Callable[[str], str] = lambda text: text,
) -> str:
    """The chart as an inline <svg> element; `word` names a feeling in the reader's language."""
    points = bins(days)
    width, height = chart_size(days)
    step = (width - LEFT - RIGHT) / max(1, len(points))

    def x(i: int) -> float:
        return LEFT + (i + 0.5) * step

    def y(level: float) -> float:
        return TOP + (5 - level) / 4 * ENERGY_HEIGHT

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        f'font-family="{FONT}" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    for level in range(1, 6):
        parts.append(
            f'<line x1="{LEFT}" y1="{y(level):.1f}" x2="{width - RIGHT}" y2="{y(level):.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
    parts.append(
        f'<text x="8" y="{y(3) + 4:.1f}" fill="{SOFT}">{escape(energy_label)}</text>'
        f'<text x="{LEFT - 8}" y="{y(5) + 4:.1f}" fill="{SOFT}" text-anchor="end">5</text>'
        f'<text x="{LEFT - 8}" y="{y(1) + 4:.1f}" fill="{SOFT}" text-anchor="end">1</text>'
    )
    known = [(x(i), y(b.energy)) for i, b in enumerate(points) if b.energy is not None]
    if len(known) > 1:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in known)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{LINE}" stroke-width="2" '
            'stroke-linejoin="round" stroke-linecap="round"/>'
        )
    for px, py in known:
        parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{LINE}"/>')
    label_y = TOP + ENERGY_HEIGHT + 20
    for i in _label_indices(len(points)):
        parts.append(
            f'<text x="{x(i):.1f}" y="{label_y}" fill="{SOFT}" font-size="11" '
            f'text-anchor="middle">{escape(day_label(points[i].first))}</text>'
        )
    for row, name in enumerate(days.top_feelings):
        colour = ROW_COLOURS[row % len(ROW_COLOURS)]
        cy = _rows_top() + ROW * row + ROW / 2
        parts.append(
            f'<text x="8" y="{cy + 4:.1f}" fill="{INK}">{escape(_short(word(name)))}</text>'
            f'<line x1="{LEFT}" y1="{cy:.1f}" x2="{width - RIGHT}" y2="{cy:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        for i, b in enumerate(points):
            if name in b.feelings:
                parts.append(f'<circle cx="{x(i):.1f}" cy="{cy:.1f}" r="5" fill="{colour}"/>')
    parts.append("</svg>")
    return "\n".join(parts)
