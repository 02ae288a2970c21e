"""The check-in summary as a self-contained HTML page: the words and pieces come from
checkin_render.py (the Markdown form), the chart is inline SVG. No Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from footholds.core import checkin_activity, checkin_extras
from footholds.core.checkin import ACTIVITY_SECTIONS, Noted, Report
from footholds.core.checkin_chart import any_energy, bins, chart_size, chart_svg
from footholds.core.checkin_render import (
    Wording,
    also_named,
    by_day,
    energy_word,
    kept_since,
    movement_line,
    respecting,
    shown_sections,
    since_line,
    thought_lines,
)
from footholds.core.html_text import escape
from footholds.core.safety_plan_render import html_lines as plan_html_lines

_STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #262a2e;
       font-size: 14px; }
h1 { font-size: 22px; font-weight: 600; margin-bottom: 4px; }
h2 { font-size: 17px; font-weight: 600; color: #2d6d68; margin-top: 22px; }
h3 { font-size: 15px; font-weight: 600; margin: 12px 0 4px; }
.soft { color: #5b6268; }
a { color: #2d6d68; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid #e4e2dc; }
ul { padding-left: 18px; }
li { margin: 3px 0; }
.chart { line-height: 100%; }
"""
# Only for browsers: Qt's rich text would take these literally and scroll sideways.
_PAGE_STYLE = """
body { background: #ffffff; max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"""


def _h(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def to_html(
    report: Report,
    sections: Iterable[str] | None = None,
    words: Wording | None = None,
    *,
    chart_src: str | None = None,
    chart_width: int | None = None,
    lang: str = "en",
    most_rows: int | None = None,
) -> str:
    """A self-contained HTML page. The chart is inline SVG, or `<img src=chart_src>` for
    renderers without SVG support (Qt's rich text), which then supply that image, drawn
    `chart_width` pixels wide when the page is narrower than the chart. `most_rows`: the
    feelings table keeps only its latest rows (the window's preview of a long stretch)."""
    w = (words or Wording()).for_report(report)
    report = respecting(report, sections)
    period = w["period"].format(first=w.long_day(report.first), last=w.long_day(report.last))
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}"><head><meta charset="utf-8">',
        f"<title>{_h(w['title'])}</title>",
        f"<style>{_STYLE}{_PAGE_STYLE if chart_src is None else ''}</style></head><body>",
        f"<h1>{_h(w['title'])}</h1>",
        f'<p class="soft">{_h(period)} · {_h(w["made"].format(day=w.long_day(report.made)))}</p>',
    ]
    if report.since is not None:
        out.append(f"<p>{_h(since_line(report.since, w))}</p>")
        kept = kept_since(report.since, w)
        if kept:
            out.append(f"<h2>{_h(w['from_last'])}</h2>")
            out += _ul([f"<b>{_h(label)}</b>: {_h(text)}" for label, text in kept])
    shown = shown_sections(report, sections)
    if not shown:
        out.append(f'<p class="soft">{_h(w["empty"])}</p>')
    for section in shown:
        if section in ACTIVITY_SECTIONS:
            out.append(f"<h2>{_h(w[section])}</h2>")
            out += checkin_activity.html_lines(section, report.did, report.sleep, w)
            continue
        out.append(f"<h2>{_h(w[section])}</h2>")
        if section == "feelings":
            out += _html_feelings(report, w, chart_src, chart_width, most_rows)
        else:
            out += _HTML_SECTIONS[section](report, w)
    out += checkin_extras.html_lines(report.extras, w.text, w.day, w.plural)
    if report.plan is not None and not report.plan.empty:
        out += plan_html_lines(report.plan, level=2)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _ul(items: list[str]) -> list[str]:
    return ["<ul>", *(f"<li>{item}</li>" for item in items), "</ul>"]


def _html_noted(items: list[Noted], w: Wording) -> list[str]:
    return _ul([f"<b>{_h(w.day(n.day))}</b>: {_h(n.text)}" for n in items])


def _html_talk(report: Report, w: Wording) -> list[str]:
    """The person's own words first, right under the heading they wrote them under ("What I
    want to talk about"), then what worked and what didn't; a part with nothing in it is
    left out."""
    out: list[str] = []
    if report.talk_about:
        out.append(f"<p>{_h(report.talk_about)}</p>")
    if report.worked:
        out += [f"<h3>{_h(w['worked'])}</h3>", *_html_counted(report.worked, w)]
    if report.not_worked:
        out += [f"<h3>{_h(w['not_worked'])}</h3>", *_html_noted(report.not_worked, w)]
    return out


