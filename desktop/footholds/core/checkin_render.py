"""The check-in summary as Markdown (plain text first), and the words and pieces its HTML
form (core/checkin_html.py) shares. No Qt.

Every word shown comes from `Wording`, so the window can pass its translated words; the
defaults are English. Dates come from core/dates.py, the app's one formatter, never from the
C library's locale, so output is the same on every machine (the golden-file tests rely on it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from footholds.core import checkin_activity, checkin_extras, dates
from footholds.core.checkin import ACTIVITY_SECTIONS, SECTIONS, Noted, Report, SinceLast, Thought
from footholds.core.checkin_chart import Bin, any_energy, bins
from footholds.core.insights import Insights
from footholds.core.list_words import key_of
from footholds.core.markdown_text import escape_markdown as md
from footholds.core.plural import QT_TRANSLATE_N_NOOP, Plural
from footholds.core.plural import english as plural_english
from footholds.core.safety_plan_render import markdown_lines as plan_markdown_lines

SPARKS = "▁▂▄▆█"  # energy 1..5


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation; the window passes the translated words back in."""
    return text


TEXT: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("checkin", "Check-in summary"),
    "period": QT_TRANSLATE_NOOP("checkin", "{first} to {last}"),
    "made": QT_TRANSLATE_NOOP("checkin", "put together on {day}"),
    "talk": QT_TRANSLATE_NOOP("checkin", "What I want to talk about"),
    "feelings": QT_TRANSLATE_NOOP("checkin", "Feelings and energy"),
    "triggers": QT_TRANSLATE_NOOP("checkin", "What set things off"),
    "tried": QT_TRANSLATE_NOOP("checkin", "What I tried"),
    "helped": QT_TRANSLATE_NOOP("checkin", "What helped, even a little (most often first)"),
    "parts": QT_TRANSLATE_NOOP("checkin", "Parts of me that were loud"),
    "thoughts": QT_TRANSLATE_NOOP("checkin", "Thoughts I worked through"),
    "wins": QT_TRANSLATE_NOOP("checkin", "Small wins and movement"),
    "proof": QT_TRANSLATE_NOOP("checkin", "Added to my proof list"),
    "notes": QT_TRANSLATE_NOOP("checkin", "Notes"),
    "worked": QT_TRANSLATE_NOOP("checkin", "What worked"),
    "not_worked": QT_TRANSLATE_NOOP("checkin", "What didn't"),
    "empty": QT_TRANSLATE_NOOP("checkin", "Nothing noted here for these days."),
    "spark_days": QT_TRANSLATE_NOOP(
        "checkin", "Energy each day, from 1 (very low) to 5 (plenty); · means no entry."
    ),
    "spark_weeks": QT_TRANSLATE_NOOP(
        "checkin", "Energy each week, from 1 (very low) to 5 (plenty); · means no entry."
    ),
    # the same without the dot: said where no · shows (the tables list only noted days)
    "energy_days": QT_TRANSLATE_NOOP(
        "checkin", "Energy each day, from 1 (very low) to 5 (plenty)."
    ),
    "energy_weeks": QT_TRANSLATE_NOOP(
        "checkin", "Energy each week, from 1 (very low) to 5 (plenty)."
    ),
    "day": QT_TRANSLATE_NOOP("checkin", "Day"),
    "week": QT_TRANSLATE_NOOP("checkin", "Week of"),
    "energy": QT_TRANSLATE_NOOP("checkin", "Energy"),
    "feelings_col": QT_TRANSLATE_NOOP("checkin", "Feelings"),
    "feelings_named": QT_TRANSLATE_NOOP("checkin", "Feelings named most often"),
    # under the chart: the feelings named that have no row of dots in it, with their counts
    "also_named": QT_TRANSLATE_NOOP("checkin", "Also named: {named}"),
    "once": QT_TRANSLATE_NOOP("checkin", "once"),
    "times": QT_TRANSLATE_N_NOOP("checkin", "%n times", "%n time"),
    "kinder": QT_TRANSLATE_NOOP("checkin", "A kinder view"),
    "belief": QT_TRANSLATE_NOOP("checkin", "How much I believed it"),
    "belief_both": QT_TRANSLATE_NOOP("checkin", "{before} before, {after} after"),
    "traps": QT_TRANSLATE_NOOP("checkin", "Thinking traps"),
    "movements": QT_TRANSLATE_NOOP("checkin", "Movements done: {n}"),
    "on_days": QT_TRANSLATE_N_NOOP("checkin", "on %n days", "on %n day"),
    "small_wins": QT_TRANSLATE_NOOP("checkin", "Small wins"),
    "chart": QT_TRANSLATE_NOOP("checkin", "A chart of energy and feelings over these days"),
    "since_today": QT_TRANSLATE_NOOP("checkin", "My last session was today."),
    "since": QT_TRANSLATE_N_NOOP(
        "checkin",
        "%n days since my last session, on {day}.",
        "%n day since my last session, on {day}.",
    ),
    "from_last": QT_TRANSLATE_NOOP("checkin", "From my last session"),
    "remember": QT_TRANSLATE_NOOP("checkin", "What I wanted to remember"),
    "to_try": QT_TRANSLATE_NOOP("checkin", "Something to try"),
    **checkin_activity.TEXT,
}


