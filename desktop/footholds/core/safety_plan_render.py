"""The safety plan on paper: plain text to copy, Markdown and self-contained HTML. No Qt.

Every word comes from the content packs (safety_plan, safety_plan_words) in the person's
language, so the command line writes the same plan the window shows. Only the parts the
person filled in are shown; the numbered steps are counted among those, so a printed plan
reads 1, 2, 3 from the top.
"""

from __future__ import annotations

from dataclasses import dataclass

from footholds.core import content
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
class PlanPage:
    """Everything a rendering needs: the words around the plan and its filled parts."""

    title: str
    order: str  # "Go down the steps in order: ..."
    chosen_label: str  # "What I will do:"
    parts: tuple[Part, ...]

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
    number = 0
    for section in content.load_pack("safety_plan", language):
        text = sections.get(section["id"], "").strip()
        ticks = chosen if section["id"] == SAFER_SECTION else ()
        if not text and not ticks:
            continue
        if section["step"]:
            number += 1
        parts.append(
            Part(section["id"], section["title"], number if section["step"] else 0, text, ticks)
        )
    return PlanPage(words["title"], words["order"], words["chosen"], tuple(parts))


def gather(store: Store, language: str = content.DEFAULT_LANGUAGE) -> PlanPage:
    """The saved plan as a page (empty when there is none)."""
    plan = current_plan(store)
    return page(plan.sections if plan else {}, plan.safer if plan else [], language)


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
    return "\n".join(out) + "\n"


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
    return out


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
