"""A planned activity's nudge answered with Done: the plan kept as done, then "How was that?"
if the person likes (ui/today's HowWasThatDialog), for the presenter to show; and what a Done
on a medicine's card keeps."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from footholds.core.store import InvalidEntry, StoreWriteError

if TYPE_CHECKING:
    from footholds.core.store import Store
    from footholds.ui.today import HowWasThatDialog

log = logging.getLogger(__name__)


def how_was_that(store: Store, plan_id: str, language: str) -> HowWasThatDialog | None:
    """Keep the plan as done and make its question, not shown yet; None when the plan is gone,
    already done, or could not be kept."""
    from footholds.core import activation
    from footholds.core.store import ActivityPlan
    from footholds.core.store.models import now_local
    from footholds.ui.today import HowWasThatDialog

    plan = store.get(ActivityPlan, plan_id) if plan_id else None
    if plan is None or plan.done_at is not None:
        return None
    try:
        plan = activation.done(store, plan, now=now_local())
    except (InvalidEntry, StoreWriteError) as exc:
        log.warning("planned activity not marked done: %s", exc)
        return None
    dialog = HowWasThatDialog(plan, what=activation.words_of(plan, language), kept=True)
    done_plan = plan

    def keep() -> None:
        try:
            activation.done(
                store,
                done_plan,
                mood_before=dialog.before.value(),
                mood_after=dialog.after.value(),
                word=dialog.word.text(),
                now=done_plan.done_at or now_local(),
            )
        except (InvalidEntry, StoreWriteError) as exc:
            log.warning("how it felt not saved: %s", exc)

    dialog.accepted.connect(keep)
    return dialog


def settled(store: Store, plan_id: str) -> str | None:
    """The answer the plan a nudge names got elsewhere meanwhile: "done", or None (still to
    do, or removed: a removed plan's nudge stays for the person to let go, since a "Not now"
    counts toward easing off and a removal is not one)."""
    from footholds.core.store import ActivityPlan

    plan = store.get(ActivityPlan, plan_id) if plan_id else None
    return "done" if plan is not None and plan.done_at is not None else None


def tick_medication(store: Store, due_at: datetime | None, start_hour: int) -> bool:
    """Done on a medication reminder ticks "took my medication" on the day it was due (the
    person's day, starting at `start_hour`); False when the tick could not be saved."""
    from footholds.core import days, medication

    when = due_at or datetime.now().astimezone()
    try:
        medication.set_taken(store, days.day_of(when, start_hour), True, at=when)
    except (OSError, InvalidEntry, RuntimeError) as exc:
        log.warning("medication tick not saved: %s", exc)
        return False
    return True
