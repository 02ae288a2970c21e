"""Screenshots of every window, so a change in how Footholds looks is seen, not guessed.

    python packaging/gallery.py

writes packaging/screenshots/NAME.png (light), NAME-dark.png and NAME-es.png (Spanish) for
every window, the tray menu ("tray-menu"), the no-tray window ("fallback") and a few chosen
pages (VIEWS, e.g. "settings-lists"), and NAME-long.png (very long words) and
NAME-empty.png (nothing written yet) for the windows that show what the person wrote. Each
variant runs in a fresh process on a private, made-up home (nothing of yours is read), with
the crisis lines for the UK (Spain for the Spanish set).

It draws on the display it finds: the shared desktop session (`eval "$(desktop-session
start)"` sets DISPLAY), else Qt's offscreen platform, which uses the same fonts through
fontconfig. `--only NAME ...` and `--variants light dark ...` narrow it down, `--out DIR`
writes elsewhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "screenshots"
# variant -> (file-name suffix, settings)
VARIANTS = {
    "light": ("", {"general.theme": "light", "general.language": "en"}),
    "dark": ("-dark", {"general.theme": "dark", "general.language": "en"}),
    "es": ("-es", {"general.theme": "light", "general.language": "es", "safety.region": "ES"}),
    "long": ("-long", {"general.theme": "light", "general.language": "en"}),
    "empty": ("-empty", {"general.theme": "light", "general.language": "en"}),
}
EXTRA = ("tray-menu", "fallback")  # not windows of the registry, but seen as much
# A window opened at one of its pages: shot name -> (window, options for its present()).
VIEWS = {
    "settings-lists": ("settings", {"section": "My lists"}),
    "settings-safety": ("settings", {"section": "Safety"}),
}
# The windows that show what the person wrote: the long and empty sets are for them.
WRITTEN = (
    "proof-list",
    "journal",
    "today",
    "tough-day",
    "thought-log",
    "reach-out",
    "insights",
    "check-in",
    "safety-plan",
    "affirmation",
)
SETTLE_MS = 400  # for layouts, fonts and timers that fill a window just after it shows

LONG = (
    "Went to the supermarket on my own even though the lights and the queue felt like far too "
    "much, bought bread, milk and the good apples, said thank you to the cashier, and then sat "
    "in the car for ten minutes until my breathing settled, which also counts."
)
WORDS = {
    "en": {
        "proofs": [
            "Got out of bed on a grey day and made toast",
            "Told my sister I was struggling",
            "Made the phone call I had been putting off",
            "Walked round the block after work",
        ],
        "notes": ["A slow morning. Tea helped.", "Texted Sam back.", "Tired but calmer."],
        "people": [("Sam", "Sam, could you call me tonight?"), ("Mum", "")],
        "routine": ["Drink a glass of water", "Open the curtains", "Step outside"],
        "goal": ("Do the laundry", ["Gather the clothes", "Start the machine", "Hang it up"]),
        "thought": ("I always let people down.", "I let Sam down once, and showed up twice."),
        "plan": {"sp-reasons": "My sister. The dog. Spring.", "sp-on-my-own": "A hot shower"},
        "own line": ("My GP surgery", "Weekdays, 8 to 6"),
        "feelings": (["tired", "heavy"], ["calm"], ["anxious", "tired"], ["hopeful"]),
        "wins": (["drank water"], ["moved"]),
    },
    "es": {
        "proofs": [
            "Me levanté un día gris e hice tostadas",
            "Le conté a mi hermana que lo estaba pasando mal",
            "Hice la llamada que llevaba semanas aplazando",
            "Di una vuelta a la manzana después del trabajo",
        ],
        "notes": [
            "Una mañana lenta. El té ayudó.",
            "Le contesté a Sam.",
            "Cansada, pero en calma.",
        ],
        "people": [("Sam", "Sam, ¿me llamas esta noche?"), ("Mamá", "")],
        "routine": ["Beber un vaso de agua", "Abrir las cortinas", "Salir un momento"],
        "goal": ("Hacer la colada", ["Juntar la ropa", "Poner la lavadora", "Tenderla"]),
        "thought": ("Siempre decepciono a la gente.", "A Sam le fallé una vez, y estuve dos."),
        "plan": {"sp-reasons": "Mi hermana. El perro. La primavera.", "sp-on-my-own": "Una ducha"},
        "own line": ("Mi centro de salud", "Entre semana, de 8 a 18"),
        "feelings": (["cansancio", "pesadez"], ["calma"], ["ansiedad", "cansancio"], ["esperanza"]),
        "wins": (["bebí agua"], ["me moví"]),
    },
}


def seed(store, language: str, long: bool) -> None:  # type: ignore[no-untyped-def]
    """Two weeks of a made-up person's notes; `long`: the longest words they might write."""
    from footholds.core.store import (
        Goal,
        LogEntry,
        OwnLine,
        Person,
        Proof,
        RoutineItem,
        SafetyPlan,
        ThoughtLog,
    )

    w = WORDS[language]
    now = datetime.now().astimezone().replace(hour=10, minute=0, second=0, microsecond=0)
    proofs = [LONG, *w["proofs"]] if long else w["proofs"]
    for i, text in enumerate(proofs):
        # the last one more than a year back, so the year shows whatever today's date is
        days = 400 if i == len(proofs) - 1 else 3 + 40 * i
        day = (date.today() - timedelta(days=days)).isoformat()
        store.add(Proof(day=day, text=text))
    feelings, wins = w["feelings"], w["wins"]
    for i in range(14):
        note = LONG if long and i == 0 else w["notes"][i % len(w["notes"])]
        store.add(
            LogEntry(
                at=now - timedelta(days=i, hours=i % 5),
                feelings=list(feelings[i % 4]),
                energy=1 + i % 5,
                wins=list(wins[i % 2]),
                note=note,
            )
        )
    for name, message in w["people"]:
        long_name = f"{name} {LONG}"[:100]
        store.add(Person(name=long_name if long else name, message=LONG if long else message))
    for i, text in enumerate(w["routine"]):
        store.add(RoutineItem(text=LONG[:200] if long and i == 0 else text, position=i))
    title, steps = w["goal"]
    store.add(Goal(title=LONG[:200] if long else title, steps=[{"text": s} for s in steps]))
    thought, balanced = w["thought"]
    store.add(
        ThoughtLog(
            thought=LONG if long else thought,
            belief_before=80,
            balanced=balanced,
            belief_after=45,
            traps=["tt-all-or-nothing"],
        )
    )
    sections = {k: LONG for k in w["plan"]} if long else w["plan"]
    store.add(SafetyPlan(sections=sections))
    # A made-up number from the UK's range kept for drama (Ofcom), never a real line.
    gp, hours = w["own line"]
    store.add(OwnLine(name=gp, number="020 7946 0321", note=LONG[:500] if long else hours))


