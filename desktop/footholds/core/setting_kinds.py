"""What a setting is: its name, type, default and allowed values, and the check that keeps a
value within them. The settings themselves are declared in core/settings.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from footholds.core.errors import Explained, error

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class SettingError(Explained, ValueError):
    """A value a setting cannot take; the message is for the person."""


@dataclass(frozen=True)
class Setting:
    """One declared setting. `kind` is bool, int, str, choice, time, times or list."""

    name: str
    kind: str
    default: Any
    label: str
    section: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    optional: bool = False  # a time that may be empty ("not set")
    help: str = ""
    hidden: bool = False  # internal state, not shown in the settings window
    max_items: int = 40
    max_length: int = 80
    needs: str = ""  # a bool setting that must be on for this one to matter (else greyed out)
    # a list's words as kept: each in the one form its alike words share (list_words.key_of)
    canonical: Callable[[str], str] | None = None

    def validate(self, value: Any) -> Any:
        """Return the value in canonical form, or raise SettingError."""
        check = _CHECKS[self.kind]
        return check(self, value)


def _check_bool(s: Setting, v: Any) -> bool:
    if isinstance(v, bool):
        return v
    raise error(SettingError, "setting.on_off", setting=s.label)


def _check_int(s: Setting, v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise error(SettingError, "setting.whole", setting=s.label)
    if (s.minimum is not None and v < s.minimum) or (s.maximum is not None and v > s.maximum):
        raise error(SettingError, "setting.between", setting=s.label, low=s.minimum, high=s.maximum)
    return v


def _check_str(s: Setting, v: Any) -> str:
    if not isinstance(v, str):
        raise error(SettingError, "setting.text", setting=s.label)
    clean = str(v).strip()
    if len(clean) > s.max_length:
        raise error(SettingError, "setting.too_long", setting=s.label, limit=s.max_length)
    return clean


def _check_choice(s: Setting, v: Any) -> str:
    if v not in s.choices:
        raise error(SettingError, "setting.choice", setting=s.label, choices=", ".join(s.choices))
    return str(v)


def _check_time(s: Setting, v: Any) -> str:
    if s.optional and v in ("", None):
        return ""
    if not isinstance(v, str) or not _TIME.match(v.strip()):
        raise error(SettingError, "setting.time", setting=s.label)
    return v.strip()


def _check_times(s: Setting, v: Any) -> list[str]:
    if not isinstance(v, list) or len(v) > 12:
        raise error(SettingError, "setting.times", setting=s.label)
    one = Setting(s.name, "time", "", s.label, s.section)
    return sorted({_check_time(one, item) for item in v})


def _check_list(s: Setting, v: Any) -> list[str]:
    if not isinstance(v, list) or not all(isinstance(item, str) for item in v):
        raise error(SettingError, "setting.words", setting=s.label)
    out: list[str] = []
    for item in v:
        item = " ".join(item.split())
        if item and s.canonical is not None:
            item = s.canonical(item)
        if not item or item in out:
            continue
        if len(item) > s.max_length:
            raise error(SettingError, "setting.each_too_long", setting=s.label, limit=s.max_length)
        out.append(item)
    if len(out) > s.max_items:
        raise error(SettingError, "setting.too_many", setting=s.label, limit=s.max_items)
    return out


_CHECKS = {
    "bool": _check_bool,
    "int": _check_int,
    "str": _check_str,
    "choice": _check_choice,
    "time": _check_time,
    "times": _check_times,
    "list": _check_list,
}
