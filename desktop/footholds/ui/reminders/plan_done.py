"""A planned activity's nudge answered with Done: the plan kept as done, then "How was that?"
if the person likes (ui/today's HowWasThatDialog), for the presenter to show."""

from __future__ import annotations

import logging
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
