"""Shows one reminder at a time, as a card or a native notification, and records every answer.

The reminder adapter decides when (through the scheduler); this decides which words, how they
reach the screen, and what each answer leaves in the store. A skip is just a skip: it is
recorded as "skipped" and thanked like any other answer, never counted against anyone.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from footholds import APP_ID
from footholds.core.reminder_items import PACKS, STORE_KINDS, WINS, ItemChooser
from footholds.core.reminders import Kind
from footholds.core.store import (
    ActivityPlan,
    ContentMark,
    InvalidEntry,
    LogEntry,
    Record,
    ReminderEvent,
    StoreWriteError,
)
from footholds.platform import sound
from footholds.ui.common import theme
from footholds.ui.common.prompter import Prompter
from footholds.ui.reminders.reminder_closing import ThanksWords

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from footholds.core.activation import Nudges
    from footholds.core.scheduler import Scheduler
    from footholds.core.settings import Settings
    from footholds.core.store import Store
    from footholds.platform.notify import Notifier
    from footholds.ui.reminders.own_reminder import OwnReminderDialog
    from footholds.ui.reminders.reminder_card import ReminderCard
    from footholds.ui.shell import Tray

log = logging.getLogger(__name__)
Item = dict[str, Any]
Thanks = Callable[[], tuple[str, bool]]  # a card's last line, and whether it stays to be read
NOTIFICATION_KEYS = {"done": "done", "later": "snoozed", "skip": "skipped"}


@dataclass
class Showing:
    """The reminder on screen now: its kind, its words, and how it was delivered."""

    kind: Kind
    item: Item | None
    via: str = "card"  # or "notification"

    @property
    def item_id(self) -> str:
        return str(self.item.get("id", "")) if self.item else ""


class ReminderPresenter(QObject):
    """The card (built on first use), the notifier (chosen on first use) and the records."""

    answered = Signal(str, str)  # kind, outcome: the scheduler has been told already
    asked_to_show = Signal()  # a click on the notification itself: show the card with focus
    asking = Signal(object)  # a question of ours opened (How was that?): no card over it

    def __init__(
        self,
        settings: Settings,
        store: Store,
        scheduler: Scheduler,
        tray: Tray,
        rng: random.Random,
        prompter: Prompter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.store, self.scheduler, self.tray = settings, store, scheduler, tray
        self.prompter = prompter or Prompter()  # the app hands in the context's
        self.chooser = ItemChooser(store, self.language(), rng)
        self.posture: str = settings["reminders.posture"]  # a card's switcher, for that card
        self.current: Showing | None = None
        self.due_at: datetime | None = None  # when the reminder being shown was due
        self.last: dict[Kind, Item | None] = {}  # what each kind showed last, to show again
        self._card: ReminderCard | None = None
        self._notifier: Notifier | None = None
        self._own_dialog: OwnReminderDialog | None = None
        self._own_words = ""  # an idea typed there and not saved (OwnReminderDialog.set_aside)
        self.nudges: Nudges | None = None  # planned activities' nudges (set by the driver)
        self._how: QWidget | None = None  # "How was that?" after a plan's nudge, kept alive
        self.sound: sound.SoundPlayer | None = None
        self.thanks = ThanksWords(scheduler, rng, self.language, self)  # the card's last line
        self._notice_fade = QTimer(self)
        self._notice_fade.setSingleShot(True)
        self._notice_fade.timeout.connect(lambda: self.answer("faded"))
        store.changed.connect(self._on_store_changed)
        settings.changed.connect(self._on_setting)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self._follow_theme())

    # -- showing ------------------------------------------------------------------------------

    def present(
        self, kind: Kind, item: Item | None = None, *, focus: bool = False, welcome: bool = False
    ) -> None:
        """Show a reminder of `kind` (with `item`, or a freshly picked one) and record it;
        `welcome` greets the person back after a call."""
        # a card's posture was for that moment: each card opens on the usual one again
        self.posture = self.settings["reminders.posture"]
        chosen = item if item is not None else self.pick(kind)
        shown = chosen
        if welcome:  # after a call only: its words imported then
            from footholds.ui.shell import welcome_back_line

            shown = welcome_back_line(chosen)
        self.current = Showing(kind, shown)
        self.last[kind] = chosen
        self.record(ReminderEvent(reminder=kind.value, item_id=self.current.item_id))
        if item is None and self.settings["reminders.sound"]:
            self.chime()
        self.deliver(focus=focus)

    def chime(self) -> None:
        """The soft chime, through the system's player; the system bell where there is none."""
        if self.sound is None:  # looked for on first use, not at start-up
            self.sound = sound.choose_player()
        if not self.sound.play(sound.chime()):
            QApplication.beep()

    def deliver(self, focus: bool = False) -> None:
        """Put the current reminder on screen: a notification if chosen, else the card."""
        shown = self.current
        if shown is None:
            return
        notify = not focus and self.settings["reminders.delivery"] == "notification"
        if notify and self._send_notification():
            shown.via = "notification"
            return
        if shown.via == "notification":
            self._close_notification()
        shown.via = "card"
        self.card.show_reminder(
            shown.kind.value,
            shown.item,
            posture=self.posture,
            dark=theme.is_dark(self.settings["general.theme"]),
            fade_seconds=self.settings["reminders.card_seconds"],
            tray=self.tray.icon.geometry(),
            focus=focus,
            others=self._others(shown),
            texts=self._could_come(shown),
        )

    @property
    def card(self) -> ReminderCard:
        """The one reminder card, built the first time a reminder is shown."""
        if self._card is None:
            from footholds.ui.reminders.reminder_card import ReminderCard

            card = ReminderCard()
            card.answered.connect(self.answer)
            card.another.connect(self.another_one)
            card.hide_item.connect(self.hide_current)
            card.add_own.connect(self.open_add_own)
            card.posture_chosen.connect(self.choose_posture)
            self._card = card
        return self._card

    def dismiss(self) -> None:
        """Take the card and any notification off the screen at once (quitting)."""
        if self._card is not None:
            self._card.dismiss()
        self._close_notification()

    # -- answers ------------------------------------------------------------------------------

    def answer(self, outcome: str) -> None:
        """The person answered (or the card faded): done, snoozed, skipped or faded."""
        shown = self.current
        if shown is None:
            return
        self.current = None
        self._notice_fade.stop()
        event = ReminderEvent(reminder=shown.kind.value, item_id=shown.item_id, outcome=outcome)
        self.record(event)
        kept = True
        win: StoreWriteError | bool = True  # the small win saved; or refused, held or not
        if outcome == "done" and shown.kind is Kind.ACTIVITY:
            self._plan_done(shown.item_id)
        elif outcome == "done" and shown.kind is Kind.MEDICATION:
            from footholds.ui.reminders.plan_done import tick_medication

            kept = tick_medication(self.store, self.due_at, int(self.settings["day.start_hour"]))
        elif outcome == "done":
            from footholds.ui.common.default_lists import word

            win = self._record_win(LogEntry(wins=[word(WINS[shown.kind])], source="reminder"))
        self._close(
            shown, outcome, lambda: self.thanks.after(outcome, shown.kind, kept=kept, win=win)
        )

    def _close(self, shown: Showing, outcome: str, thanks: Thanks | None) -> None:
        """Tell the scheduler; the notification closes, or the card says `thanks` (asked once
        the scheduler knows: a Later names when it comes back) or fades."""
        self.scheduler.answered(shown.kind, outcome)
        if shown.via == "notification":
            self._close_notification()
        elif self._card is not None and self._card.isVisible():
            words, lasting = thanks() if thanks is not None else ("", False)
            if words:
                self._card.acknowledge(words, lasting=lasting)
            else:
                self._card.fade_out()
        self.answered.emit(shown.kind.value, outcome)

    def _plan_settled(self) -> None:
        """The plan a nudge shows was done meanwhile (Today, the command line): the nudge goes
        quietly, answered, with no second thank-you and no question (Today asks its own)."""
        shown = self.current
        if shown is None or shown.kind is not Kind.ACTIVITY:
            return
        from footholds.ui.reminders.plan_done import settled

        outcome = settled(self.store, shown.item_id)
        if outcome is None:
            return  # still to do (or removed): the nudge stays
        self.current = None
        self._notice_fade.stop()
        reminder = shown.kind.value
        self.record(ReminderEvent(reminder=reminder, item_id=shown.item_id, outcome=outcome))
        self._close(shown, outcome, None)

    def another_one(self) -> None:
        """A different idea of the same kind, in place of the one shown."""
        if self.current is not None:
            self._replace(self.pick(self.current.kind, exclude=[self.current.item_id]))

    def _others(self, shown: Showing) -> bool:
        """Whether "Another one" would show something else (not when one idea is left)."""
        return (
            shown.kind in PACKS
            and shown.item is not None
            and self.chooser.has_other(shown.kind, shown.item_id)
        )

    def hide_current(self) -> None:
        """Never show this idea again, and show another one instead (the gentle words of the
        kind when it was the last one)."""
        shown = self.current
        if shown is None or not shown.item_id or shown.kind not in PACKS:
            return
        self.record(ContentMark(pack=PACKS[shown.kind], item_id=shown.item_id, mark="hidden"))
        self.chooser.forget_marks()  # the hidden one is out of the ideas from now on
        item = self.pick(shown.kind, exclude=[shown.item_id])
        if item is not None:
            self._replace(item)
        elif shown.via == "card" and self._card is not None:
            shown.item = None
            self._card.set_item(None, others=False)

    def choose_posture(self, posture: str) -> None:
        """The person is sitting, standing or lying down now: a movement that fits."""
        self.posture = posture
        if self.current is not None and self.current.kind is Kind.MOVEMENT:
            self._replace(self.pick(Kind.MOVEMENT, exclude=[self.current.item_id]))

    def open_add_own(self) -> None:
        """The small dialog for adding the person's own idea (it takes the focus: asked for)."""
        from footholds.ui.reminders.own_reminder import OwnReminderDialog

        kind = self.current.kind if self.current else Kind.MOVEMENT
        pack = PACKS.get(kind, "movements")  # the card offers it only for kinds with ideas
        self._own_dialog = OwnReminderDialog(  # referenced: kept alive
            self.store, self.prompter, pack=pack, words=self._own_words
        )
        self._own_dialog.set_aside.connect(lambda words: setattr(self, "_own_words", words))
        self._own_dialog.present()

    def pick(self, kind: Kind, exclude: list[str] | None = None) -> Item | None:
        """An idea for `kind` that fits the posture and effort; None when all are hidden.
        For a planned activity, the plan itself, in the person's words."""
        if kind is Kind.ACTIVITY:
            from footholds.core.store.models import now_local

            # the plan whose moment came: two at the same minute are each named in turn
            at = self.due_at or now_local()
            plan = self.nudges.due(at) if self.nudges is not None else None
            if plan is None:
                return None
            from footholds.core import activation

            # a built-in idea in today's language, the person's own words as they are
            return {"id": plan.id, "text": activation.words_of(plan, self.language())}
        if kind is Kind.MEDICATION:
            from footholds.ui.journal import medication_item

            return medication_item(self.due_at or datetime.now().astimezone())
        effort = self.settings["reminders.effort"]
        item = self.chooser.pick(kind, posture=self.posture, effort=effort, exclude=exclude or ())
        if item is not None:
            item = {**item, "text": self._worded(kind, item["text"])}
        return item

    def _worded(self, kind: Kind, text: str) -> str:
        """An idea's words as the card shows them."""
        wake = self.settings["day.wake_time"]
        if kind is not Kind.WINDDOWN or not wake:
            return text
        # A steady wake time helps sleep more than an early bedtime: offered, never pressed.
        line = QCoreApplication.translate(
            "ReminderCard",
            "If it suits you, getting up around {time} tomorrow helps your body find its rhythm.",
        ).format(time=str(wake))
        return f"{text} {line}"

    def _could_come(self, shown: Showing) -> list[str]:
        """Every set of words that could take the shown one's place on the card while it is
        up (Another one, a posture, hiding the last idea), for the card to keep room for."""
        if shown.kind not in PACKS:
            return []  # a plan or a medicine: its words stay until it is answered
        from footholds.ui.reminders.reminder_words import fallback_text

        ideas = [self._worded(shown.kind, text) for text in self.chooser.texts(shown.kind)]
        return [*ideas, fallback_text(shown.kind.value)]

    def _plan_done(self, plan_id: str) -> None:
        """The nudged plan is done: kept as done, then "How was that?" if they like, with no
        card over it (`asking`: the driver holds cards while it is open)."""
        from footholds.ui.reminders.plan_done import how_was_that

        dialog = how_was_that(self.store, plan_id, self.language())
        if dialog is None:
            return
        self._how = dialog
        self.asking.emit(dialog)
        dialog.show()

    def _record_win(self, entry: LogEntry) -> StoreWriteError | bool:
        """Save the small win of a Done: True when saved, the refusal when the disk did not
        take it (held in memory, or not kept at all), False when it was not saved."""
        try:
            self.store.add(entry)
        except StoreWriteError as exc:
            log.warning("small win refused: %s", exc.strerror)
            return exc
        except (InvalidEntry, RuntimeError) as exc:
            log.warning("small win not saved: %s", exc)
            return False
        return True

    def record(self, record: Record) -> None:
        """Save one record; a full disk keeps it in memory, nothing interrupts the person."""
        try:
            self.store.add(record)
        except StoreWriteError as exc:
            log.warning("reminder record kept in memory: %s", exc.strerror)
        except (InvalidEntry, RuntimeError) as exc:
            log.warning("reminder record not saved: %s", exc)

    def language(self) -> str:
        choice = self.settings["general.language"]
        return QLocale.system().name() if choice == "system" else str(choice)

    # -- inside -------------------------------------------------------------------------------

    def _replace(self, item: Item | None) -> None:
        shown = self.current
        if shown is None or item is None:
            return
        shown.item = item
        self.last[shown.kind] = item
        self.record(ReminderEvent(reminder=shown.kind.value, item_id=shown.item_id))
        if shown.via == "notification":
            self._send_notification()
        elif self._card is not None:
            self._card.set_item(item, others=self._others(shown))

    def _send_notification(self) -> bool:
        from footholds.ui.reminders.reminder_words import duration_text, fallback_text, title_for

        shown = self.current
        assert shown is not None
        if self._notifier is None:
            from footholds.platform.notify import choose_notifier

            self._notifier = choose_notifier(self.tray.icon, desktop_entry=APP_ID)
        if not self._notifier.available:
            return False  # the card it is, then
        item = shown.item
        body = item["text"] if item else fallback_text(shown.kind.value)
        if item and isinstance(item.get("seconds"), int):
            body += "\n" + duration_text(item["seconds"])
        actions = [
            ("default", self.tr("Show")),
            ("done", self.tr("Done")),
            ("later", self.tr("Later")),
            ("skip", self.tr("Not now")),
        ]
        if self._others(shown):  # as on the card: only where it works
            actions.append(("another", self.tr("Another one")))
        seconds = int(self.settings["reminders.card_seconds"])
        title = title_for(shown.kind.value)
        self._notifier.send(title, body, actions, self._on_notification, seconds * 1000)
        self._notice_fade.start(seconds * 1000)
        return True

    def _on_notification(self, key: str) -> None:
        if key in NOTIFICATION_KEYS:
            self.answer(NOTIFICATION_KEYS[key])
        elif key == "another":
            self.another_one()
        elif key == "default":
            self.asked_to_show.emit()

    def _close_notification(self) -> None:
        self._notice_fade.stop()
        if self._notifier is not None:
            self._notifier.close()

    def _on_store_changed(self, kind: str) -> None:
        if kind in STORE_KINDS:
            self.chooser.forget_marks()
        elif kind == ActivityPlan.KIND:
            self._plan_settled()

    def _follow_theme(self) -> None:
        if self._card is not None:
            self._card.set_dark(theme.is_dark(self.settings["general.theme"]))

    def _on_setting(self, name: str, value: object) -> None:
        if name == "general.theme":
            self._follow_theme()
        elif name == "general.language":
            self.chooser.set_language(self.language())
        elif name == "reminders.posture":
            self.posture = str(value)
