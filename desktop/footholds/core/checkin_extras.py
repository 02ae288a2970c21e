"""Optional parts of the check-in summary: medication, and the PHQ-9 and GAD-7. No Qt.

Each goes in only when the person ticks it in the summary window (both are off by default),
and only when there is something to show. The questionnaires appear item by item, with the
totals over time: the person chose to bring them, and a therapist reads them that way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from footholds.core import medication, questionnaires
from footholds.core.days import day_of
from footholds.core.html_text import escape
from footholds.core.markdown_text import escape_markdown
from footholds.core.plural import QT_TRANSLATE_N_NOOP, Plural
from footholds.core.plural import english as plural_english
from footholds.core.store import MedicationTaken, QuestionnaireAnswers, Store


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation; the window passes the translated words back in."""
    return text


TEXT: dict[str, str] = {
    "medication": QT_TRANSLATE_NOOP("checkin_extras", "Medication"),
    "med_dose": QT_TRANSLATE_NOOP("checkin_extras", "{name}: {dose}"),
    "med_change": QT_TRANSLATE_NOOP("checkin_extras", "from {day}: {dose}"),
    "med_ticked": QT_TRANSLATE_N_NOOP(
        "checkin_extras",
        'Ticked "took my medication" on %n days in this stretch.',
        'Ticked "took my medication" on %n day in this stretch.',
    ),
    "questionnaires": QT_TRANSLATE_NOOP("checkin_extras", "Questionnaires (PHQ-9 and GAD-7)"),
    "q_scores": QT_TRANSLATE_NOOP("checkin_extras", "Totals over time"),
    "q_total": QT_TRANSLATE_NOOP("checkin_extras", "{form} on {day}: {total} (scale 0 to {most})"),
    "q_no_total": QT_TRANSLATE_NOOP(
        "checkin_extras", "{form} on {day}: no total, as a total needs every item answered"
    ),
    "q_answers": QT_TRANSLATE_NOOP("checkin_extras", "{form}, {day}, item by item"),
    "q_blank": QT_TRANSLATE_NOOP("checkin_extras", "left blank"),
    "q_difficulty": QT_TRANSLATE_NOOP("checkin_extras", "How difficult"),
    "q_note": QT_TRANSLATE_NOOP(
        "checkin_extras",
        "Each total is a snapshot of the two weeks before that day, not a diagnosis.",
    ),
}


@dataclass(frozen=True)
class MedicineLine:
    name: str
    dose: str
    changes: tuple[tuple[date, str, str], ...]  # (day, dose, note)


@dataclass(frozen=True)
class Filled:
    """One questionnaire filled in, as the summary shows it (wording always in English)."""

    day: date
    form: str
    name: str
    items: tuple[str, ...]
    answers: tuple[int | None, ...]
    options: tuple[str, ...]
    difficulty: str
    difficulty_answer: int | None
    total: int | None
    most: int


@dataclass(frozen=True)
class Extras:
    """What the optional parts hold; None for a part the person left out."""

    medicines: tuple[MedicineLine, ...] | None = None
    ticked_days: int = 0
    filled: tuple[Filled, ...] | None = None
    copyright: str = ""

    def has_medication(self) -> bool:
        return bool(self.medicines is not None and (self.medicines or self.ticked_days))

    def has_questionnaires(self) -> bool:
        return bool(self.filled)


def gather(
    store: Store,
    start: datetime,
    end: datetime,
    *,
    with_medication: bool,
    with_questionnaires: bool,
    tz: tzinfo | None = None,
    day_start_hour: int = 0,
) -> Extras | None:
    """The optional parts for start..end, or None when neither was ticked in."""
    if not (with_medication or with_questionnaires):
        return None
    medicines = ticked = None
    if with_medication:
        medicines = tuple(
            MedicineLine(
                m.name,
                m.dose,
                tuple((date.fromisoformat(c["day"]), c["dose"], c["note"]) for c in m.changes),
            )
            for m in medication.medicines(store)
        )
        ticked = len({t.day for t in store.between(MedicationTaken, start, end)})
    filled = None
    if with_questionnaires:
        filled = tuple(
            _filled(r, tz, day_start_hour) for r in questionnaires.history(store, start, end)
        )
    return Extras(
        medicines=medicines,
        ticked_days=ticked or 0,
        filled=filled,
        copyright=questionnaires.copyright_line(),
    )


def _filled(record: QuestionnaireAnswers, tz: tzinfo | None, day_start_hour: int) -> Filled:
    form = questionnaires.form(record.form)
    return Filled(
        day=day_of(record.at, day_start_hour, tz),
        form=record.form,
        name=form.name,
        items=form.items,
        answers=tuple(record.answers),
        options=form.options,
        difficulty=form.difficulty,
        difficulty_answer=record.difficulty,
        total=questionnaires.score(list(record.answers)),
        most=questionnaires.MAX_SCORE[record.form],
    )


# -- rendering -------------------------------------------------------------------------------


