"""One way to show a day: "today", "yesterday", "Tue 3 Dec", and the year only when it is
not this year. Plain Python with no Qt, so core (the check-in summary), the CLI and exports use
it too; windows reach it as `footholds.ui.common.dates`. Every date a person sees is made here:
a window never formats one itself, so there is one source of month and day names."""

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
_LONG_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_LONG_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
}  # fmt: skip
# "Thursday 3 December", "jueves, 3 de diciembre"; the year is added as in _MONTH_YEAR
_LONG_DAY = {"en": "{weekday} {day} {month}", "es": "{weekday}, {day} de {month}"}
# "December 2025", "diciembre de 2025"
_MONTH_YEAR = {"en": "{month} {year}", "es": "{month} de {year}"}
# the mark between whole and tenths: "2.7" in English, "2,7" in Spanish
_DECIMAL_MARK = {"en": ".", "es": ","}
# the marks around quoted words: “…” in English, «…» in Spanish
_QUOTES = {"en": ("\u201c", "\u201d"), "es": ("\u00ab", "\u00bb")}
_RELATIVE = {
    "en": ("today", "yesterday", "tomorrow"),
    "es": ("hoy", "ayer", "mañana"),
}


def language_of(locale_name: str) -> str:
    """The language part of a locale name ("es_ES" -> "es"), or "en" when we have no words."""
    lang = locale_name.replace("-", "_").split("_")[0].lower()
    return lang if lang in _WEEKDAYS else "en"


def decimal(value: float | None, *, locale: str = "en", places: int = 1) -> str:
    """A number as the reader writes it, to `places` decimals, without a trailing ",0":
    "2.7", "2,7", "3"; "–" when there is none. Averages of energy or sleep are read beside
    dates in the same language, so they are made here too."""
    if value is None:
        return "–"
    text = f"{value:.{places}f}"
    if places:
        text = text.rstrip("0").removesuffix(".")
    return text.replace(".", _DECIMAL_MARK.get(language_of(locale), "."))


