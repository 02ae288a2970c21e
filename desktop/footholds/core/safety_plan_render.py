"""The safety plan on paper: plain text to copy, Markdown and self-contained HTML. No Qt.

Every word comes from the content packs (safety_plan, safety_plan_words) in the person's
language, so the command line writes the same plan the window shows. Only the parts the
person filled in are shown, each step with its own number, the one the plan's window gives
it: step 6 is "6." on paper, on screen and in the window alike, whichever steps are empty.

A plan leaving the app (saved, printed, copied) ends with where help is (with_help): the
emergency number and the crisis lines of the person's country, from the same data Get help
now shows (core/crisis.py), or, with no country chosen, the sentence Get help now says then
and the directory of helplines. Never a number of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from footholds.core import content, crisis, dates
from footholds.core.html_text import escape
from footholds.core.markdown_text import escape_markdown
from footholds.core.store import SafetyPlan, Store


@dataclass(frozen=True)
class Part:
    """One filled part of the plan, as shown."""

    id: str
    title: str
    number: int  # 0: not one of the numbered steps (what I want to stay for)
    text: str
    chosen: tuple[str, ...] = ()  # the ways of making the space safer, in words

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class HelpLine:
    """One crisis line (or the directory of helplines), in words to print."""

    name: str
    ways: tuple[str, ...]  # "Call 988", "Text HOME to 741741"
    url: str
    details: str  # its hours and note: "24/7 · For Spanish, call 988 and press 2."


@dataclass(frozen=True)
class HelpPart:
    """Where help is, at the end of a plan on paper: the emergency sentence, with `number` in
    place of its {number} ("" when the sentence names the local emergency number), the
    country's other emergency numbers, its lines and when they were checked."""

    title: str
    danger: str
    number: str
    also: str
    lines: tuple[HelpLine, ...]
    about: str

    def sentence(self) -> str:
        """The emergency sentence, as plain text."""
        return self.danger.replace("{number}", self.number) if self.number else self.danger


@dataclass(frozen=True)
class PlanPage:
    """Everything a rendering needs: the words around the plan and its filled parts, and
    where help is (`help`, for a plan leaving the app; None on screen and in the summary)."""

    title: str
    order: str  # "Go down the steps in order: ..."
    chosen_label: str  # "What I will do:"
    parts: tuple[Part, ...]
    help: HelpPart | None = None

    @property
    def empty(self) -> bool:
        return not self.parts


SAFER_SECTION = "sp-safer-space"  # the part the ticked ways of making it safer belong to


def current_plan(store: Store) -> SafetyPlan | None:
    """The one safety plan, if the person has started it (the oldest, should there be two)."""
    plans = store.all(SafetyPlan)
    return plans[0] if plans else None


def page(
    sections: dict[str, str], safer: list[str], language: str = content.DEFAULT_LANGUAGE
) -> PlanPage:
    """The plan's filled parts in the plan's order, in `language`."""
    words = content.load_document("safety_plan_words", language)
    options = {o["id"]: o["text"] for o in words["safer_options"]}
    # the person's ticks in the order the window lists them; an id from a newer version is
    # left out rather than shown as a bare id
    chosen = tuple(options[i] for i in options if i in safer)
    parts: list[Part] = []
    for section in content.load_pack("safety_plan", language):
        text = sections.get(section["id"], "").strip()
        ticks = chosen if section["id"] == SAFER_SECTION else ()
        if text or ticks:  # each step keeps the number the plan's window gives it
            parts.append(Part(section["id"], section["title"], section["step"], text, ticks))
    return PlanPage(words["title"], words["order"], words["chosen"], tuple(parts))


def gather(store: Store, language: str = content.DEFAULT_LANGUAGE) -> PlanPage:
    """The saved plan as a page (empty when there is none)."""
    plan = current_plan(store)
    return page(plan.sections if plan else {}, plan.safer if plan else [], language)


def with_help(plan: PlanPage, region: str, language: str = content.DEFAULT_LANGUAGE) -> PlanPage:
    """`plan` ending with where help is in `region` (its code, as Get help now shows it; ""
    or "ZZ" for none chosen), in `language`."""
    return replace(plan, help=help_part(region, language))


