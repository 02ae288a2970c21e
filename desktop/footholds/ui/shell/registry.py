"""Every window the app has, in tray-menu order. Plain data: the CLI reads it without Qt.

A feature adds its window here when it works; the tray menu, the fallback window and
`footholds show WHAT` all follow this list, so nothing is listed before it exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from footholds.core.errors import QT_TRANSLATE_NOOP  # the tray translates it at the menu


@dataclass(frozen=True)
class WindowSpec:
    name: str  # as in `footholds show NAME`
    label: str  # tray-menu text (translated at use)
    target: str  # "module:Class"; the class takes the AppContext
    in_menu: bool = True
    # the tray's words, its Alt letter marked ("&Quick log"): unique in the menu, in each
    # language (tests/gui/test_mnemonics.py); the fallback window and the CLI use `label`
    keyed: str = ""


WINDOWS: tuple[WindowSpec, ...] = (
    WindowSpec(
        "about",
        QT_TRANSLATE_NOOP("menu", "About Footholds"),
        "footholds.ui.shell.about:AboutWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "A&bout Footholds"),
    ),
    WindowSpec(
        "proof-list",
        QT_TRANSLATE_NOOP("menu", "Proof list"),
        "footholds.ui.proofs.proof_list:ProofListWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "Proo&f list"),
    ),
    WindowSpec(
        "affirmation",
        QT_TRANSLATE_NOOP("menu", "Affirmation"),
        "footholds.ui.proofs.affirmation:AffirmationWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Affirmation"),
    ),
    WindowSpec(
        "tough-day",
        QT_TRANSLATE_NOOP("menu", "Tough day"),
        "footholds.ui.tough_day.tough_day:ToughDayWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Tough day"),
    ),
    WindowSpec(
        "safety-plan",
        QT_TRANSLATE_NOOP("menu", "Safety plan"),
        "footholds.ui.help.safety_plan:SafetyPlanWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Safety plan"),
    ),
    WindowSpec(
        "help-knowledge",
        QT_TRANSLATE_NOOP("menu", "Good to know"),
        "footholds.ui.help.help_knowledge:HelpKnowledgeWindow",
        in_menu=False,
    ),
    WindowSpec(
        "help-now",
        QT_TRANSLATE_NOOP("menu", "Get help now"),
        "footholds.ui.help.help_now:HelpNowWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Get help now"),
    ),
    WindowSpec(
        "first-run",
        QT_TRANSLATE_NOOP("menu", "What Footholds is"),
        "footholds.ui.shell.first_run:FirstRunWindow",
        in_menu=False,
    ),
    WindowSpec(
        "today",
        QT_TRANSLATE_NOOP("menu", "Today"),
        "footholds.ui.today.today:TodayWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "T&oday"),
    ),
    WindowSpec(
        "plan-activity",
        QT_TRANSLATE_NOOP("menu", "Plan something"),
        "footholds.ui.today.activity_plan:PlanActivityWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Plan something"),
    ),
    WindowSpec(
        "thought-log",
        QT_TRANSLATE_NOOP("menu", "Thought log"),
        "footholds.ui.reflect.thought_log:ThoughtLogWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "T&hought log"),
    ),
    WindowSpec(
        "reach-out",
        QT_TRANSLATE_NOOP("menu", "Reach out"),
        "footholds.ui.people.reach_out:ReachOutWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Reach out"),
    ),
    WindowSpec(
        "check-in",
        QT_TRANSLATE_NOOP("menu", "Check-in summary"),
        "footholds.ui.reflect.checkin:CheckinWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Check-in summary"),
    ),
    WindowSpec(
        "insights",
        QT_TRANSLATE_NOOP("menu", "Insights"),
        "footholds.ui.reflect.insights:InsightsWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "I&nsights"),
    ),
    WindowSpec(
        "session-notes",
        QT_TRANSLATE_NOOP("menu", "After your session"),
        "footholds.ui.reflect.session_notes:SessionNotesWindow",
        in_menu=False,
    ),
    WindowSpec(
        "quick-log",
        QT_TRANSLATE_NOOP("menu", "Quick log"),
        "footholds.ui.journal.quick_log:QuickLogWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Quick log"),
    ),
    WindowSpec(
        "journal",
        QT_TRANSLATE_NOOP("menu", "Journal"),
        "footholds.ui.journal.journal:JournalWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "&Journal"),
    ),
    WindowSpec(
        "questionnaire",
        QT_TRANSLATE_NOOP("menu", "Questionnaires"),
        "footholds.ui.reflect.questionnaire:QuestionnaireWindow",
        in_menu=False,
    ),
    WindowSpec(
        "medication",
        QT_TRANSLATE_NOOP("menu", "My medicines"),
        "footholds.ui.journal.medication:MedicationWindow",
        in_menu=False,
    ),
    WindowSpec(
        "settings",
        QT_TRANSLATE_NOOP("menu", "Settings"),
        "footholds.ui.settings.settings_window:SettingsWindow",
        keyed=QT_TRANSLATE_NOOP("menu", "S&ettings"),
    ),
)
BY_NAME = {w.name: w for w in WINDOWS}
# Where each window sits in the tray menu, in three groups between lines ("-"): the two ways
# to help first, marked, with the safety plan; the everyday things; then Reminders (a
# submenu), settings and about, with Quit last (the tray adds it).
HELP_FIRST = ("tough-day", "help-now")
SEPARATOR = "-"
MENU_ORDER = (
    *HELP_FIRST,
    "safety-plan",  # for hard moments too: in their group, above the line, not marked
    SEPARATOR,
    "quick-log",
    "today",
    "plan-activity",
    "proof-list",
    "affirmation",
    "thought-log",
    "journal",
    "reach-out",
    "check-in",
    "insights",
    SEPARATOR,
    "|reminders",
    "settings",
    "about",
)


def names() -> list[str]:
    return [w.name for w in WINDOWS]
