"""The message line of Plan something (activity_plan.py): what a press did, said beside
"Plan it" in room kept from the start, so saying it moves nothing; and the names of the kinds.

Kept apart from the window because it is the line alone: its words, how long they stay, and
a plan held in memory said until the person's next step. Its words keep the window's
translation context, spelled out in full each time: lupdate finds only the full name.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from footholds.core.store import StoreWriteError
from footholds.ui.common import kept_words
from footholds.ui.common.breaks import breakable
from footholds.ui.common.feedback import StatusLine
from footholds.ui.common.operations import held_lines, held_words

SAID_MS = 4000


def kind_names() -> dict[str, str]:
    """The four kinds, as the person reads them. Named in the window's context in full:
    lupdate cannot tell whose tr() a borrowed `tr = owner.tr` is, and a refresh of the
    catalog would drop their Spanish."""

    return {
        "enjoyment": QCoreApplication.translate("PlanActivityWindow", "Enjoyment"),
        "achievement": QCoreApplication.translate("PlanActivityWindow", "Achievement"),
        "connection": QCoreApplication.translate("PlanActivityWindow", "Connection"),
        "matters": QCoreApplication.translate("PlanActivityWindow", "What matters to me"),
    }


def pick_words() -> str:
    return QCoreApplication.translate(
        "PlanActivityWindow", "Pick one from the list, or write your own."
    )


def held_plan_words(ahead: bool) -> str:
    """What was planned, before where it is for now: short, so with the held sentence it
    fits the room the line keeps. `{what}` is left for say_naming to fill."""
    if ahead:
        return QCoreApplication.translate("PlanActivityWindow", "Planned for tomorrow: {what}.")
    return QCoreApplication.translate("PlanActivityWindow", "Planned for later today: {what}.")


def planned_words(ahead: int, at: str) -> str:
    """What was planned, and for when: "Planned." alone left a plan for tomorrow at 10
    sounding like one for today. `{what}` is left for say_naming to fill."""
    if ahead and at:
        text = QCoreApplication.translate(
            "PlanActivityWindow",
            "Planned for tomorrow at {time}: {what}. It will be in Today then.",
        )
    elif ahead:
        text = QCoreApplication.translate(
            "PlanActivityWindow", "Planned for tomorrow: {what}. It will be in Today then."
        )
    elif at:
        text = QCoreApplication.translate(
            "PlanActivityWindow", "Planned for today at {time}: {what}. You'll find it in Today."
        )
    else:
        text = QCoreApplication.translate(
            "PlanActivityWindow", "Planned for later today: {what}. You'll find it in Today."
        )
    return text.replace("{time}", at)


class PlanMessage:
    """The line (`line`), and what it says for a while or until the next step."""

    def __init__(self) -> None:
        # room kept from the start for what it says, so saying it moves nothing: a long
        # activity named in "Planned: …" wrapped to five lines and the field and buttons
        # above jumped up while it showed (say_naming cuts the name short to fit instead)
        # the longest of the day's sentences: room for any, so none moves what is around it
        named = planned_words(1, "00:00").format(what=breakable("n" * 45))
        # and a plan the disk refused, held in memory: said in the same room, the name cut
        # short to fit it (the full refusal took four lines, and the list above shrank)
        held = [f"{held_plan_words(True).format(what='n' * 12)} {line}" for line in held_lines()]
        self.line = StatusLine([pick_words(), *kept_words.kept_lines(), named, *held])
        self.line.setProperty("soft", False)  # what the click did, in the usual colour
        # beside "Plan it", not under a field: level with it, whatever room is kept
        self.line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.line.setAccessibleName(QCoreApplication.translate("PlanActivityWindow", "Message"))
        self._quiet = QTimer(self.line)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self.line.clear)
        # a plan held in memory is said until the person's next step here, not for seconds
        self._lasting = False

    def say(self, text: str) -> None:
        self.line.say(text)
        self._lasting = False
        self._quiet.start(SAID_MS)

    def planned(
        self, what: str, ahead: int, at: time | None, refused: StoreWriteError | None
    ) -> None:
        """Say `what` was planned, by name, and for when."""
        if refused is not None:
            # planned, and only held until the disk allows: said as every held thank-you
            # says it (operations.held_words), and said until their next step here
            sentence = f"{held_plan_words(bool(ahead))} {held_words(refused)}"
            self.line.say_naming(sentence, what)
            self._quiet.stop()
            self._lasting = True
            return
        self.line.say_naming(planned_words(ahead, at.strftime("%H:%M") if at else ""), what)
        self._lasting = False
        self._quiet.start(SAID_MS)

    def let_lasting_go(self) -> None:
        """The person's next step in the window: what was said until then goes."""
        if self._lasting:
            self._lasting = False
            self.line.clear()
