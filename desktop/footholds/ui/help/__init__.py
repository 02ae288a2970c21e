"""Get help now, the crisis lines, the region and the safety plan.

Other features use it only through the names below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from footholds.ui.common.exports import Lazy

if TYPE_CHECKING:
    from footholds.ui.help.crisis_lines import (
        CrisisLines,
        open_or_explain,
    )
    from footholds.ui.help.own_lines import OwnLines
    from footholds.ui.help.plan_steps import PlanStep, page_parts
    from footholds.ui.help.region import (
        NameSearch,
        RegionPicker,
        chosen_region,
        find_by_name,
        from_system,
        has_own_lines,
        is_place,
        needs_asking,
        region_name,
        save_region,
    )
    from footholds.ui.help.region_choice import RegionChoice
    from footholds.ui.help.safety_plan_view import SafetyPlanView

# What other features may use; each is imported when first read (ui/common/exports.py).
if not TYPE_CHECKING:  # hidden from the type checker: a name not imported above is an error
    __getattr__ = Lazy(
        __name__,
        {
            "CrisisLines": "crisis_lines",
            "OwnLines": "own_lines",
            "NameSearch": "region",
            "RegionChoice": "region_choice",
            "RegionPicker": "region",
            "SafetyPlanView": "safety_plan_view",
            "chosen_region": "region",
            "find_by_name": "region",
            "from_system": "region",
            "has_own_lines": "region",
            "is_place": "region",
            "needs_asking": "region",
            "open_or_explain": "crisis_lines",
            "PlanStep": "plan_steps",
            "page_parts": "plan_steps",
            "region_name": "region",
            "save_region": "region",
        },
    )
__all__ = [
    "CrisisLines",
    "NameSearch",
    "OwnLines",
    "PlanStep",
    "RegionChoice",
    "RegionPicker",
    "SafetyPlanView",
    "chosen_region",
    "find_by_name",
    "from_system",
    "has_own_lines",
    "is_place",
    "needs_asking",
    "open_or_explain",
    "page_parts",
    "region_name",
    "save_region",
]