def help_part(region: str, language: str = content.DEFAULT_LANGUAGE) -> HelpPart:
    """Where help is in `region`, as Get help now says it: the region's own emergency number
    and lines (crisis.crisis_region), never another country's; with no country chosen ("",
    "ZZ"), to call the local emergency number, and the directory of helplines."""
    words = content.load_document("safety_plan_words", language)["help"]
    found = crisis.crisis_region(region if region.strip() else crisis.FALLBACK_REGION, language)
    known = found["code"] != crisis.FALLBACK_REGION
    number = str(found["emergency"]) if known else ""
    note = str(found["note"])
    # a number the note names already ("999 works too.") is said there, once
    named = set(re.findall(r"\d+", note))
    also = [str(n) for n in found["emergency_also"] if n and n != number and n not in named]
    checked = dates.full_date(str(found.get("checked", "")), locale=language)
    if not known:  # none chosen: the sentence and the directory say it all
        about = ""
    elif found["has_lines"]:
        about = words["lines_checked"].format(place=found["name"], date=checked, note=note)
    elif number:  # a country without lines: what was checked is its number
        about = words["number_checked"].format(place=found["name"], date=checked, note=note)
    else:  # its number could not be confirmed: the note says so, and what to do
        about = note
    return HelpPart(
        title=words["title"],
        danger=words["danger"] if number else words["danger_local"],
        number=number,
        also=words["also"].format(numbers=", ".join(also)) if also else "",
        lines=tuple(_help_line(line, words) for line in found["lines"]),
        about=about,
    )


def _help_line(line: dict[str, Any], words: dict[str, str]) -> HelpLine:
    ways = []
    if line.get("call"):
        ways.append(words["call"].format(number=line["call"]))
    if line.get("text"):
        said = words["text_word"] if line.get("keyword") else words["text"]
        ways.append(said.format(word=line.get("keyword", ""), number=line["text"]))
    details = " · ".join(str(line[k]) for k in ("hours", "note") if line.get(k))
    return HelpLine(str(line["name"]), tuple(ways), str(line.get("url", "")), details)


def _order_goes_before(part: Part, seen_step: bool) -> bool:
    return bool(part.number) and not seen_step


# -- plain text and Markdown -----------------------------------------------------------------


def to_text(plan: PlanPage) -> str:
    """The plan as plain text, to paste into a message or a note."""
    out = [plan.title]
    seen_step = False
    for part in plan.parts:
        if _order_goes_before(part, seen_step):
            out += ["", plan.order]
            seen_step = True
        out += ["", part.heading]
        if part.text:
            out.append(part.text)
        if part.chosen:
            out.append(plan.chosen_label)
            out += [f"- {item}" for item in part.chosen]
    if plan.help is not None:
        out += ["", *_help_text(plan.help)]
    return "\n".join(out) + "\n"


def _help_text(help_: HelpPart) -> list[str]:
    out = [help_.title, help_.sentence()]
    if help_.also:
        out.append(help_.also)
    for line in help_.lines:
        out += ["", line.name]
        out += [f"  {row}" for row in (" · ".join(line.ways), line.url, line.details) if row]
    if help_.about:
        out += ["", help_.about]
    return out


def markdown_lines(plan: PlanPage, level: int = 1) -> list[str]:
    """The plan as Markdown lines, its title at heading `level` (2 inside the summary)."""
    top, sub = "#" * level, "#" * (level + 1)
    out = [f"{top} {plan.title}"]
    seen_step = False
    for part in plan.parts:
        if _order_goes_before(part, seen_step):
            out += ["", f"*{plan.order}*"]
            seen_step = True
        out += ["", f"{sub} {part.heading}"]
        if part.text:  # the person's words, escaped so they read as written
            out += ["", *escape_markdown(part.text).splitlines()]
        if part.chosen:
            out += ["", plan.chosen_label, "", *(f"- {item}" for item in part.chosen)]
    if plan.help is not None:
        out += ["", *_help_markdown(plan.help, sub)]
    return out


