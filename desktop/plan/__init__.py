"""The plan: its data model, the parser of its published text, and the embedded default."""

import json
from functools import cache

from desktop.plan.model import Plan
from desktop.resources import resource

EMBEDDED_PLAN_TEXT = "sanming-2024-2025-draft.txt"
EMBEDDED_PLAN_DATA = "sanming-2024-2025-draft.json"


@cache
def embedded_plan() -> Plan:
    """The plan shipped with the app, as parsed ahead of time from the published text."""
    data = json.loads(resource("plan", EMBEDDED_PLAN_DATA).read_text(encoding="utf-8"))
    return Plan.from_dict(data)


def embedded_plan_bytes() -> bytes:
    return resource("plan", EMBEDDED_PLAN_DATA).read_bytes()
