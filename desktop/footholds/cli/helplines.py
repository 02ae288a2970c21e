"""`footholds helplines [--region CC] [--json]`: the emergency number and the crisis lines for a
region, for a person at a terminal and, with --json, for scripts.

The region is --region when given, else the chosen `safety.region`, else the country the
system locale names; with none of those it asks for --region rather than guess, and still
says where help is anywhere (the local emergency number, a directory of helplines). No Qt here:
it must work on a machine without a display, at the worst moment.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from datetime import date
from typing import Any

from footholds.cli.handover import say
from footholds.core import crisis, emergency
from footholds.core.paths import Paths

# said before the help for anywhere (the fallback region), never instead of it
FOR_YOUR_COUNTRY = (
    "For your country's own lines, add --region with a two-letter country code, such as "
    "--region GB, --region US or --region MX."
)
NO_REGION = "footholds: your system does not say which country you are in. " + FOR_YOUR_COUNTRY
NO_REGION_GIVEN = "footholds: no country was given. " + FOR_YOUR_COUNTRY
ANYWHERE_DANGER = (
    "If you are in danger or can't keep yourself safe right now, call your local emergency number."
)
ANYWHERE_NOTE = (
    "Look up your country's lines there when you are ready, and add them to your safety plan."
)
UNKNOWN = (
    "footholds: {code!r} is not a country code Footholds knows. Use a two-letter code such "
    "as GB, US or MX."
)


def system_locale() -> str:
    """The locale the system names for messages and formats, such as "en_GB.UTF-8"."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    return ""


def chosen_region(paths: Paths) -> str:
    """The person's `safety.region`; "" when none is chosen or the settings cannot be read."""
    from footholds.core.settings import Settings

    settings, _ = Settings.load(paths.settings_file)  # reads only, never writes
    return str(settings["safety.region"]).strip()


def which_region(paths: Paths, asked: str | None) -> tuple[str, str]:
    """(code, where it came from: "asked", "settings" or "locale"); code "" when unknown."""
    if asked is not None:
        return asked.strip().upper(), "asked"
    chosen = chosen_region(paths)
    if chosen:
        return chosen.upper(), "settings"
    return crisis.region_for_locale(system_locale()), "locale"


def helplines_data(code: str, where: str, today: date) -> dict[str, Any]:
    """Everything the command prints, as plain data (the --json output)."""
    region = crisis.crisis_region(code)
    lines = [
        {k: line[k] for k in ("id", "name", "call", "text", "keyword", "hours", "url", "note")
         if k in line}
        for line in region["lines"]
    ]  # fmt: skip
    return {
        "region": region["code"],
        "name": region["name"],
        "from": where,
        "has_lines": region["has_lines"],
        "emergency": {
            "number": region["emergency"] or None,
            "also": region["emergency_also"],
            "listed_unconfirmed": region["emergency_listed"],
        },
        "lines": lines,
        "note": region["note"],
        "checked": crisis.data_checked(),
        "stale": crisis.data_is_stale(today),
    }


def as_text(data: dict[str, Any], titled: bool = True) -> str:
    """The data as a person reads it at a terminal; `titled` False leaves out the region's
    name (when no country is known, the fallback's name would only puzzle)."""
    out = [f"{data['name']} ({data['region']})", ""] if titled else []
    number = data["emergency"]["number"]
    note = data["note"]
    if number:
        # a number the note names already ("999 works too.") is said there, once
        named = set(re.findall(r"\d+", note))
        also = [n for n in data["emergency"]["also"] if n not in named]
        more = f" (other emergency numbers there: {', '.join(also)})" if also else ""
        out.append(f"In an emergency, call {number}{more}.")
    elif data["region"] == crisis.FALLBACK_REGION:  # no one number works everywhere
        out.append(ANYWHERE_DANGER)  # as Get help now says it with no country
        # the region's note says that line again, and the directory's address, both already
        # on screen: only what is left to say
        note = ANYWHERE_NOTE
    else:
        # the note says the number could not be confirmed, and what to do: first, and once
        out.append(note)
        note = ""
        listed = data["emergency"]["listed_unconfirmed"]
        if listed:
            out.append(f"Numbers listed for it elsewhere, not confirmed: {', '.join(listed)}.")
    for line in data["lines"]:
        out += ["", line["name"]]
        ways = []
        if line.get("call"):
            ways.append(f"Call {line['call']}")
        if line.get("text"):
            keyword = f"{line['keyword']} to " if line.get("keyword") else ""
            ways.append(f"Text {keyword}{line['text']}")
        if line.get("hours"):
            ways.append(line["hours"])
        if ways:
            out.append("  " + ", ".join(ways))
        out += [f"  {line[k]}" for k in ("note", "url") if line.get(k)]
    if note:
        out += ["", note]
    if data["stale"]:
        out.append(
            f"These numbers were last checked on {data['checked']}. Numbers change; the "
            "directory at https://findahelpline.com is kept up to date."
        )
    return "\n".join(out)


def today() -> date:
    """The day to judge the numbers' age against (tests set their own), as Get help now's
    (ui/help/crisis_lines.py)."""
    return date.today()


def cmd_helplines(paths: Paths, args: argparse.Namespace) -> int:
    code, where = which_region(paths, args.region)
    titled = True
    if not code:  # no country known: say so, and still where help is, as Get help now does
        say(NO_REGION_GIVEN if where == "asked" else NO_REGION, err=True)
        code, titled = crisis.FALLBACK_REGION, False
    known = code in ("UK", crisis.FALLBACK_REGION) or emergency.is_country(code)
    if not known:
        say(UNKNOWN.format(code=args.region if where == "asked" else code), err=True)
        return 2
    data = helplines_data(code, where, today())
    say(json.dumps(data, ensure_ascii=False, indent=2) if args.json else as_text(data, titled))
    return 0