def quoted(text: str, *, locale: str = "en") -> str:
    """Someone's words in the reader's quotation marks: “like this” in English, «así» in
    Spanish. Made here beside the decimal mark, as a convention of the reader's language
    that a sentence in a catalog cannot carry for words placed on their own."""
    opening, closing = _QUOTES.get(language_of(locale), _QUOTES["en"])
    return f"{opening}{text}{closing}"


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
    ahead: bool = False,
) -> str:
    """`day` as a person says it: "today", "yesterday", "Tue 3 Dec", "Tue 3 Dec 2024".

    `day` may be a date or "YYYY-MM-DD" (text that is neither is returned as it was).
    `relative=False` always names the day (for a list of days, where "today" would jump
    about); `capital=True` for the start of a line or a window title. `ahead=True` where
    days to come are shown (sessions): the day after `today` is "tomorrow".
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
        elif gap == -1 and ahead:
            text = _RELATIVE[lang][2]
    if not text:
        weekday = _WEEKDAYS[lang][when.weekday()]
        month = _MONTHS[lang][when.month - 1]
        text = f"{weekday} {when.day} {month}"
        if when.year != today.year:
            text += f" {when.year}"
    return text[:1].upper() + text[1:] if capital else text


def day_and_time(
    moment: datetime,
    *,
    today: date,
    locale: str = "en",
    capital: bool = True,
    day: date | None = None,
    seconds: bool = False,
) -> str:
    """A moment as "Today 14:05" or "Tue 3 Dec 2024 09:30" (24-hour time, as elsewhere);
    `day` is the day it belongs to when not its calendar date (core/days.py day_of).
    `seconds` adds them ("Today 14:05:09"), to tell apart two moments in the same minute."""
    label = day_label(day or moment.date(), today=today, locale=locale, capital=capital)
    return f"{label} {moment:%H:%M:%S}" if seconds else f"{label} {moment:%H:%M}"


def full_date(day: date | str, *, locale: str = "en") -> str:
    """`day` as a full date without its weekday: "22 Nov 2026", "22 nov 2026". For a date that
    is a fact about data (when numbers were checked), not a day in the person's week, where
    "today" or a weekday would read oddly and the year matters."""
    when = _as_date(day)
    if when is None:
        return str(day)
    month = _MONTHS[language_of(locale)][when.month - 1]
    return f"{when.day} {month} {when.year}"


def short_day(day: date | str, *, locale: str = "en") -> str:
    """ "3 Dec", "3 dic": a day without weekday or year, for a chart's axis, where the period
    above it already says the year."""
    when = _as_date(day)
    if when is None:
        return str(day)
    return f"{when.day} {_MONTHS[language_of(locale)][when.month - 1]}"


def short_span(first: date, last: date, *, today: date, locale: str = "en") -> str:
    """A short run of days, for a week that holds several: "1–7 Dec", "29 Nov – 5 Dec",
    "7 Dec" for one day; the year at the end when it is not `today`'s ("1–7 Dec 2025"). A
    week named by its first day alone ("1 Dec") read as that one day, outside the period
    shown when the week began before it."""
    months = _MONTHS[language_of(locale)]
    if first == last:
        text = f"{last.day} {months[last.month - 1]}"
    elif (first.year, first.month) == (last.year, last.month):
        text = f"{first.day}\u2013{last.day} {months[last.month - 1]}"
    else:
        start = f"{first.day} {months[first.month - 1]}"
        if first.year != last.year:
            start += f" {first.year}"
        text = f"{start} \u2013 {last.day} {months[last.month - 1]}"
    return text if last.year == today.year else f"{text} {last.year}"


def weekday(day: date | str, *, locale: str = "en", long: bool = False) -> str:
    """ "Tue", "mar": the short weekday alone, for a week's chart where each day is one bar;
    `long=True` for "Tuesday", "martes" ("every week on Tuesday")."""
    when = _as_date(day)
    if when is None:
        return str(day)
    names = _LONG_WEEKDAYS if long else _WEEKDAYS
    return names[language_of(locale)][when.weekday()]


def long_day(day: date | str, *, today: date, locale: str = "en", capital: bool = True) -> str:
    """A day written out, for a window's title: "Thursday 3 December", "Jueves, 3 de
    diciembre"; the year only when it is not this year ("Monday 1 December 2025")."""
    when = _as_date(day)
    if when is None:
        return str(day)
    lang = language_of(locale)
    text = _LONG_DAY[lang].format(
        weekday=_LONG_WEEKDAYS[lang][when.weekday()],
        day=when.day,
        month=_LONG_MONTHS[lang][when.month - 1],
    )
    if when.year != today.year:
        text = _MONTH_YEAR[lang].format(month=text, year=when.year)
    return text[:1].upper() + text[1:] if capital else text


def day_span(first: date, last: date, *, today: date, locale: str = "en") -> str:
    """A run of days: "Fri 27 Nov – Thu 3 Dec". Days are always named (a period read as
    "Fri 27 Nov – today" would shift as the days pass); the year shows once, at the end, when
    both days share a year that is not this one, and on each day when they differ."""
    start = day_label(first, today=today, locale=locale, relative=False)
    end = day_label(last, today=today, locale=locale, relative=False)
    if first.year == last.year and first.year != today.year:
        start = start.removesuffix(f" {first.year}")
    return f"{start} – {end}"


def month_label(day: date | str, *, today: date, locale: str = "en", capital: bool = True) -> str:
    """The month `day` falls in: "December", or "December 2025" when it is not this year;
    "diciembre de 2025" in Spanish (`capital=True`, the default, for a title: "Diciembre")."""
    when = _as_date(day)
    if when is None:
        return str(day)
    lang = language_of(locale)
    text = _LONG_MONTHS[lang][when.month - 1]
    if when.year != today.year:
        text = _MONTH_YEAR[lang].format(month=text, year=when.year)
    return text[:1].upper() + text[1:] if capital else text