def _help_markdown(help_: HelpPart, heading: str) -> list[str]:
    # the data's words are escaped as the person's are: a name or a note is never markup
    out = [f"{heading} {escape_markdown(help_.title)}", ""]
    out.append(_md_number(help_) if help_.number else escape_markdown(help_.danger))
    if help_.also:
        out += ["", escape_markdown(help_.also)]
    for line in help_.lines:
        rows = [f"**{escape_markdown(line.name)}**"]
        rows += [
            escape_markdown(row) for row in (" · ".join(line.ways), line.url, line.details) if row
        ]
        out += ["", "  \n".join(rows)]  # two spaces: a line break within the paragraph
    if help_.about:
        out += ["", f"*{escape_markdown(help_.about)}*"]
    return out


def _md_number(help_: HelpPart) -> str:
    before, _, after = help_.danger.partition("{number}")
    number = escape_markdown(help_.number)
    return f"{escape_markdown(before)}**{number}**{escape_markdown(after)}"


def to_markdown(plan: PlanPage) -> str:
    """The plan as Markdown that reads well as plain text."""
    return "\n".join(markdown_lines(plan)).rstrip() + "\n"


# -- HTML ------------------------------------------------------------------------------------

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #262a2e;
       font-size: 14px; }
h1 { font-size: 22px; font-weight: 600; margin-bottom: 4px; }
h2 { font-size: 17px; font-weight: 600; color: #2d6d68; margin-top: 22px; }
h3 { font-size: 15px; font-weight: 600; color: #2d6d68; margin-top: 16px; }
.soft { color: #5b6268; }
a { color: #2d6d68; }
.now { font-size: 16px; }
ul { padding-left: 18px; }
li { margin: 3px 0; }
"""
# Only for browsers: Qt's rich text would take these literally.
PAGE_STYLE = """
body { background: #ffffff; max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } }
"""


def _h(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def html_lines(plan: PlanPage, level: int = 1) -> list[str]:
    """The plan as HTML body lines, its title at heading `level` (2 inside the summary)."""
    top, sub = f"h{level}", f"h{level + 1}"
    out = [f"<{top}>{_h(plan.title)}</{top}>"]
    seen_step = False
    for part in plan.parts:
        if _order_goes_before(part, seen_step):
            out.append(f'<p class="soft"><i>{_h(plan.order)}</i></p>')
            seen_step = True
        out.append(f"<{sub}>{_h(part.heading)}</{sub}>")
        if part.text:
            out.append(f"<p>{_h(part.text)}</p>")
        if part.chosen:
            out.append(f"<p>{_h(plan.chosen_label)}</p>")
            out += ["<ul>", *(f"<li>{_h(item)}</li>" for item in part.chosen), "</ul>"]
    if plan.help is not None:
        out += _help_html(plan.help, sub)
    return out


def _help_html(help_: HelpPart, heading: str) -> list[str]:
    before, _, after = help_.danger.partition("{number}")
    sentence = (
        f"{_h(before)}<b>{_h(help_.number)}</b>{_h(after)}" if help_.number else _h(help_.danger)
    )
    # the emergency sentence a little larger, as Get help now shows it
    out = [f"<{heading}>{_h(help_.title)}</{heading}>", f'<p class="now">{sentence}</p>']
    if help_.also:
        out.append(f"<p>{_h(help_.also)}</p>")
    for line in help_.lines:
        rows = [f"<b>{_h(line.name)}</b>"]
        if line.ways:
            rows.append(_h(" · ".join(line.ways)))
        if line.url:
            url = escape(line.url)
            rows.append(f'<a href="{url}">{url}</a>')
        if line.details:
            rows.append(_h(line.details))
        out.append(f"<p>{'<br>'.join(rows)}</p>")
    if help_.about:
        out.append(f'<p class="soft">{_h(help_.about)}</p>')
    return out


def to_html(plan: PlanPage, *, lang: str = "en", for_qt: bool = False) -> str:
    """A self-contained HTML page; `for_qt` leaves out what Qt's rich text cannot take."""
    return (
        "\n".join(
            [
                "<!DOCTYPE html>",
                f'<html lang="{escape(lang)}"><head><meta charset="utf-8">',
                f"<title>{_h(plan.title)}</title>",
                f"<style>{STYLE}{'' if for_qt else PAGE_STYLE}</style></head><body>",
                *html_lines(plan),
                "</body></html>",
            ]
        )
        + "\n"
    )
