"""Regenerate the embedded plan data from its published text.

    python -m desktop.plan.build

The data file is committed; a test proves that this reproduces it byte for byte.
"""

import json
import sys

from desktop.plan import EMBEDDED_PLAN_DATA, EMBEDDED_PLAN_TEXT
from desktop.plan.model import Plan
from desktop.plan.parser import PlanParseError, parse_plan_text
from desktop.resources import resource


def parse_embedded_text() -> Plan:
    path = resource("plan", EMBEDDED_PLAN_TEXT)
    return parse_plan_text(path.read_text(encoding="utf-8"), source_name=EMBEDDED_PLAN_TEXT)


def plan_data_bytes(plan: Plan) -> bytes:
    return (json.dumps(plan.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def main() -> int:
    try:
        plan = parse_embedded_text()
    except PlanParseError as error:
        print(f"{EMBEDDED_PLAN_TEXT}: {error}", file=sys.stderr)
        return 1
    resource("plan", EMBEDDED_PLAN_DATA).write_bytes(plan_data_bytes(plan))
    print(f"plan {plan.version_id}: {len(plan.chapters)} chapters, {len(plan.measures)} measures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