@dataclass(frozen=True)
class Wording:
    """The words and the language of dates a rendering uses.

    Days are always named ("Sat 14 Mar", never "today": the summary is read days later) and
    carry their year only when it is not the year of `today`, which the renderers set to the
    day the summary was put together, so the same report always reads the same.
    """

    text: Mapping[str, str] = field(default_factory=lambda: dict(TEXT))
    locale: str = "en"
    plural: Plural = plural_english
    today: date | None = None
    # a starting feeling, win or part in the reader's language ("moved" is stored as its
    # English key); the person's own words come back as written
    word: Callable[[str], str] = field(default=lambda text: text)

    def named(self, counted: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
        """`counted` in the reader's words, most often first. One word kept under two names
        (an old entry saved it translated, "me moví", a later one as its key, "moved") is
        counted once, under the one name."""
        totals: dict[str, int] = {}
        for text, n in counted:
            shown = self.word(text)
            totals[shown] = totals.get(shown, 0) + n
        return sorted(totals.items(), key=lambda pair: -pair[1])

    def for_report(self, report: Report) -> Wording:
        """These words, with years measured from the day `report` was put together."""
        return self if self.today is not None else replace(self, today=report.made)

    def day(self, d: date) -> str:
        """'Sat 14 Mar', 'Wed 3 Dec 2025'."""
        today = self.today or date.today()
        return dates.day_label(d, today=today, locale=self.locale, relative=False)

    def span(self, first: date, last: date) -> str:
        """'1–7 Mar', '6–7 Dec 2025': a week's days within the period (a sleep week)."""
        return dates.short_span(first, last, today=self.today or date.today(), locale=self.locale)

    def long_day(self, d: date) -> str:
        """'14 Mar 2026': a date that stands alone (the period, the day it was made)."""
        return dates.full_date(d, locale=self.locale)

    def short_day(self, d: date) -> str:
        """'14 Mar', for the chart's axis (the period above it says the year)."""
        return dates.short_day(d, locale=self.locale)

    def decimal(self, value: float | None) -> str:
        """'2.7', '2,7': a number with the decimal mark of the rendering's language."""
        return dates.decimal(value, locale=self.locale)

    def quoted(self, text: str) -> str:
        """“Words” in English, «palabras» in Spanish: the reader's quotation marks."""
        return dates.quoted(text, locale=self.locale)

    def __getitem__(self, key: str) -> str:
        return self.text.get(key, TEXT[key])

    def counted(self, key: str, n: int) -> str:
        """A counted sentence ("on %n days") for `n`, in the rendering's language."""
        return self.plural("checkin", TEXT[key], n)

    def count(self, n: int) -> str:
        return self["once"] if n == 1 else self.counted("times", n)


def wording_in(translate: Callable[[str, str], str], plural: Plural, locale: str) -> Wording:
    """The summary's words through `translate(context, text)` and counted through `plural`:
    Qt's catalog in the window, the shipped translations read without Qt on the command line
    (core/catalog.py), so both write the same summary."""
    text = {key: translate("checkin", value) for key, value in TEXT.items()}
    text |= {k: translate("checkin_extras", v) for k, v in checkin_extras.TEXT.items()}

    def word(text: str) -> str:  # the starting lists' context (ui/common/default_lists.py)
        return translate("lists", key_of(text))

    return Wording(text=text, locale=locale, plural=plural, word=word)


def _chosen(sections: Iterable[str] | None) -> list[str]:
    wanted = set(SECTIONS if sections is None else sections)
    return [s for s in SECTIONS if s in wanted]


def respecting(report: Report, sections: Iterable[str] | None) -> Report:
    """The report without talking points drawn from a section the person left out: what
    they tried stays out everywhere once they untick it, and so does what helped."""
    chosen = set(_chosen(sections))
    return replace(
        report,
        worked=report.worked if "helped" in chosen else [],
        not_worked=report.not_worked if "tried" in chosen else [],
    )


def shown_sections(report: Report, sections: Iterable[str] | None) -> list[str]:
    """The chosen sections that have something in them: an empty one is left out, never
    padded; only a summary with nothing at all says so, once."""
    return [s for s in _chosen(sections) if report.has(s)]


def energy_word(value: float | None, w: Wording | None = None) -> str:
    """An average energy, "2.7" or "2,7" as the reader's language writes it; an empty cell
    on a day with no energy noted (a bare "–" said nothing of what it meant)."""
    return "" if value is None else (w or Wording()).decimal(value)


def energy_key(points: list[Bin], weekly: bool) -> str:
    """The sparkline's legend: "· means no entry" only when a · is in it (the tables under
    it list only the days something was noted, so the HTML never says it)."""
    blank = any(b.energy is None for b in points)
    return ("spark_" if blank else "energy_") + ("weeks" if weekly else "days")


def also_named(days: Insights, w: Wording) -> list[tuple[str, int]]:
    """The feelings named in the period that have no row of dots in the chart, in the
    reader's words with their counts, most named first: said under the chart, so none is
    left out of it unsaid."""
    rows = {w.word(name) for name in days.top_feelings}
    return [(name, n) for name, n in w.named(days.feelings) if name not in rows]


def sparkline(points: list[Bin]) -> str:
    """One mark per day or week: ▁ (1) to █ (5), · where nothing was noted."""
    return "".join("·" if b.energy is None else SPARKS[int(b.energy + 0.5) - 1] for b in points)


# -- Markdown --------------------------------------------------------------------------------


def to_markdown(
    report: Report, sections: Iterable[str] | None = None, words: Wording | None = None
) -> str:
    """The summary as Markdown that reads well as plain text."""
    w = (words or Wording()).for_report(report)
    report = respecting(report, sections)
    out = [
        f"# {w['title']}",
        "",
        w["period"].format(first=w.long_day(report.first), last=w.long_day(report.last))
        + f" · {w['made'].format(day=w.long_day(report.made))}",
    ]
    if report.since is not None:
        out += ["", since_line(report.since, w)]
        kept = kept_since(report.since, w)
        if kept:
            out += ["", f"## {w['from_last']}", ""]
            out += [f"- {label}: {_indent(md(text))}" for label, text in kept]
    shown = shown_sections(report, sections)
    if not shown:
        out += ["", w["empty"]]
    for section in shown:
        if section in ACTIVITY_SECTIONS:
            lines = checkin_activity.markdown(section, report.did, report.sleep, w)
            out += ["", f"## {w[section]}", "", *lines]
            continue
        out += ["", f"## {w[section]}", ""]
        out += _MD_SECTIONS[section](report, w)
    out += checkin_extras.markdown_lines(report.extras, w.text, w.day, w.plural)
    if report.plan is not None and not report.plan.empty:
        out += ["", *plan_markdown_lines(report.plan, level=2)]
    return "\n".join(out).rstrip() + "\n"


def since_line(since: SinceLast, w: Wording) -> str:
    """Days elapsed since the last session: a plain count of days, of nothing else."""
    if since.days == 0:
        return w["since_today"]
    return w.counted("since", since.days).format(day=w.day(since.day))


def kept_since(since: SinceLast, w: Wording) -> list[tuple[str, str]]:
    """What the person wrote after their last session, in their words."""
    pairs = [(w["remember"], since.remember), (w["to_try"], since.to_try)]
    return [(label, text) for label, text in pairs if text]


def _indent(text: str, prefix: str = "  ") -> str:
    """Multi-line text continued under a list item."""
    return text.replace("\n", "\n" + prefix)


def _md_noted(items: list[Noted], w: Wording) -> list[str]:
    return [f"- {w.day(n.day)}: {_indent(md(n.text))}" for n in items]


def _md_dated(items: list[Noted], w: Wording) -> list[str]:
    """Proofs in date order; one from another year says its year (they can be from long ago)."""
    return [f"- {w.day(n.day)}: {_indent(md(n.text))}" for n in items]


def by_day(items: list[Noted]) -> list[tuple[date, list[str]]]:
    """Notes gathered under their day, in the order written."""
    days: dict[date, list[str]] = {}
    for n in items:
        days.setdefault(n.day, []).append(n.text)
    return list(days.items())


def _md_notes(report: Report, w: Wording) -> list[str]:
    out: list[str] = []
    for day, texts in by_day(report.notes):
        out += [f"- {w.day(day)}", *(f"  - {_indent(md(t), '    ')}" for t in texts)]
    return out


def _md_counted(items: list[tuple[str, int]], w: Wording) -> list[str]:
    return [f"- {md(text)} ({w.count(n)})" for text, n in items]


def _md_talk(report: Report, w: Wording) -> list[str]:
    """The person's own words first, right under the heading they wrote them under ("What I
    want to talk about"), then what worked and what didn't; a part with nothing in it is
    left out."""
    out: list[str] = []
    if report.talk_about:
        out += [*md(report.talk_about).splitlines(), ""]
    if report.worked:
        out += [f"### {w['worked']}", "", *_md_counted(report.worked, w), ""]
    if report.not_worked:
        out += [f"### {w['not_worked']}", "", *_md_noted(report.not_worked, w), ""]
    return out[:-1] if out and out[-1] == "" else out


def _md_feelings(report: Report, w: Wording) -> list[str]:
    points = bins(report.days)
    weekly = len(points) < len(report.days.days)
    energy = any_energy(points)  # none noted: no row of dots, no legend, no column
    out: list[str] = []
    if energy:
        span = w.day(points[0].first)
        if len(points) > 1:
            span += f" – {w.day(points[-1].first)}"
        out += [w[energy_key(points, weekly)], "", f"    {sparkline(points)}   ({span})", ""]
    heads = [w["week" if weekly else "day"], *([w["energy"]] if energy else []), w["feelings_col"]]
    out += ["| " + " | ".join(heads) + " |", "|" + " --- |" * len(heads)]
    for b in points:
        if b.noted:
            level = [energy_word(b.energy, w)] if energy else []
            feelings = ", ".join(md(w.word(f)) for f in b.feelings)
            out.append("| " + " | ".join([w.day(b.first), *level, feelings]) + " |")
    if report.days.feelings:
        named = ", ".join(f"{md(name)} ({w.count(n)})" for name, n in w.named(report.days.feelings))
        out += ["", f"{w['feelings_named']}: {named}"]
    return out


def _md_thoughts(report: Report, w: Wording) -> list[str]:
    out: list[str] = []
    for t in report.thoughts:
        out.append(f"- {w.day(t.day)}: {w.quoted(_indent(md(t.thought)))}")
        out += [f"  - {label}" for label in thought_lines(t, w, md)]
    return out


def thought_lines(t: Thought, w: Wording, own: Callable[[str], str] = str) -> list[str]:
    """The lines under a thought; `own` escapes the person's words for the format."""
    lines = []
    if t.balanced:
        lines.append(f"{w['kinder']}: {_indent(own(t.balanced), '    ')}")
    if t.belief_before is not None and t.belief_after is not None:
        both = w["belief_both"].format(before=f"{t.belief_before}%", after=f"{t.belief_after}%")
        lines.append(f"{w['belief']}: {both}")
    elif t.belief_before is not None or t.belief_after is not None:
        lines.append(f"{w['belief']}: {t.belief_before or t.belief_after}%")
    if t.traps:
        lines.append(f"{w['traps']}: {', '.join(own(trap) for trap in t.traps)}")
    return lines


def movement_line(report: Report, w: Wording) -> str:
    days = report.movement_days
    where = w.counted("on_days", days)
    return f"{w['movements'].format(n=report.movements)} ({where})"


def _md_wins(report: Report, w: Wording) -> list[str]:
    out = [f"- {movement_line(report, w)}"] if report.movements else []
    if report.wins:
        wins = ", ".join(f"{md(t)} ({w.count(n)})" for t, n in w.named(report.wins))
        out.append(f"- {w['small_wins']}: {wins}")
    return out


_MD_SECTIONS: dict[str, Callable[[Report, Wording], list[str]]] = {
    "talk": _md_talk,
    "feelings": _md_feelings,
    "triggers": lambda r, w: _md_noted(r.triggers, w),
    "tried": lambda r, w: _md_noted(r.tried, w),
    "helped": lambda r, w: _md_counted(r.helped, w),
    "parts": lambda r, w: _md_counted(w.named(r.parts), w),
    "thoughts": _md_thoughts,
    "wins": _md_wins,
    "proof": lambda r, w: _md_dated(r.proof, w),
    "notes": _md_notes,
}
