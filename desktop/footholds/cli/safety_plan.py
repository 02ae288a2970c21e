"""`footholds safety-plan`: the person's safety plan as Markdown, HTML or PDF.

Reading is safe beside the running app (every store file is replaced atomically). Qt is
loaded only to draw a PDF; Markdown and HTML come from the core renderer.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from footholds.cli.arguments import file_name

if TYPE_CHECKING:  # the parser is built at every start: keep this module's imports light
    from footholds.core.paths import Paths
    from footholds.core.safety_plan_render import PlanPage
    from footholds.core.settings import Settings

FORMATS = ("md", "html", "pdf")


def add_parser(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the `safety-plan` command to the command line."""
    parser = sub.add_parser(
        "safety-plan",
        help="write your safety plan as md (the default, to the screen), html or pdf",
        description="Writes your safety plan, in the language Footholds speaks, to keep, "
        "print or share. Only the parts you filled in are written. A pdf needs -o FILE.",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="md",
        help="md (the default), html, or pdf (a pdf needs -o FILE)",
    )
    parser.add_argument(
        "-o", "--output", type=file_name, metavar="FILE", help="write here instead of stdout"
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def plan_language(choice: str) -> str:
    """The language to write the plan in: the setting, or the system's for "system"."""
    if choice != "system":
        return choice
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    return "en"


def cmd_safety_plan(paths: Paths, args: argparse.Namespace) -> int:
    from footholds.cli.data_files import open_for_reading
    from footholds.cli.handover import say
    from footholds.core import content, safety_plan_render
    from footholds.core.settings import Settings

    if args.format == "pdf" and not args.output and sys.stdout.isatty():
        say("footholds: a pdf file needs somewhere to go: add -o FILE.", err=True)
        return 2
    target = Path(args.output).expanduser() if args.output else None
    if target is not None:
        from footholds.core.paths import OwnFolder

        try:  # never over the store or the settings: entries would be lost
            paths.check_outside(target)
        except OwnFolder as exc:
            say(f"footholds: {exc}", err=True)
            return 1
        from footholds.cli.data_files import would_replace

        if would_replace(target, args.force):  # before a passphrase is asked for
            return 1
    settings, _ = Settings.load(paths.settings_file)
    language = content.language_code(plan_language(str(settings["general.language"])))
    page = readable_page(paths, settings, language)
    if page is None:  # the lock off, open here, or the plan sealed: from the store
        if plan_sealed_away(paths, settings):
            return 1
        store = open_for_reading(paths)  # with the lock on, this asks for the passphrase
        try:
            page = safety_plan_render.gather(store, language)
        finally:
            store.close()
    if page.empty:
        say(
            "Your safety plan is empty for now. You can write it in Footholds when you are "
            "ready: footholds show safety-plan\n" + help_without_passphrase(settings),
            err=True,
        )
        return 1
    # ending with where help is, as the app's Save as and Print write it
    page = safety_plan_render.with_help(page, plan_region(settings), language)
    if args.format == "md":
        data = safety_plan_render.to_markdown(page).encode("utf-8")
    elif args.format == "html":
        data = safety_plan_render.to_html(page, lang=language).encode("utf-8")
    else:
        data = _pdf(page)
    try:
        if target is not None:
            from footholds.core.atomic import is_stream, write_out

            stream = is_stream(target)
            write_out(target, data)  # a FIFO or /dev/stdout is written to, never replaced
            say(f"Wrote your safety plan to {args.output}", err=stream)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
    except OSError as exc:
        from footholds.cli.data_files import not_written

        say(f"footholds: could not write the plan: {not_written(exc, target)}", err=True)
        return 1
    return 0


def plan_region(settings: Settings) -> str:
    """Whose emergency number and lines end the plan, as the app chooses them (ui/help/
    region.py): the person's choice, else the country the system's locale names when
    Footholds has lines of its own there; "" for none (then the local emergency number)."""
    from footholds.cli.helplines import system_locale
    from footholds.core import crisis

    chosen = str(settings["safety.region"]).strip()
    if chosen:
        return chosen
    country = crisis.region_for_locale(system_locale())
    return country if crisis.has_lines(country) else ""


def readable_page(paths: Paths, settings: Settings, language: str) -> PlanPage | None:
    """With the lock closed, the plan as its readable file holds it (core/lock/readable.py):
    it prints without the passphrase, as Get help now shows it. An empty page when there is
    no plan; None when the store is to be read instead: the lock off or open here, the plan
    locked too, or its file not in its readable form yet (sealed, or unreadable)."""
    from footholds.core import safety_plan_render
    from footholds.core.lock import is_on
    from footholds.core.lock.readable import plan_locked, readable_plan
    from footholds.core.store import SafetyPlan, storage

    if not is_on(paths.data_dir) or storage.codec is not None or plan_locked(settings):
        return None
    if not (paths.store_dir / f"{SafetyPlan.KIND}.json").exists():
        return safety_plan_render.page({}, [], language)  # none written yet
    plan = readable_plan(paths.store_dir)
    if plan is None:
        return None
    return safety_plan_render.page(plan.sections, plan.safer, language)


def locked_too(settings: Settings) -> str:
    """Why the plan cannot be written here, naming the setting as Settings labels it (the
    label itself, so the two cannot drift apart), and where help is without the passphrase."""
    from footholds.core.settings import BY_NAME

    label = BY_NAME["lock.safety_plan"].label
    return (
        "Your safety plan is locked with the rest of your entries, as you chose in Settings "
        f"({label}). `footholds unlock` opens it in Footholds; to write it here, type your "
        "passphrase on a terminal, or give it with FOOTHOLDS_PASSPHRASE_FILE=FILE.\n"
        + help_without_passphrase(settings)
    )


def help_without_passphrase(settings: Settings) -> str:
    """Where help is with no passphrase: the chosen country's emergency number when it is
    confirmed (never one only listed elsewhere), and the crisis lines, which are never
    locked."""
    from footholds.core import crisis

    code = str(settings["safety.region"]).strip()
    region = crisis.crisis_region(code) if code else {}
    lines = "`footholds helplines` shows the crisis lines, no passphrase needed."
    if region.get("code") not in ("", crisis.FALLBACK_REGION) and region.get("emergency"):
        return f"If you are in danger, call {region['emergency']} ({region['name']}). " + lines
    return "If you are in danger, call your local emergency number. " + lines


def plan_sealed_away(paths: Paths, settings: Settings) -> bool:
    """With the lock closed and the plan locked too, and no passphrase to be had here (no
    terminal, no passphrase file): say so plainly, and True. On a terminal, say why the
    passphrase is asked for, and False (it is asked next)."""
    from footholds.cli.handover import say
    from footholds.cli.lock import needs_passphrase
    from footholds.core.lock.readable import plan_locked

    if not needs_passphrase(paths) or not plan_locked(settings):
        return False
    if not sys.stdin.isatty():
        say(locked_too(settings), err=True)
        return True
    say(
        "Your safety plan is locked with the rest of your entries; your passphrase opens it.\n"
        + help_without_passphrase(settings),
        err=True,
    )
    return False


def _pdf(page: PlanPage) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from PySide6.QtGui import QGuiApplication

    from footholds.render.paper import plan_pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    data, _pages = plan_pdf_bytes(page)
    return data