class _Seeded(random.Random):
    """A generator with a fixed seed unless given one."""

    def __init__(self, x: object = None) -> None:
        super().__init__("gallery" if x is None else x)  # type: ignore[arg-type]


def child(variant: str, names: list[str], out: Path) -> int:
    """One variant, in this process: a made-up home, then every window in turn."""
    sys.path.insert(0, str(ROOT / "desktop"))
    suffix, values = VARIANTS[variant]
    # The same home and the same random choices each time, so an image changes only when
    # the window does (dates aside).
    home = Path(tempfile.gettempdir()) / f"footholds-gallery-{variant}"
    shutil.rmtree(home, ignore_errors=True)
    random.seed(variant)
    random.Random = _Seeded  # type: ignore[misc]  # the windows make their own generators
    os.environ["FOOTHOLDS_HOME"] = str(home)
    config = home / "config"
    config.mkdir(parents=True)
    values = {"general.first_run_done": True, "safety.region": "GB", **values}
    (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))

    from PySide6.QtCore import QEventLoop, QPoint, QTimer
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication

    from footholds.app import build as app_module
    from footholds.core.paths import Paths
    from footholds.platform.lockfile import take_lock

    paths = Paths.from_env()
    paths.ensure()
    lock = take_lock(paths.lock_file)
    assert lock is not None, "another Footholds uses this home"
    ctx = app_module.build(app_module.make_qapp(sys.argv[:1]), paths, lock)
    if variant != "empty":
        seed(ctx.store, "es" if variant == "es" else "en", long=variant == "long")
    ctx.reminders.start()  # the Reminders part of the tray menu

    def settle() -> None:
        loop = QEventLoop()
        QTimer.singleShot(SETTLE_MS, loop.quit)
        loop.exec()

    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        if name == "tray-menu":
            widget = ctx.tray.menu
            widget.popup(QPoint(600, 40))
        elif name == "fallback":
            app_module._open_fallback(ctx)
            widget = ctx.windows.fallback
        elif name in VIEWS:
            window, options = VIEWS[name]
            widget = ctx.windows.show(window, **options)
        else:
            widget = ctx.windows.show(name)
        # the pointer away from the window, so no button is drawn as hovered by chance
        QCursor.setPos(widget.frameGeometry().bottomRight() + QPoint(60, 60))
        settle()
        target = out / f"{name}{suffix}.png"
        if not widget.grab().save(str(target)):
            print(f"gallery: could not write {target}", file=sys.stderr)
            return 1
        print(target)
        widget.close()
        QApplication.processEvents()
    ctx.reminders.stop()
    ctx.windows.close_all()
    ctx.server.close()
    ctx.store.close()
    lock.unlock()
    return 0


def plan(only: list[str] | None, variants: list[str]) -> dict[str, list[str]]:
    """variant -> the names it draws."""
    sys.path.insert(0, str(ROOT / "desktop"))
    from footholds.ui.shell.registry import names as window_names

    every = [*EXTRA, *window_names(), *VIEWS]
    jobs = {}
    for variant in variants:
        chosen = every if variant in ("light", "dark", "es") else [*WRITTEN]
        if only:
            chosen = [n for n in chosen if n in only]
        if chosen:
            jobs[variant] = chosen
    return jobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="windows to draw")
    parser.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=list(VARIANTS))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.only or [], args.out)
    jobs = plan(args.only, args.variants)
    drawn = {n for names in plan(None, list(VARIANTS)).values() for n in names}
    unknown = sorted(set(args.only or []) - drawn)
    if unknown:
        parser.error(f"no such window: {', '.join(unknown)} (try: {', '.join(sorted(drawn))})")
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    for variant, names in jobs.items():
        command = [sys.executable, __file__, "--child", variant, "--out", str(args.out)]
        done = subprocess.run([*command, "--only", *names], env=env, check=False)
        if done.returncode != 0:
            print(f"gallery: the {variant} set stopped early", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