class _Words:
    def __init__(self, text: Mapping[str, str], day: Callable[[date], str], plural: Plural) -> None:
        self._text, self.day, self._plural = text, day, plural

    def __getitem__(self, key: str) -> str:
        return self._text.get(key, TEXT[key])

    def counted(self, key: str, n: int) -> str:
        return self._plural("checkin_extras", TEXT[key], n)


def _answer(f: Filled, value: int | None, w: _Words) -> str:
    return w["q_blank"] if value is None else f"{f.options[value]} ({value})"


def _medication_lines(
    e: Extras, w: _Words, own: Callable[[str], str] = str
) -> tuple[list[str], list[list[str]]]:
    """Top-level lines, each with its sub-lines; `own` escapes the person's words (names,
    doses, notes) for the format (Markdown)."""
    assert e.medicines is not None
    lines: list[str] = []
    subs: list[list[str]] = []
    for m in e.medicines:
        name = own(m.name)
        lines.append(w["med_dose"].format(name=name, dose=own(m.dose)) if m.dose else name)
        subs.append(
            [
                w["med_change"].format(day=w.day(d), dose=own(dose))
                + (f" ({own(note)})" if note else "")
                for d, dose, note in m.changes
            ]
        )
    if e.ticked_days:
        lines.append(w.counted("med_ticked", e.ticked_days))
        subs.append([])
    return lines, subs


def _total_line(f: Filled, w: _Words) -> str:
    day = w.day(f.day)
    if f.total is None:
        return w["q_no_total"].format(form=f.name, day=day)
    return w["q_total"].format(form=f.name, day=day, total=f.total, most=f.most)


def markdown_lines(
    e: Extras | None,
    text: Mapping[str, str],
    day: Callable[[date], str],
    plural: Plural = plural_english,
) -> list[str]:
    """The ticked-in parts as Markdown lines (nothing when empty or left out)."""
    if e is None:
        return []
    w = _Words(text, day, plural)
    out: list[str] = []
    if e.has_medication():
        out += ["", f"## {w['medication']}", ""]
        lines, subs = _medication_lines(e, w, escape_markdown)
        for line, sub in zip(lines, subs, strict=True):
            out.append(f"- {line}")
            out += [f"  - {s}" for s in sub]
    if e.has_questionnaires():
        assert e.filled is not None
        out += ["", f"## {w['questionnaires']}", "", w["q_note"], "", f"### {w['q_scores']}", ""]
        out += [f"- {_total_line(f, w)}" for f in e.filled]
        for f in e.filled:
            out += ["", f"### {w['q_answers'].format(form=f.name, day=w.day(f.day))}", ""]
            out += [
                f"{n}. {item}: {_answer(f, a, w)}"
                for n, (item, a) in enumerate(zip(f.items, f.answers, strict=True), 1)
            ]
            if f.difficulty_answer is not None:
                out += ["", f"{w['q_difficulty']}: {_difficulty(f)}"]
        out += ["", f"_{e.copyright}_"]
    return out


def _difficulty(f: Filled) -> str:
    options = questionnaires.form(f.form).difficulty_options
    return "" if f.difficulty_answer is None else options[f.difficulty_answer]


def html_lines(
    e: Extras | None,
    text: Mapping[str, str],
    day: Callable[[date], str],
    plural: Plural = plural_english,
) -> list[str]:
    """The ticked-in parts as HTML (nothing when empty or left out)."""
    if e is None:
        return []
    w = _Words(text, day, plural)
    h = escape
    out: list[str] = []
    if e.has_medication():
        out.append(f"<h2>{h(w['medication'])}</h2><ul>")
        lines, subs = _medication_lines(e, w)
        for line, sub in zip(lines, subs, strict=True):
            inner = "".join(f"<li>{h(s)}</li>" for s in sub)
            out.append(f"<li>{h(line)}" + (f"<ul>{inner}</ul>" if inner else "") + "</li>")
        out.append("</ul>")
    if e.has_questionnaires():
        assert e.filled is not None
        out.append(f"<h2>{h(w['questionnaires'])}</h2>")
        out.append(f'<p class="soft">{h(w["q_note"])}</p>')
        out.append(f"<h3>{h(w['q_scores'])}</h3><ul>")
        out += [f"<li>{h(_total_line(f, w))}</li>" for f in e.filled]
        out.append("</ul>")
        for f in e.filled:
            out.append(f"<h3>{h(w['q_answers'].format(form=f.name, day=w.day(f.day)))}</h3><ol>")
            out += [
                f"<li>{h(item)}: {h(_answer(f, a, w))}</li>"
                for item, a in zip(f.items, f.answers, strict=True)
            ]
            out.append("</ol>")
            if f.difficulty_answer is not None:
                out.append(f"<p>{h(w['q_difficulty'])}: {h(_difficulty(f))}</p>")
        out.append(f'<p class="soft"><i>{h(e.copyright)}</i></p>')
    return out
