"""One way to show a day: "today", "yesterday", "Tue 3 Dec", and the year only when it is
not this year. Plain Python with no Qt, so core, the CLI and exports could use it too."""

from __future__ import annotations

from datetime import date, datetime

# Short names by language; a language not listed here falls back to English.
_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}
_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
_RELATIVE = {
    "en": ("today", "yesterday"),
    "es": ("hoy", "ayer"),
}


def language_of(locale_name: str) -> str:
    """The language part of a locale name ("es_ES" -> "es"), or "en" when we have no words."""
    lang = locale_name.replace("-", "_").split("_")[0].lower()
    return lang if lang in _WEEKDAYS else "en"


def _as_date(day: date | str) -> date | None:
    if isinstance(day, datetime):
        return day.date()
    if isinstance(day, date):
        return day
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def day_label(
    day: date | str,
    *,
    today: date,
    locale: str = "en",
    relative: bool = True,
    capital: bool = False,
) -> str:
    """`day` as a person says it: "today", "yesterday", "Tue 3 Dec", "Tue 3 Dec 2024".

    `day` may be a date or "YYYY-MM-DD" (text that is neither is returned as it was).
    `relative=False` always names the day (for a list of days, where "today" would jump
    about); `capital=True` for the start of a line or a window title.
    """
    when = _as_date(day)
    if when is None:
        return str(day)
    lang = language_of(locale)
    text = ""
    if relative:
        gap = (today - when).days
        if gap == 0:
            text = _RELATIVE[lang][0]
        elif gap == 1:
            text = _RELATIVE[lang][1]
    if not text:
        weekday = _WEEKDAYS[lang][when.weekday()]
        month = _MONTHS[lang][when.month - 1]
        text = f"{weekday} {when.day} {month}"
        if when.year != today.year:
            text += f" {when.year}"
    return text[:1].upper() + text[1:] if capital else text


def day_and_time(moment: datetime, *, today: date, locale: str = "en", capital: bool = True) -> str:
    """A moment as "Today 14:05" or "Tue 3 Dec 2024 09:30" (24-hour time, as elsewhere)."""
    label = day_label(moment.date(), today=today, locale=locale, capital=capital)
    return f"{label} {moment:%H:%M}"