def _html_notes(report: Report, w: Wording) -> list[str]:
    items = []
    for day, texts in by_day(report.notes):
        inner = "".join(f"<li>{_h(t)}</li>" for t in texts)
        items.append(f"<b>{_h(w.day(day))}</b><ul>{inner}</ul>")
    return _ul(items)


def _html_counted(items: list[tuple[str, int]], w: Wording) -> list[str]:
    # the count is one phrase: "(una vez)" never breaks across two lines
    return _ul([f'{_h(t)} <span class="soft">({_kept(w.count(n))})</span>' for t, n in items])


def _named(items: list[tuple[str, int]], w: Wording) -> str:
    """Names with how often each came up, as What helped says it: "calm (once), tired (2
    times)", escaped, each count kept on one line."""
    return ", ".join(f"{_h(t)} ({_kept(w.count(n))})" for t, n in items)


def _kept(text: str) -> str:
    """`text` escaped, with non-breaking spaces so it stays on one line."""
    return _h(text).replace(" ", "&nbsp;")


def _html_feelings(
    report: Report,
    w: Wording,
    chart_src: str | None,
    chart_width: int | None,
    most_rows: int | None = None,
) -> list[str]:
    points = bins(report.days)
    weekly = len(points) < len(report.days.days)
    energy = any_energy(points)
    out: list[str] = []
    if energy:  # none noted: no empty 1 to 5, no legend for it, no column of dashes
        if chart_src is None:
            chart = chart_svg(
                report.days, w.short_day, title=w["chart"], energy_label=w["energy"], word=w.word
            )
        else:
            width, height = chart_size(report.days)
            if chart_width and chart_width < width:
                width, height = chart_width, round(height * chart_width / width)
            chart = (
                f'<img src="{escape(chart_src)}" width="{width}" height="{height}" '
                f'alt="{escape(w["chart"])}">'
            )
        out.append(f'<div class="chart">{chart}</div>')
        rest = also_named(report.days, w)
        if rest:  # the feelings with no row of dots, right under them: none left out unsaid
            out.append(f'<p class="soft">{_h(w["also_named"]).format(named=_named(rest, w))}</p>')
        # no "· means no entry": the table lists only the days (weeks) something was noted
        out.append(f'<p class="soft">{_h(w["energy_weeks" if weekly else "energy_days"])}</p>')
    heads = [w["week" if weekly else "day"], *([w["energy"]] if energy else []), w["feelings_col"]]
    # a head row: the column names again on each page the table runs onto
    out.append("<table><thead><tr>" + "".join(f"<th>{_h(h)}</th>" for h in heads) + "</tr></thead>")
    rows = [b for b in points if b.noted]
    for b in rows[-most_rows:] if most_rows else rows:
        level = [energy_word(b.energy, w)] if energy else []
        cells = [w.day(b.first), *level, ", ".join(w.word(f) for f in b.feelings)]
        out.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in cells) + "</tr>")
    out.append("</table>")
    if report.days.feelings:
        named = _named(w.named(report.days.feelings), w)
        out.append(f"<p>{_h(w['feelings_named'])}: {named}</p>")
    return out


def _html_thoughts(report: Report, w: Wording) -> list[str]:
    items = []
    for t in report.thoughts:
        inner = "".join(f"<li>{_h(line)}</li>" for line in thought_lines(t, w))
        head = f"<b>{_h(w.day(t.day))}</b>: {w.quoted(_h(t.thought))}"
        items.append(head + (f"<ul>{inner}</ul>" if inner else ""))
    return _ul(items)


def _html_wins(report: Report, w: Wording) -> list[str]:
    items = [_h(movement_line(report, w))] if report.movements else []
    if report.wins:
        items.append(f"{_h(w['small_wins'])}: {_named(w.named(report.wins), w)}")
    return _ul(items)


_HTML_SECTIONS: dict[str, Callable[[Report, Wording], list[str]]] = {
    "talk": lambda r, w: _html_talk(r, w),
    "triggers": lambda r, w: _html_noted(r.triggers, w),
    "tried": lambda r, w: _html_noted(r.tried, w),
    "helped": lambda r, w: _html_counted(r.helped, w),
    "parts": lambda r, w: _html_counted(w.named(r.parts), w),
    "thoughts": _html_thoughts,
    "wins": _html_wins,
    "proof": lambda r, w: _ul([f"<b>{_h(w.day(n.day))}</b>: {_h(n.text)}" for n in r.proof]),
    "notes": _html_notes,
}
