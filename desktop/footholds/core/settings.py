"""Every setting, declared once: name, type, default, allowed range, and where it is shown.

Loading reads and validates only; it never writes, creates or moves anything. A damaged file
is reported, defaults are used, and it is set aside (not overwritten) on the first save.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from footholds.core.atomic import set_aside, write_atomic
from footholds.core.countries import COUNTRY_CODES
from footholds.core.errors import Notice, error, explained, said
from footholds.core.events import EventHook
from footholds.core.list_words import DEFAULT_FEELINGS, DEFAULT_PARTS, DEFAULT_WINS, key_of
from footholds.core.setting_kinds import Setting as Setting
from footholds.core.setting_kinds import SettingError as SettingError

SCHEMA_VERSION = 1

R, D, G, L, S = "Reminders", "Day and sleep", "General", "My lists", "Safety"
C = "Check-ins"  # medication and questionnaires, both off by default
# the settings window adds the person's own lists there
LISTS_SECTION, SAFETY_SECTION, CHECKINS_SECTION = L, S, C
GENERAL_SECTION = G  # the page most come to: the settings window opens tall enough for it
SESSIONS_SECTION = "My sessions"  # a page of its own: ui/reflect/sessions_editor.py
LOCK_SECTION = "Lock"  # the passphrase lock: the page starts with ui/settings/lock_settings.py
WORK, QUIET = "reminders.working_hours", "reminders.quiet_hours"  # switch their hours on and off
FOOD, REACH = "reminders.nourishment_enabled", "reminders.reach_out_weekly"  # their times too
CALLS = "reminders.respect_calls"  # and the wait after a call
MEDICATION, QUESTIONNAIRES = "medication.enabled", "questionnaires.enabled"  # their details
CLICK_CHOICES = (
    "quick-log",
    "proof-list",
    "tough-day",
    "affirmation",
)  # ui/shell/registry.py names

# "" follows the system's region; then the regions resources/crisis/lines.json has lines for
# (a test keeps the two the same), every other country (its emergency number and a directory
# of helplines), and "ZZ", anywhere else.
LINE_REGIONS = (
    "US", "CA", "GB", "IE", "AU", "NZ", "FR", "BE", "NL", "CH", "PT", "AT", "CO", "DE", "ZA"
)  # fmt: skip
CRISIS_REGIONS = (
    "",
    *LINE_REGIONS,
    *(code for code in COUNTRY_CODES if code not in LINE_REGIONS),
    "ZZ",
)

SETTINGS: tuple[Setting, ...] = (
    Setting("reminders.movement_enabled", "bool", True, "Movement reminders", R),
    Setting(
        "reminders.movement_minutes",
        "int",
        45,
        "Minutes of computer use before a movement",
        R,
        10,
        180,
    ),
    Setting("reminders.rest_enabled", "bool", True, "Rest reminders", R),
    Setting(
        "reminders.rest_minutes", "int", 90, "Minutes of computer use before a rest", R, 20, 240
    ),
    Setting(
        "reminders.idle_break_minutes",
        "int",
        5,
        "Time away that counts as a break (minutes)",
        R,
        1,
        60,
    ),
    Setting("reminders.snooze_minutes", "int", 10, '"Later" waits (minutes)', R, 1, 60),
    Setting(
        "reminders.posture",
        "choice",
        "sitting",
        "Usual posture",
        R,
        choices=("sitting", "standing", "lying"),
    ),
    Setting(
        "reminders.effort", "choice", "gentle", "Movement effort", R, choices=("gentle", "any")
    ),
    Setting("reminders.working_hours", "bool", False, "Only remind during working hours", R),
    Setting("reminders.work_start", "time", "09:00", "Working hours start", R, needs=WORK),
    Setting("reminders.work_end", "time", "17:30", "Working hours end", R, needs=WORK),
    Setting("reminders.quiet_hours", "bool", True, "Quiet hours", R),
    Setting("reminders.quiet_start", "time", "22:00", "Quiet hours start", R, needs=QUIET),
    Setting("reminders.quiet_end", "time", "07:00", "Quiet hours end", R, needs=QUIET),
    Setting("reminders.respect_fullscreen", "bool", True, "Wait while something is full screen", R),
    Setting("reminders.respect_dnd", "bool", True, "Wait while do-not-disturb is on", R),
    # what "a call" is, each system's way: platform/busy/ (screen sharing only where GNOME's
    # screen-cast service tells of it)
    Setting(
        "reminders.respect_calls",
        "bool",
        True,
        "Wait during calls and screen sharing",
        R,
        help="Reminders wait while your microphone or camera is in use, as in a call. Where "
        "your desktop tells Footholds, sharing your screen counts too.",
    ),
    Setting(
        "reminders.after_call_minutes",
        "int",
        3,
        "After a call, wait before a reminder (minutes)",
        R,
        1,
        30,
        needs=CALLS,
        help="Then one reminder comes, not all the ones that waited.",
    ),
    Setting(
        "reminders.delivery",
        "choice",
        "card",
        "Show reminders as",
        R,
        choices=("card", "notification"),
    ),
    Setting("reminders.sound", "bool", False, "Soft sound with a reminder", R),
    Setting("reminders.card_seconds", "int", 40, "A card fades after (seconds)", R, 10, 300),
    Setting("reminders.nourishment_enabled", "bool", False, "Food and water nudges", R),
    Setting(
        "reminders.nourishment_times",
        "times",
        ["12:30", "18:00"],
        "Food and water nudge times",
        R,
        needs=FOOD,
    ),
    Setting("reminders.reach_out_weekly", "bool", False, "A gentle weekly nudge to reach out", R),
    Setting(
        "reminders.reach_out_day",
        "choice",
        "sun",
        "Reach-out nudge day",
        R,
        choices=("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        needs=REACH,
    ),
    Setting("reminders.reach_out_time", "time", "11:00", "Reach-out nudge time", R, needs=REACH),
    # the words name the "Not set" box beside the time (ui/settings/setting_editors.py)
    Setting("day.bedtime", "time", "", "Bedtime (tick Not set for no wind-down)", D, optional=True),
    Setting(
        "day.winddown_minutes", "int", 45, "Wind-down starts before bedtime (minutes)", D, 10, 180
    ),
    Setting("day.wake_time", "time", "", "Usual wake time (optional)", D, optional=True),
    # Off by default: the quick log stays a five-second thing unless the person asks for more.
    Setting("day.sleep_question", "bool", False, "In the morning, ask roughly how I slept", D),
    Setting(
        "day.bedtime_usual", "bool", False, "Wind down before my usual bedtime, from my sleep", D
    ),
    Setting("day.start_hour", "int", 4, "A new day starts at (hour)", D, 0, 12),
    Setting("medication.enabled", "bool", False, "Medication: a daily tick and reminders", C),
    Setting(
        "medication.times", "times", ["20:00"], "Medication reminder times", C, needs=MEDICATION
    ),
    Setting("questionnaires.enabled", "bool", False, "Questionnaires (PHQ-9 and GAD-7)", C),
    Setting(
        "questionnaires.offer", "bool", True, "Offer them every two weeks", C, needs=QUESTIONNAIRES
    ),
    Setting("questionnaires.last_offered", "str", "", "Last offered", C, hidden=True),
    # each word a starting entry shows as is kept as that entry's key (key_of), and once
    Setting("lists.feelings", "list", DEFAULT_FEELINGS, "Feelings", L, canonical=key_of),
    Setting("lists.wins", "list", DEFAULT_WINS, "Small wins", L, canonical=key_of),
    Setting("lists.parts", "list", DEFAULT_PARTS, "Parts of me", L, canonical=key_of),
    Setting("safety.region", "choice", "", "Crisis lines region", S, choices=CRISIS_REGIONS),
    Setting("general.theme", "choice", "system", "Theme", G, choices=("system", "light", "dark")),
    Setting("general.language", "choice", "system", "Language", G, choices=("system", "en", "es")),
    Setting("general.autostart", "bool", False, "Start Footholds when I log in", G),
    Setting("general.affirmation_at_login", "bool", False, "Show an affirmation after login", G),
    Setting("general.first_run_done", "bool", False, "First-run card seen", G, hidden=True),
    # where the file choosers open next (ui/common/last_folder.py): Import, Export, Save as;
    # a folder's whole path, as long as a system allows one (Linux's PATH_MAX)
    Setting(
        "general.last_folder",
        "str",
        "",
        "Folder last used for a file",
        G,
        hidden=True,
        max_length=4096,
    ),
    # What a click on the tray icon opens (registry window names); a double click waits for
    # the second click only when the person chose something for it (ui/shell/tray.py).
    Setting(
        "tray.left_click",
        "choice",
        "quick-log",
        "A click on the tray icon opens",
        G,
        choices=CLICK_CHOICES,
    ),
    Setting(
        "tray.middle_click",
        "choice",
        "proof-list",
        "A middle click on the tray icon opens",
        G,
        choices=CLICK_CHOICES,
    ),
    Setting(
        "tray.double_click",
        "choice",
        "none",
        "A double click on the tray icon opens",
        G,
        choices=("none", *CLICK_CHOICES),
        help="With a double click chosen, a single click waits a moment to tell the two apart.",
    ),
    Setting("general.backup_days", "int", 7, "Daily backups kept", G, 1, 60),
    Setting("general.backup_weeks", "int", 4, "Weekly backups kept", G, 0, 52),
    # When the offer to get ready for a therapy session comes (core/sessions.py BEFORE); the
    # page also lists the sessions themselves (ui/reflect/sessions_editor.py).
    Setting(
        "sessions.before_offer",
        "choice",
        "day_before",
        "Offer to get ready for a session",
        SESSIONS_SECTION,
        choices=("day_before", "same_day", "off"),
        help="A gentle offer to look at your check-in summary and note what to talk about.",
    ),
    # Used only while the passphrase lock is on (lock_app.py): 0 locks only on screen lock
    # or Lock now.
    Setting(
        "lock.idle_minutes",
        "int",
        15,
        "Lock after this many minutes away (0: only when the screen locks)",
        LOCK_SECTION,
        0,
        480,
    ),
    # The sessions' times stay readable under both choices (core/lock/sessions_copy.py):
    # this choice is about what the app shows while locked, and without them a reminder
    # could slide in during a therapy session. The help says so plainly.
    Setting(
        "lock.safety_plan",
        "bool",
        False,
        "Lock my safety plan, numbers and people too",
        LOCK_SECTION,
        # two short paragraphs: one five-line block was hard going for a tired reader
        help="Left unlocked, these stay readable while the rest is locked: your safety plan, "
        "your own numbers in Get help now, and the people you trust with how to reach them. "
        "A hard moment is not the time for a passphrase.\n\n"
        "Your notes and messages for those people stay locked. The times of your therapy "
        "sessions always stay readable, and nothing else about them, so reminders stay "
        "quiet during a session.",
    ),
)
BY_NAME = {s.name: s for s in SETTINGS}


def sections() -> list[str]:
    """Section names in declaration order."""
    seen: list[str] = []
    for s in SETTINGS:
        if s.section not in seen:
            seen.append(s.section)
    return seen


@dataclass
class LoadReport:
    """What loading found; `problems` are for the person: a Notice or an error, whose codes
    word it in their language (ui/common/i18n.notice_text and error_text)."""

    problems: list[str | SettingError] = field(default_factory=list)
    damaged: bool = False


class Settings:
    """Validated setting values; `changed` fires (name, value) after each change."""

    def __init__(self, path: Path | None = None, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {s.name: _copy(s.default) for s in SETTINGS}
        self._unknown: dict[str, Any] = {}
        self._damaged = False
        self._read_whole = False  # the values came from a settings file (or were saved since)
        self.changed: EventHook[[str, Any]] = EventHook()
        # the passphrase lock (core/lock/words.py): the open codec seals the person's own lists
        # at each save; `sealed` is them as last sealed, kept while locked
        self.codec: Any = None
        self.sealed: str | None = None
        for name, value in (values or {}).items():
            self._values[name] = BY_NAME[name].validate(value)

    @classmethod
    def load(cls, path: Path) -> tuple[Settings, LoadReport]:
        """Read settings from `path`. Never writes; defaults stand in for anything unusable."""
        settings, report = cls(path), LoadReport()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return settings, report
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            report.damaged = settings._damaged = True
            # said in plain words, not the name of the exception
            damaged = isinstance(exc, ValueError)  # bad UTF-8 or bad JSON; else unreadable
            code = "settings.damaged" if damaged else "settings.unopenable"
            report.problems.append(error(SettingError, code))
            return settings, report
        if not isinstance(raw, dict) or not isinstance(raw.get("values"), dict):
            report.damaged = settings._damaged = True
            report.problems.append(error(SettingError, "settings.wrong_shape"))
            return settings, report
        if isinstance(raw.get("sealed"), str):  # the lists, encrypted (core/lock/words.py)
            settings.sealed = raw["sealed"]
        version = raw.get("version")
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            report.damaged = settings._damaged = True
            report.problems.append(error(SettingError, "settings.newer"))
            return settings, report
        for name, value in migrate(raw["values"], version).items():
            setting = BY_NAME.get(name)
            if setting is None:
                settings._unknown[name] = value  # kept, so a newer version's values survive
                continue
            try:
                settings._values[name] = setting.validate(value)
            except SettingError as exc:
                default = said("setting.default_used")
                report.problems.append(Notice(explained(exc), default))
        settings._read_whole = True
        return settings, report

    @property
    def read_whole(self) -> bool:
        """Whether the values are the person's, read from their settings file (or saved since):
        False while defaults stand in for a missing, damaged or newer one."""
        return self._read_whole

    def get(self, name: str) -> Any:
        return _copy(self._values[name])

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def set(self, name: str, value: Any) -> None:
        """Validate and apply one value; raises SettingError with a message for the person."""
        setting = BY_NAME.get(name)
        if setting is None:
            raise error(SettingError, "setting.unknown", name=repr(name))
        clean = setting.validate(value)
        if clean == self._values[name]:
            return
        self._values[name] = clean
        self.changed.fire(name, _copy(clean))

    def reset(self, names: Iterable[str]) -> None:
        for name in names:
            self.set(name, _copy(BY_NAME[name].default))

    def reset_section(self, section: str) -> None:
        self.reset(s.name for s in SETTINGS if s.section == section and not s.hidden)

    def as_dict(self) -> dict[str, Any]:
        return {k: _copy(v) for k, v in self._values.items()}

    def save(self) -> None:
        """Write atomically (0600). A damaged original is set aside first, never overwritten."""
        if self.path is None:
            return
        from footholds.core.paths import make_private_dir

        make_private_dir(self.path.parent)
        if self._damaged and self.path.exists():
            set_aside(self.path, self.path.parent / "set-aside", "damaged")
            self._damaged = False
        values = {**self._unknown, **self._values}
        doc: dict[str, Any] = {"version": SCHEMA_VERSION, "values": values}
        if self.codec is not None or self.sealed is not None:
            from footholds.core.lock.words import seal_into

            doc = seal_into(self, doc)
        data = json.dumps(
            doc,
            indent=2,
            ensure_ascii=False,
            sort_keys=True,
        )
        write_atomic(self.path, data.encode("utf-8"))
        self._read_whole = True


def migrate(values: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring older settings up to SCHEMA_VERSION, one step at a time."""
    steps: Sequence[Any] = ()  # version 1 is the first; add (from_version, function) pairs here
    for from_version, step in steps:
        if version == from_version:
            values, version = step(values), version + 1
    return values


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value
