"""The `footholds` command line's parser. Bad arguments exit 2 with one clear line, never a
traceback. Built for every command, not for a plain start (cli/main.py): argparse and the
commands' own modules then stay out of the running app's memory."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import NoReturn

from footholds import __version__
from footholds.cli import lock as lock_command
from footholds.cli import safety_plan as safety_plan_command
from footholds.cli import session as session_command
from footholds.cli.arguments import file_name

EPILOG = """\
Your data stays on this computer. With FOOTHOLDS_HOME set, every file Footholds reads or
writes lives under that folder instead of the usual places.
"""


EXPORT_FORMATS = ("json", "csv", "md", "html", "pdf")
# The windows `footholds show` opens, as in ui/shell/registry.py (a test keeps the two the same).
# Listed here so the command line loads neither Qt nor the UI package to read them.
WINDOW_NAMES = (
    "about",
    "proof-list",
    "affirmation",
    "tough-day",
    "safety-plan",
    "help-knowledge",
    "help-now",
    "first-run",
    "today",
    "plan-activity",
    "thought-log",
    "reach-out",
    "check-in",
    "insights",
    "session-notes",
    "quick-log",
    "journal",
    "questionnaire",
    "medication",
    "settings",
)


def day_arg(text: str) -> date:
    """A YYYY-MM-DD date on the command line, within the years entries can have."""
    from footholds.core.store.validate import YEAR_MAX, YEAR_MIN

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date like 2026-03-14") from None
    if not YEAR_MIN <= day.year <= YEAR_MAX:  # 9999-12-31 would overflow the day after it
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the years Footholds keeps ({YEAR_MIN} to {YEAR_MAX})"
        )
    return day


def day_text(text: str) -> str:
    """A YYYY-MM-DD date checked as `day_arg` checks it (its words as the other dates'), kept
    as the text the store holds."""
    return day_arg(text).isoformat()


# Energy is one ASCII digit from 1 to 5, with spaces around it trimmed, and nothing else.
# Spaces are a quoting slip with one obvious meaning, so ' 3' is 3. Python's int() would also
# take digits from some seventy other scripts (the Arabic-Indic ٣, the fullwidth ３, ...) and
# underscores ('0_3'); Footholds reads none of those anywhere else (the window offers 1-5,
# the socket and the store take only a JSON whole number), so they are refused here instead of
# quietly becoming a number the person may not have meant. Keep this, the socket's LogEntry
# check and validate.number in step.
ENERGY_LEVELS = ("1", "2", "3", "4", "5")


def energy_arg(text: str) -> int:
    """--energy: '1' to '5' (surrounding spaces trimmed), as a whole number."""
    value = text.strip(" \t")
    if value not in ENERGY_LEVELS:
        raise argparse.ArgumentTypeError(f"{text[:20]!r} is not an energy level; use 1 to 5")
    return int(value)


# argparse's "invalid choice: 'lgo' (choose from 'show', 'log', ...)", choices quoted or not
INVALID_CHOICE = r"invalid choice: '?([^']*?)'? \(choose from (.*)\)$"


def kinder(message: str) -> str:
    """An unknown command or word in one plain sentence, with the likely one named, in place
    of argparse's list of every choice."""
    import difflib  # only on a mistake: the parser is built at every start
    import re

    found = re.search(INVALID_CHOICE, message)
    if found is None:
        return message
    typed = found.group(1)
    choices = [c.strip().strip("'") for c in found.group(2).split(",")]
    close = difflib.get_close_matches(typed, choices, n=1, cutoff=0.6)
    if message.startswith("argument COMMAND"):
        said = f"{typed[:40]!r} is not a command Footholds knows"
    else:  # "argument --format: invalid choice": name the option it was for
        option = re.match(r"argument (-[^:/ ]+)", message)
        place = f" for {option.group(1)}" if option else ""
        said = f"{typed[:40]!r} is not one of the choices{place}"
    if close:
        return f"{said}; did you mean {close[0]!r}?"
    # a short list is the quickest help; the commands' are in --help
    return f"{said}: {', '.join(choices)}" if len(choices) <= 8 else said


# the commands whose words are free text, by the field that holds them, and what to call it
FREE_TEXT = {"log": ("note", "note"), "proof": ("text", "entry")}


def in_quotes(parsed: argparse.Namespace, argv: list[str], extras: list[str]) -> str:
    """`footholds log feeling awful tonight`: the note's first word was taken as the note and
    the rest were left over. Say to put it in quotes, with the command that does: "" when
    the words left over are something else (an option misspelled)."""
    import shlex

    field, called = FREE_TEXT.get(getattr(parsed, "command", None) or "", ("", ""))
    first = getattr(parsed, field, "") if field else ""
    if not first or first == "-" or any(word.startswith("-") for word in extras):
        return ""
    try:
        at = argv.index(first, argv.index(parsed.command) + 1)
    except ValueError:
        return ""
    rest = argv[at + 1 :]
    for word in extras:  # the words left over, each where it was typed after the first
        if word in rest:
            rest.remove(word)
    words = " ".join([first, *extras])
    shown = f'"{words}"' if not set(words) & set('"$`\\!') else shlex.quote(words)
    command = " ".join(["footholds", *map(shlex.quote, argv[:at]), shown, *map(shlex.quote, rest)])
    return f"footholds: put the words in quotes, so they are read as one {called}:\n  {command}\n"


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        from footholds.cli.usage import missing

        plain = missing(self, message) or kinder(message)
        self.exit(2, f"footholds: {plain} (see '{self.prog} --help')\n")

    def parse_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        # argparse reports words left over (`export xml`) from the top parser, whose help
        # does not list the command's options: point to the command's own help instead
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            quoted = in_quotes(parsed, list(sys.argv[1:] if args is None else args), extras)
            if quoted:
                self.exit(2, quoted)
            from footholds.cli.usage import command_parser, left_over

            command = command_parser(self, parsed)
            said = left_over(command, extras)
            self.exit(2, f"footholds: {said} (see '{command.prog} --help')\n")
        return parsed


def build_parser() -> Parser:
    p = Parser(
        prog="footholds",
        description="A gentle companion for the days between "
        "therapy sessions. Without a command, starts Footholds (or brings it forward).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"Footholds {__version__}")
    p.add_argument(
        "--autostart",
        action="store_true",
        help="started at login: wait for the system tray before opening a window instead",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    show = sub.add_parser("show", help="open a window of the running app (starting it if needed)")
    show.add_argument(
        "what", choices=WINDOW_NAMES, metavar="WHAT", help="one of: " + ", ".join(WINDOW_NAMES)
    )

    log = sub.add_parser(
        "log",
        help="log a feeling, energy, small wins and a note",
        description="Log a feeling, energy, small wins and a note. A note typed here can be "
        "seen by other users in the process list while the command runs; to keep it private, "
        "give it on standard input instead: footholds log -  (or pipe it in).",
    )
    log.add_argument(
        "--feel", action="append", default=[], metavar="WORD", help="a feeling (repeat for more)"
    )
    log.add_argument(
        "--energy",
        type=energy_arg,
        metavar="1-5",
        help="energy from 1 (very low) to 5",
    )
    log.add_argument(
        "--win", action="append", default=[], metavar="TEXT", help="a small win (repeat for more)"
    )
    log.add_argument("--trigger", default="", help="what set it off, if anything")
    log.add_argument("--tried", default="", help="what I tried")
    log.add_argument("--helped", default="", help="what helped, even a little")
    log.add_argument("--part", default="", help="which part of me is loud right now")
    log.add_argument(
        "--slept", metavar="BED-UP", help="roughly when you went to bed and got up: 23:30-07:10"
    )
    log.add_argument(
        "--sleep-quality",
        type=int,
        choices=range(1, 6),
        metavar="1-5",
        help="how the night was, from 1 (rough) to 5 (good); goes with --slept",
    )
    log.add_argument(
        "note",
        nargs="?",
        default="",
        metavar="NOTE",
        help="an optional note; '-' (or a pipe) reads it from standard input, which other "
        "users cannot see",
    )

    proof = sub.add_parser("proof", help="your proof list: times you got through a hard day")
    proof_sub = proof.add_subparsers(dest="proof_command", metavar="ACTION", required=True)
    proof_add = proof_sub.add_parser("add", help="add a time you got through a hard day")
    proof_add.add_argument("text", metavar="TEXT", help="what you got through, in your words")
    proof_add.add_argument(
        "--date",
        type=day_text,
        metavar="YYYY-MM-DD",
        default=None,
        help="when it was (default: today)",
    )
    proof_add.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="a tag (repeat for more)"
    )
    proof_sub.add_parser("list", help="print your proof list, newest first")

    export = sub.add_parser(
        "export",
        help="export your data (json, csv) or a check-in summary (md, html, pdf)",
        description="json and csv hold everything you have written (csv as a .zip of CSV "
        "files, one for each kind of entry); md, html and pdf are the check-in summary to "
        "bring to a session (by default since your last session, or the last 14 days).",
    )
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="json",
        help="json (the default), csv (a .zip of CSV files: -o needs a name ending in .zip), "
        "or a summary: md, html, pdf",
    )
    export.add_argument(
        "--since", type=day_arg, metavar="DATE", help="summary from this day (YYYY-MM-DD)"
    )
    export.add_argument(
        "--until", type=day_arg, metavar="DATE", help="summary up to this day (default: today)"
    )
    export.add_argument(
        "-o", "--output", type=file_name, metavar="FILE", help="write here instead of stdout"
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")

    backup = sub.add_parser("backup", help="write a backup of all your data")
    backup.add_argument(
        "-o",
        "--output",
        type=file_name,
        metavar="FILE",
        help="where to write it (default: the backups folder)",
    )
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    restore = sub.add_parser(
        "restore", help="restore a backup (your current data is kept as a backup first)"
    )
    restore.add_argument(
        "file",
        type=file_name,
        metavar="FILE",
        help="the backup file to restore, as backup wrote it",
    )
    restore.add_argument(
        "--yes", action="store_true", help="restore without asking (it shows what it replaces)"
    )

    imp = sub.add_parser(
        "import",
        help="import a Footholds JSON export or a Daylio CSV export (shows what first)",
    )
    imp.add_argument(
        "file",
        type=file_name,
        metavar="FILE",
        help="the file to import: a Footholds JSON export or a Daylio CSV export",
    )
    imp.add_argument("--yes", action="store_true", help="import without asking")
    autostart = sub.add_parser("autostart", help="start Footholds when you log in, or not")
    autostart.add_argument(
        "action",
        choices=("enable", "disable", "status"),
        help="enable or disable starting at login, or show whether it is on",
    )
    remind = sub.add_parser(
        "remind", help="show a movement or rest reminder now (Footholds must be running)"
    )
    remind.add_argument(
        "kind", choices=("movement", "rest"), metavar="movement|rest", help="which reminder"
    )
    pause = sub.add_parser(
        "pause",
        help="pause reminders for 30m, 1h, ... (up to 24h), until tomorrow, "
        "or off: until you resume (the default)",
    )
    pause.add_argument(
        "length",
        nargs="?",
        default="off",
        type=pause_length,
        metavar="30m|1h|tomorrow|off",
        help="how long: minutes or hours up to 24h, until tomorrow, or off until you resume",
    )
    sub.add_parser("resume", help="resume reminders after a pause")

    safety_plan_command.add_parser(sub)
    session_command.add_parser(sub)
    lock_command.add_parser(sub)
    helplines = sub.add_parser(
        "helplines", help="print the emergency number and crisis lines for your region"
    )
    helplines.add_argument("--region", metavar="CC", help="a two-letter country code, such as GB")
    helplines.add_argument("--json", action="store_true", help="print JSON, for scripts")
    doctor = sub.add_parser("doctor", help="show what Footholds can see of this computer")
    doctor.add_argument("--json", action="store_true", help="the same, as JSON")
    sub.add_parser("quit", help="quit the running app")
    return p


def pause_length(text: str) -> str:
    """'30m', '1h', '90m', 'tomorrow' or 'off', checked and tidied: '2H' becomes '2h'."""
    value = text.strip().lower()
    if value in ("tomorrow", "off"):
        return value
    number, unit = value[:-1], value[-1:]
    if unit in ("m", "h") and number.isascii() and number.isdigit():
        minutes = int(number) * (60 if unit == "h" else 1)
        if 0 < minutes <= 24 * 60:
            return f"{int(number)}{unit}"
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a pause length; try 30m, 1h, tomorrow or off"
    )
